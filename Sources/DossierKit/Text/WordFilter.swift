/// A bit per 16-bit hash of a set of words: a word whose bit is clear is certainly not in the
/// set, so most words are ruled out before a dictionary lookup (which hashes the whole string
/// with a seeded hasher).
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init() {}

    init<S: Sequence<String>>(_ words: S) {
        for w in words { insert(w) }
    }

    mutating func insert(_ word: String) {
        let h = Self.hash(word)
        bits[h >> 6] |= 1 << UInt64(h & 63)
    }

    /// False when `word` is certainly not in the set.
    func mayContain(_ word: String) -> Bool {
        let h = Self.hash(word)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    /// False when the word spelled by `bytes` (UTF-8) is certainly not in the set.
    func mayContain(bytes: [UInt8]) -> Bool {
        let h = bytes.withUnsafeBufferPointer { Self.hash($0) }
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    /// False when the word spelled by `bytes` (ASCII) lower-cased is certainly not in the set.
    func mayContain(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var h: UInt32 = 0x811C_9DC5
        for b in bytes { h = (h ^ UInt32(UTF8Bytes.lowercased(b))) &* 0x0100_0193 }
        let k = Int((h ^ (h >> 16)) & 0xFFFF)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// 16 bits of FNV-1a over the word's bytes.
    private static func hash(_ word: String) -> Int {
        word.utf8.withContiguousStorageIfAvailable { hash($0) } ?? hash(word.utf8)
    }

    private static func hash<S: Sequence<UInt8>>(_ bytes: S) -> Int {
        var h: UInt32 = 0x811C_9DC5
        for b in bytes { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return Int((h ^ (h >> 16)) & 0xFFFF)
    }
}
