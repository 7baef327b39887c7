/// A table from words to values that answers the common lookup without hashing a `String`: a
/// word of at most 16 ASCII bytes (nearly every folded word of a text) is packed into two
/// integers (``PackedWord``) and found by open addressing; any other word goes to a dictionary.
///
/// Lookups agree exactly with `[String: Value]`, canonical equivalence included: the only
/// strings outside ASCII that equal an ASCII string are those whose other scalars are U+212A
/// KELVIN SIGN, U+037E GREEK QUESTION MARK or U+1FEF GREEK VARIA (each canonically one ASCII
/// character; `WordMapTests` checks every scalar), and ``packed(_:)`` reads those as their
/// ASCII character. Two equal strings therefore either both pack to the same bytes or both
/// go to the dictionary, whose own equality is `String`'s.
struct WordMap<Value: Sendable>: Sendable {
    private var keys: [PackedWord]
    private var values: [Value?]
    /// How many slots hold a value.
    private var used = 0
    /// `64 - log2(slot count)`: a packed word's slot is the top bits of its mixed hash.
    private var shift: UInt64
    /// The words that do not pack.
    private var others: [String: Value] = [:]

    /// An empty map.
    init() {
        keys = [PackedWord](repeating: PackedWord(), count: 16)
        values = [Value?](repeating: nil, count: 16)
        shift = 60
    }

    /// The map of `entries`.
    init(_ entries: [String: Value]) {
        self.init()
        reserve(entries.count)
        for (word, value) in entries { self[word] = value }
    }

    /// The number of words in the map.
    var count: Int { used + others.count }

    /// True when the map holds no word.
    var isEmpty: Bool { count == 0 }

    /// The value of `word`, as `[String: Value]` would give it; setting nil removes nothing
    /// (the tables built here only grow).
    subscript(word: String) -> Value? {
        get {
            if let key = Self.packed(word) { return value(key) }
            return others.isEmpty ? nil : others[word]
        }
        set {
            guard let newValue else { return }
            if let key = Self.packed(word) {
                insert(key, newValue)
            } else {
                others[word] = newValue
            }
        }
    }

    /// The value of a word already packed (a word that ``packed(_:)`` would not pack is never
    /// found this way).
    @inline(__always)
    func value(_ key: PackedWord) -> Value? {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key.mixed >> shift)
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Makes room for `extra` more packed words without growing again.
    mutating func reserve(_ extra: Int) {
        var size = keys.count
        while (used + extra) * 2 > size { size *= 2 }
        if size != keys.count { rehash(size) }
    }

    private mutating func insert(_ key: PackedWord, _ value: Value) {
        if (used + 1) * 2 > keys.count { rehash(keys.count * 2) }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key.mixed >> shift)
        while values[slot] != nil {
            if keys[slot] == key {
                values[slot] = value
                return
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        used += 1
    }

    private mutating func rehash(_ size: Int) {
        let oldKeys = keys
        let oldValues = values
        keys = [PackedWord](repeating: PackedWord(), count: size)
        values = [Value?](repeating: nil, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        used = 0
        for (k, v) in zip(oldKeys, oldValues) {
            if let v { insert(k, v) }
        }
    }

    /// `word`'s bytes packed when it is at most 16 ASCII bytes once the three scalars that equal
    /// an ASCII character are read as that character; nil for any other word.
    @inline(__always)
    static func packed(_ word: String) -> PackedWord? {
        switch word.utf8.withContiguousStorageIfAvailable({ packed(bytes: $0) }) {
        case .some(let key): return key
        case .none: return packed(bytes: Array(word.utf8))
        }
    }

    /// ``packed(_:)`` of a word's UTF-8 bytes: a word of at most 16 ASCII bytes is packed in
    /// one pass without a test per byte.
    @inline(__always)
    static func packed<C: Collection<UInt8>>(bytes: C) -> PackedWord? where C.Index == Int {
        let n = bytes.count
        if n <= PackedWord.capacity {
            var low: UInt64 = 0
            var high: UInt64 = 0
            var i = bytes.startIndex
            var shift: UInt64 = 0
            while i < bytes.startIndex + min(n, 8) {
                low |= UInt64(bytes[i]) << shift
                shift &+= 8
                i += 1
            }
            shift = 0
            while i < bytes.endIndex {
                high |= UInt64(bytes[i]) << shift
                shift &+= 8
                i += 1
            }
            if (low | high) & 0x8080_8080_8080_8080 == 0 { return PackedWord(low: low, high: high, count: n) }
        }
        return packedScalars(bytes)
    }

    /// ``packed(bytes:)`` for a word with bytes outside ASCII or more than 16 bytes.
    private static func packedScalars<C: Collection<UInt8>>(_ bytes: C) -> PackedWord? {
        var key = PackedWord()
        var utf8 = bytes.makeIterator()
        while let b = utf8.next() {
            if b < 0x80 {
                key.append(b)
            } else if let ascii = asciiEquivalent(b, &utf8) {
                key.append(ascii)
            } else {
                return nil
            }
            if !key.isPacked { return nil }
        }
        return key
    }

    /// The ASCII character that the scalar starting with byte `lead` equals (U+037E `;`,
    /// U+1FEF `` ` ``, U+212A `K`), reading its other bytes from `rest`; nil for any other scalar.
    private static func asciiEquivalent<I: IteratorProtocol<UInt8>>(_ lead: UInt8, _ rest: inout I) -> UInt8? {
        switch lead {
        case 0xCD: return rest.next() == 0xBE ? 0x3B : nil
        case 0xE1: return rest.next() == 0xBF && rest.next() == 0xAF ? 0x60 : nil
        case 0xE2: return rest.next() == 0x84 && rest.next() == 0xAA ? 0x4B : nil
        default: return nil
        }
    }
}

extension WordMap: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init()
        reserve(elements.count)
        for (word, value) in elements { self[word] = value }
    }
}
