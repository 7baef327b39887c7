/// Appends values to the bytes of a cache file: integers as LEB128 varints (zigzag for signed
/// ones), strings as a length and their UTF-8 bytes, arrays as a count and their elements,
/// optionals as a flag and the value. Positional: nothing names a field, so reading must follow
/// the order of writing exactly (``CacheCodable`` types keep both in one place).
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// How many bytes ``varint(_:)`` writes for `value`.
    static func varintLength(_ value: UInt64) -> Int {
        var n = 1
        var v = value
        while v >= 0x80 {
            v >>= 7
            n += 1
        }
        return n
    }

    /// Bytes as they are (a file's magic).
    mutating func append(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    mutating func int(_ value: Int) {
        let v = Int64(value)
        varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func double(_ value: Double) {
        let bits = value.bitPattern
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i)))) }
    }

    mutating func string(_ value: String) {
        var s = value
        s.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// What `body` writes, preceded by its length (eight bytes, little-endian, filled in
    /// afterwards: the section is written in place, not copied), so that a reader can skip it
    /// whole.
    mutating func section(_ body: (inout CacheWriter) -> Void) {
        let at = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: 8))
        body(&self)
        let n = UInt64(bytes.count - at - 8)
        for i in 0..<8 { bytes[at + i] = UInt8(truncatingIfNeeded: n >> (8 * UInt64(i))) }
    }

    /// The length that opens a section (as ``section(_:)`` writes it) whose `count` bytes the
    /// caller writes elsewhere, right after these.
    mutating func sectionLength(_ count: Int) {
        let n = UInt64(count)
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: n >> (8 * UInt64(i)))) }
    }

    /// Bytes written earlier, copied as they are.
    mutating func append(_ raw: UnsafeRawBufferPointer) { bytes.append(contentsOf: raw) }

    /// The number of bytes written so far.
    var count: Int { bytes.count }

    /// A case of a `CaseIterable` enum, as its position.
    mutating func choice<T: CaseIterable & Equatable>(_ value: T) {
        var i: UInt64 = 0
        for c in T.allCases {
            if c == value { break }
            i += 1
        }
        varint(i)
    }

    mutating func write<T: CacheCodable>(_ value: T) { value.write(to: &self) }

    /// Plain values (integers, structs of integers) as their bytes in memory: a copy, not a
    /// conversion, for the large tables.
    mutating func raw<T: BitwiseCopyable>(_ values: [T]) {
        varint(UInt64(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// A table as ``raw(_:)`` writes an array.
    mutating func raw<T: BitwiseCopyable>(_ table: Table<T>) {
        varint(UInt64(table.count))
        bytes.append(contentsOf: table.bytes)
    }

    mutating func write<T: CacheCodable>(_ values: [T]) {
        varint(UInt64(values.count))
        for v in values { v.write(to: &self) }
    }

    mutating func write<T: CacheCodable>(_ value: T?) {
        if let value {
            bytes.append(1)
            value.write(to: &self)
        } else {
            bytes.append(0)
        }
    }
}
