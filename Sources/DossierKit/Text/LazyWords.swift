/// A word found by ``Tokenizer/words(_:pieces:)``: where it lies, without its folded key.
struct WordSpan: Sendable {
    var start: Int
    var end: Int
    /// Only ASCII bytes: the key is the bytes lower-cased.
    var isASCII: Bool
}

/// The words of a sentence whose folded keys (as ``Token/key`` has them) are made the first
/// time they are asked for: a scan for a few cue words needs the keys of very few words.
struct LazyWords: KeyedWords {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let spans: [WordSpan]
    private var keys: [String?]

    init(_ bytes: UnsafeBufferPointer<UInt8>, spans: [WordSpan]) {
        self.init(bytes, spans: spans, keys: [])
    }

    /// The words of `spans`, their keys kept in `keys` (emptied first: the storage of an
    /// earlier sentence's list, see ``recycled()``).
    init(_ bytes: UnsafeBufferPointer<UInt8>, spans: [WordSpan], keys: [String?]) {
        self.bytes = bytes
        self.spans = spans
        self.keys = keys
        self.keys.removeAll(keepingCapacity: true)
        self.keys.append(contentsOf: repeatElement(nil, count: spans.count))
    }

    /// The two lists, for the next sentence to fill again without allocating.
    consuming func recycled() -> ([WordSpan], [String?]) { (spans, keys) }

    var count: Int { spans.count }

    mutating func key(_ i: Int) -> String {
        if let known = keys[i] { return known }
        let w = spans[i]
        let key = Tokenizer.key(of: UnsafeBufferPointer(rebasing: bytes[w.start..<w.end]), isASCII: w.isASCII)
        keys[i] = key
        return key
    }

    mutating func mayBeIn(_ filter: WordFilter, _ i: Int) -> Bool {
        let w = spans[i]
        guard w.isASCII else { return filter.mayContain(key(i)) }
        return filter.mayContain(lowercasing: UnsafeBufferPointer(rebasing: bytes[w.start..<w.end]))
    }

    mutating func firstKeyByte(_ i: Int) -> UInt8? {
        let w = spans[i]
        guard w.isASCII else { return key(i).utf8.first }
        return w.start < w.end ? UTF8Bytes.lowercased(bytes[w.start]) : nil
    }

    mutating func keyStarts(_ i: Int, with prefix: String, minimumLength: Int) -> Bool {
        let w = spans[i]
        // Fewer bytes than characters asked for: fewer characters too.
        guard w.end - w.start >= minimumLength else { return false }
        guard w.isASCII else { return Self.keyStarts(key(i), with: prefix, minimumLength: minimumLength) }
        // An ASCII word's key is its bytes lower-cased, one character each.
        var k = w.start
        for p in prefix.utf8 {
            guard k < w.end, UTF8Bytes.lowercased(bytes[k]) == p else { return false }
            k += 1
        }
        return true
    }
}

/// Words with folded keys, as a cue scan reads them: ``LazyWords``, or tokens whose keys are
/// all made (``TokenWords``).
protocol KeyedWords {
    var count: Int { get }
    /// The folded key of word `i`.
    mutating func key(_ i: Int) -> String
    /// False when word `i`'s key is certainly not in the set `filter` stands for.
    mutating func mayBeIn(_ filter: WordFilter, _ i: Int) -> Bool
    /// The first byte of word `i`'s key.
    mutating func firstKeyByte(_ i: Int) -> UInt8?
    /// True when word `i`'s key has `minimumLength` characters or more and starts with `prefix`.
    mutating func keyStarts(_ i: Int, with prefix: String, minimumLength: Int) -> Bool
}

extension KeyedWords {
    /// ``keyStarts(_:with:minimumLength:)`` on a key already made.
    static func keyStarts(_ key: String, with prefix: String, minimumLength: Int) -> Bool {
        let length = UTF8Bytes.characterCount(of: key)
        return length >= minimumLength && key.utf8.starts(with: prefix.utf8) && key.hasPrefix(prefix)
    }
}

/// Tokens as ``KeyedWords``.
struct TokenWords: KeyedWords {
    let tokens: [Token]

    var count: Int { tokens.count }
    func key(_ i: Int) -> String { tokens[i].key }
    func mayBeIn(_ filter: WordFilter, _ i: Int) -> Bool { filter.mayContain(tokens[i].key) }
    func firstKeyByte(_ i: Int) -> UInt8? { tokens[i].key.utf8.first }
    func keyStarts(_ i: Int, with prefix: String, minimumLength: Int) -> Bool {
        Self.keyStarts(tokens[i].key, with: prefix, minimumLength: minimumLength)
    }
}
