/// A read-only table of plain values, either in memory of its own or still in a mapped cache
/// file: a corpus restored from the cache uses its large tables where they lie, without a copy.
struct Table<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    /// Keeps the memory alive: a ``TableStorage`` or the ``MappedRegion`` the values lie in.
    private let owner: AnyObject?
    private let base: UnsafeRawPointer?
    let count: Int

    /// A table holding a copy of `values`.
    init(_ values: [Element]) {
        let storage = TableStorage(byteCount: values.count * MemoryLayout<Element>.stride)
        values.withUnsafeBytes { source in
            if let from = source.baseAddress { storage.pointer.copyMemory(from: from, byteCount: source.count) }
        }
        owner = storage
        base = UnsafeRawPointer(storage.pointer)
        count = values.count
    }

    /// A table of `count` values that `fill` writes (every one of them), made in place.
    init(count: Int, fill: (UnsafeMutableBufferPointer<Element>) -> Void) {
        let storage = TableStorage(byteCount: count * MemoryLayout<Element>.stride)
        fill(
            UnsafeMutableBufferPointer(
                start: storage.pointer.bindMemory(to: Element.self, capacity: Swift.max(count, 1)), count: count))
        owner = storage
        base = UnsafeRawPointer(storage.pointer)
        self.count = count
    }

    /// The values a ``TableFiller`` wrote.
    fileprivate init(storage: TableStorage, count: Int) {
        owner = storage
        base = UnsafeRawPointer(storage.pointer)
        self.count = count
    }

    /// A table of the `count` values at the start of `bytes`, which lie in `region`.
    init(_ region: MappedRegion, bytes: UnsafeRawBufferPointer, count: Int) {
        precondition(count * MemoryLayout<Element>.stride <= bytes.count)
        owner = region
        base = bytes.baseAddress
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(i: Int) -> Element {
        precondition(i >= 0 && i < count, "table index out of range")
        return base.unsafelyUnwrapped.loadUnaligned(fromByteOffset: i &* MemoryLayout<Element>.stride, as: Element.self)
    }

    /// The table's bytes, for writing it to a cache.
    var bytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base, count: count * MemoryLayout<Element>.stride)
    }
}

/// Memory allocated for a ``Table`` and freed with it.
final class TableStorage {
    let pointer: UnsafeMutableRawPointer

    init(byteCount: Int) {
        pointer = UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 1), alignment: 16)
    }

    deinit { pointer.deallocate() }
}

/// Fills a ``Table`` value by value up to a count known in advance: the table is made in
/// place, without the array and the copy that ``Table/init(_:)`` would take.
struct TableFiller<Element: BitwiseCopyable> {
    private let storage: TableStorage
    private let buffer: UnsafeMutableBufferPointer<Element>
    /// The values written so far.
    private(set) var count = 0

    /// A filler for exactly `capacity` values.
    init(capacity: Int) {
        storage = TableStorage(byteCount: capacity * MemoryLayout<Element>.stride)
        buffer = UnsafeMutableBufferPointer(
            start: storage.pointer.bindMemory(to: Element.self, capacity: Swift.max(capacity, 1)), count: capacity)
    }

    mutating func append(_ value: Element) {
        precondition(count < buffer.count, "table filled beyond its capacity")
        buffer[count] = value
        count += 1
    }

    /// A value already written.
    subscript(i: Int) -> Element {
        precondition(i >= 0 && i < count, "table index out of range")
        return buffer[i]
    }

    /// Calls `body` with the values written so far, to change them in place.
    mutating func withValues<R>(_ body: (UnsafeMutableBufferPointer<Element>) -> R) -> R {
        body(UnsafeMutableBufferPointer(rebasing: buffer[0..<count]))
    }

    /// The table, once every value is written.
    func table() -> Table<Element> {
        precondition(count == buffer.count, "table not filled")
        return Table(storage: storage, count: count)
    }
}
