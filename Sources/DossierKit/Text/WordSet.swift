/// A set of words that answers `contains` as `Set<String>` does, without hashing a `String`
/// for a word of at most 16 ASCII bytes (a ``WordMap`` without values).
struct WordSet: Sendable {
    private var map = WordMap<Bool>()

    /// An empty set.
    init() {}

    /// The set of `words`.
    init<S: Sequence>(_ words: S) where S.Element == String {
        map.reserve(words.underestimatedCount)
        for w in words { map[w] = true }
    }

    /// The number of words in the set.
    var count: Int { map.count }

    /// True when the set holds no word.
    var isEmpty: Bool { map.isEmpty }

    /// True when the set holds a word equal to `word`.
    @inline(__always)
    func contains(_ word: String) -> Bool { map[word] != nil }

    /// True when the set holds `word`, already packed by ``WordMap/packed(_:)``.
    @inline(__always)
    func contains(packed word: PackedWord) -> Bool { map.value(word) != nil }

    /// Adds `word`.
    mutating func insert(_ word: String) { map[word] = true }
}

extension WordSet: ExpressibleByArrayLiteral {
    init(arrayLiteral words: String...) {
        self.init(words)
    }
}
