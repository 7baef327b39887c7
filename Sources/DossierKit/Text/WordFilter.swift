/// A bit per hash of a set of words (16 bits of hash unless told otherwise): a word whose bit
/// is clear is certainly not in the set, so most words are ruled out before a dictionary lookup
/// (which hashes the whole string with a seeded hasher).
struct WordFilter: Sendable {
    private var bits: [UInt64]
    private let hashBits: UInt32

    /// An empty filter of 2^`hashBits` bits (a set of thousands of words wants more than 16).
    init(hashBits: Int = 16) {
        self.hashBits = UInt32(min(max(hashBits, 6), 24))
        bits = [UInt64](repeating: 0, count: (1 << Int(self.hashBits)) / 64)
    }

    init<S: Sequence<String>>(_ words: S, hashBits: Int = 16) {
        self.init(hashBits: hashBits)
        for w in words { insert(w) }
    }

    mutating func insert(_ word: String) {
        let h = index(Self.fnv(word))
        bits[h >> 6] |= 1 << UInt64(h & 63)
    }

    /// Adds the pair of words `first` `second` (see ``mayContain(_:then:)``).
    mutating func insert(_ first: String, then second: String) {
        let h = index(Self.fnv(second, after: Self.fnv(first)))
        bits[h >> 6] |= 1 << UInt64(h & 63)
    }

    /// False when the pair of words `first` `second` is certainly not in the set.
    func mayContain(_ first: String, then second: String) -> Bool {
        test(index(Self.fnv(second, after: Self.fnv(first))))
    }

    /// The hash of `word` that ``mayContain(hash:)`` and ``mayContain(firstHash:then:)`` take:
    /// made once, it serves every filter asked about the same word.
    static func hash(_ word: String) -> UInt32 { fnv(word) }

    /// ``mayContain(_:)`` of the word whose ``hash(_:)`` is `h`.
    func mayContain(hash h: UInt32) -> Bool { test(index(h)) }

    /// ``mayContain(_:then:)`` of a first word whose ``hash(_:)`` is `h`.
    func mayContain(firstHash h: UInt32, then second: String) -> Bool { test(index(Self.fnv(second, after: h))) }

    /// False when `word` is certainly not in the set.
    func mayContain(_ word: String) -> Bool {
        test(index(Self.fnv(word)))
    }

    /// False when the word spelled by `bytes` (UTF-8) is certainly not in the set.
    func mayContain(bytes: [UInt8]) -> Bool {
        test(index(bytes.withUnsafeBufferPointer { Self.fnv($0) }))
    }

    /// False when the word spelled by `bytes` (ASCII) lower-cased is certainly not in the set.
    func mayContain(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var h: UInt32 = 0x811C_9DC5
        for b in bytes { h = (h ^ UInt32(UTF8Bytes.lowercased(b))) &* 0x0100_0193 }
        return test(index(h))
    }

    @inline(__always)
    private func test(_ i: Int) -> Bool { bits[i >> 6] & (1 << UInt64(i & 63)) != 0 }

    /// The filter's bit for a 32-bit hash: its high bits folded onto the low ones.
    @inline(__always)
    private func index(_ h: UInt32) -> Int {
        Int((h ^ (h >> (32 - hashBits))) & ((1 << hashBits) - 1))
    }

    /// FNV-1a over the word's bytes.
    private static func fnv(_ word: String) -> UInt32 {
        word.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(word.utf8)
    }

    /// FNV-1a over a space and the word's bytes, continuing from `seed` (the previous word's hash).
    private static func fnv(_ word: String, after seed: UInt32) -> UInt32 {
        let start = (seed ^ 0x20) &* 0x0100_0193
        return word.utf8.withContiguousStorageIfAvailable { fnv($0, from: start) } ?? fnv(word.utf8, from: start)
    }

    private static func fnv<S: Sequence<UInt8>>(_ bytes: S, from start: UInt32 = 0x811C_9DC5) -> UInt32 {
        var h = start
        for b in bytes { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return h
    }
}
