/// A short word's UTF-8 bytes packed into two integers, built a byte at a time while text is
/// scanned: comparing or hashing it costs a few instructions, where a `String` costs an
/// allocation and a seeded hash. Words longer than 16 bytes are only marked as too long.
struct PackedWord: Hashable, Sendable {
    /// Bytes 0–7 (the first byte lowest).
    private(set) var low: UInt64 = 0
    /// Bytes 8–15.
    private(set) var high: UInt64 = 0
    /// The length in bytes (more than 16: too long to pack).
    private(set) var count = 0

    /// The greatest length a packed word keeps.
    static let capacity = 16

    init() {}

    /// The word whose bytes 0–7 are `low` and 8–15 `high` (zero past `count`).
    init(low: UInt64, high: UInt64, count: Int) {
        self.low = low
        self.high = high
        self.count = count
    }

    /// The word spelled by `text`'s UTF-8 bytes.
    init(_ text: String) {
        for b in text.utf8 { append(b) }
    }

    /// The ASCII word `bytes` lower-cased (its ``Token/key``), packed; nil when longer than
    /// ``capacity`` bytes. The bytes must be ASCII.
    @inline(__always)
    init?(lowercasedASCII bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.capacity else { return nil }
        for b in bytes { append(UTF8Bytes.lowercased(b)) }
    }

    /// False once the word is longer than ``capacity`` bytes (its bytes are then not kept).
    var isPacked: Bool { count <= Self.capacity }

    /// Appends one byte (UTF-8 never holds a zero byte inside a word, so padding stays apart).
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count < 8 {
            low |= UInt64(byte) << UInt64(count * 8)
        } else if count < 16 {
            high |= UInt64(byte) << UInt64((count - 8) * 8)
        }
        count += 1
    }

    /// A well-mixed hash of the packed bytes (for ``PackedWordTable``).
    @inline(__always)
    var mixed: UInt64 {
        (low &* 0x9E37_79B9_7F4A_7C15) ^ ((high &+ UInt64(count)) &* 0xC2B2_AE3D_27D4_EB4F)
    }
}
