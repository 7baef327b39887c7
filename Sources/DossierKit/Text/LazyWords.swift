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
        self.bytes = bytes
        self.spans = spans
        keys = Array(repeating: nil, count: spans.count)
    }

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
}

/// Tokens as ``KeyedWords``.
struct TokenWords: KeyedWords {
    let tokens: [Token]

    var count: Int { tokens.count }
    func key(_ i: Int) -> String { tokens[i].key }
    func mayBeIn(_ filter: WordFilter, _ i: Int) -> Bool { filter.mayContain(tokens[i].key) }
    func firstKeyByte(_ i: Int) -> UInt8? { tokens[i].key.utf8.first }
}
