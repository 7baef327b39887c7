/// Reads what ``CacheWriter`` wrote, from bytes that stay alive while it reads. Every read is
/// bounds-checked: truncated or malformed bytes throw, they never crash.
struct CacheReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// A copy of the bytes from `start` (an earlier ``offset``) up to the current offset.
    func bytes(from start: Int) -> [UInt8] {
        Array(UnsafeRawBufferPointer(rebasing: bytes[min(start, offset)..<offset]))
    }

    /// True when every byte was read.
    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() throws(CacheCodingError) -> UInt8 {
        guard offset < bytes.count else { throw .truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func varint() throws(CacheCodingError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw .malformed }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    mutating func int() throws(CacheCodingError) -> Int {
        let v = try varint()
        return Int(truncatingIfNeeded: Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
    }

    /// A count of things that follow, each taking at least one byte: larger than what is left
    /// means damage (and must not become a huge allocation).
    mutating func count() throws(CacheCodingError) -> Int {
        let n = try varint()
        guard n <= UInt64(bytes.count - offset) else { throw .truncated }
        return Int(n)
    }

    /// The bytes of a section written by ``CacheWriter/section(_:)``, skipped over.
    mutating func section() throws(CacheCodingError) -> UnsafeRawBufferPointer {
        guard bytes.count - offset >= 8 else { throw .truncated }
        var length: UInt64 = 0
        for i in 0..<8 { length |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        guard length <= UInt64(bytes.count - offset) else { throw .truncated }
        let n = Int(length)
        defer { offset += n }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + n)])
    }

    mutating func bool() throws(CacheCodingError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw .malformed
        }
    }

    mutating func double() throws(CacheCodingError) -> Double {
        guard bytes.count - offset >= 8 else { throw .truncated }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return Double(bitPattern: bits)
    }

    mutating func string() throws(CacheCodingError) -> String {
        let n = try count()
        defer { offset += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + n)]), as: UTF8.self)
    }

    mutating func read<T: CacheCodable>(_ type: T.Type = T.self) throws(CacheCodingError) -> T {
        try T(from: &self)
    }

    /// Values written by ``CacheWriter/raw(_:)`` as a table: where they lie in `region` (the
    /// mapped file these bytes belong to), or copied without one. The caller checks what they
    /// mean.
    mutating func table<T: BitwiseCopyable>(_ region: MappedRegion?) throws(CacheCodingError) -> Table<T> {
        guard let region else { return Table(try raw([T].self)) }
        let n = try varint()
        let stride = UInt64(MemoryLayout<T>.stride)
        guard stride > 0, n <= UInt64(bytes.count - offset) / stride else { throw .truncated }
        let size = Int(n) * MemoryLayout<T>.stride
        let table = Table<T>(
            region, bytes: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + size)]), count: Int(n))
        offset += size
        return table
    }

    /// Values written by ``CacheWriter/raw(_:)``; the caller checks what they mean.
    mutating func raw<T: BitwiseCopyable>(_ type: [T].Type = [T].self) throws(CacheCodingError) -> [T] {
        let n = try varint()
        let stride = UInt64(MemoryLayout<T>.stride)
        guard stride > 0, n <= UInt64(bytes.count - offset) / stride else { throw .truncated }
        let size = Int(n) * MemoryLayout<T>.stride
        let values = [T](unsafeUninitializedCapacity: Int(n)) { buffer, initialized in
            if size > 0, let base = buffer.baseAddress, let source = bytes.baseAddress {
                UnsafeMutableRawPointer(base).copyMemory(from: source + offset, byteCount: size)
            }
            initialized = Int(n)
        }
        offset += size
        return values
    }

    mutating func read<T: CacheCodable>(_ type: [T].Type = [T].self) throws(CacheCodingError) -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try T(from: &self)) }
        return values
    }

    mutating func read<T: CacheCodable>(_ type: T?.Type = T?.self) throws(CacheCodingError) -> T? {
        try bool() ? try T(from: &self) : nil
    }

    /// A case of a `CaseIterable` enum, stored as its position.
    mutating func choice<T: CaseIterable>(_ type: T.Type = T.self) throws(CacheCodingError) -> T
    where T.AllCases: RandomAccessCollection {
        let i = try varint()
        let all = T.allCases
        guard i < UInt64(all.count) else { throw .malformed }
        return all[all.index(all.startIndex, offsetBy: Int(i))]
    }
}
