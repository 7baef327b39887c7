/// Tests on the eight bytes of a 64-bit word at once (the first byte lowest), as the scans that
/// pass over plain text eight bytes at a time ask them: each answer is the high bit of every
/// byte that passes (`0x80` in its lane).
enum ByteLanes {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` of `base`.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// True when every byte is ASCII.
    @inline(__always)
    static func isASCII(_ word: UInt64) -> Bool { word & highs == 0 }

    /// True when a byte of `word` is `byte` (the zero-byte test on `word ^ byte`: exact about
    /// whether any is, not about which).
    @inline(__always)
    static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs != 0
    }

    /// The bytes at least `c` (at most 0x80), for a word of ASCII bytes: x + (0x80 − c) has its
    /// high bit set exactly when x ≥ c, and no sum carries into the next byte.
    @inline(__always)
    static func atLeast(_ word: UInt64, _ c: UInt8) -> UInt64 { (word &+ ones &* (0x80 &- UInt64(c))) & highs }

    /// The bytes in `lo...hi` (both below 0x80), for a word of ASCII bytes: x + (0x7F − hi) has
    /// its high bit set exactly when x > hi.
    @inline(__always)
    static func within(_ word: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        atLeast(word, lo) & ~(word &+ ones &* (0x7F &- UInt64(hi))) & highs
    }

    /// The bytes equal to `c`, for a word of ASCII bytes.
    @inline(__always)
    static func equal(_ word: UInt64, _ c: UInt8) -> UInt64 { within(word, c, c) }
}
