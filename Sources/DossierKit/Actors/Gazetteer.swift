/// Finds catalog names in token streams: longest match first, with the case rules that keep
/// "US" from matching "us" and "Turkey" from matching a lower-case "turkey".
struct Gazetteer: Sendable {
    struct Name: Sendable {
        /// Folded token keys of the name.
        var keys: [String]
        /// The catalog entry it names.
        var entry: Int
        /// True for adjectives and demonyms ("Turkish").
        var adjectival: Bool
        /// Acronyms must match letter case exactly.
        var exactCase: Bool
        /// The name itself starts in lower case ("al-Qaeda"), so the text may too.
        var lowercaseStart: Bool
    }

    /// Names by their first key while the catalog is read (emptied into ``namesByFirstKey``).
    private var byFirstKey: [String: [Name]] = [:]
    /// Names by their first key, longest first.
    private var namesByFirstKey = WordMap<[Name]>()
    /// The keys of ``namesByFirstKey``.
    private var firstKeys = WordFilter(hashBits: 18)
    /// The keys of names that a token in lower case can start: names that start in lower case,
    /// and acronyms (a token such as "1990S" is all capitals without being capitalised).
    private var lowercaseFirstKeys = WordFilter(hashBits: 18)
    /// First keys of one-word names, and the first two keys of longer names: a first key that
    /// only longer names start ("the") is ruled out by the word after it.
    private var singleKeys = WordFilter(hashBits: 18)
    private var firstPairs = WordFilter(hashBits: 18)

    init(catalog: Catalog) {
        let ordinary = Self.ordinaryWords(catalog)
        for (i, entry) in catalog.entries.enumerated() {
            for name in [entry.name] + entry.aliases {
                add(name, entry: i, adjectival: false, catalog: catalog, ordinary: ordinary)
            }
            for adj in entry.adjectives { add(adj, entry: i, adjectival: true, catalog: catalog, ordinary: ordinary) }
        }
        for (key, names) in byFirstKey {
            namesByFirstKey[key] = names.sorted { $0.keys.count > $1.keys.count }
            firstKeys.insert(key)
            if names.contains(where: { $0.lowercaseStart || $0.exactCase }) { lowercaseFirstKeys.insert(key) }
            for name in names {
                if name.keys.count == 1 { singleKeys.insert(key) } else { firstPairs.insert(key, then: name.keys[1]) }
            }
        }
        byFirstKey = [:]
    }

    private mutating func add(_ name: String, entry: Int, adjectival: Bool, catalog: Catalog, ordinary: Set<String>) {
        let tokens = Tokenizer.keys(of: name)
        guard let first = tokens.first else { return }
        let folded = TextFolding.fold(name)
        if catalog.ignored.contains(folded) { return }
        // A foreign spelling that reads as an ordinary word or cue here ("Ísland") is not used.
        if !adjectival && name != catalog.entries[entry].name && tokens.count == 1 && ordinary.contains(folded) {
            return
        }
        // Acronyms (up to six letters, all capitals) must match their case exactly.
        var letters = 0
        var exact = true
        for s in name.unicodeScalars where UTF8Bytes.isLetter(s) {
            letters += 1
            if letters > 6 || !UTF8Bytes.isUppercase(s) {
                exact = false
                break
            }
        }
        exact = exact && letters > 0
        let lowercaseStart = name.unicodeScalars.first.map { UTF8Bytes.isLowercase($0) } ?? false
        byFirstKey[first.key, default: []].append(
            Name(
                keys: tokens.map(\.key), entry: entry, adjectival: adjectival, exactCase: exact,
                lowercaseStart: lowercaseStart))
    }

    /// Folded cue words, titles and not-names of the lexicon.
    static func ordinaryWords(_ catalog: Catalog) -> Set<String> {
        var words = catalog.lexicon.notNames.union(catalog.lexicon.titles)
        for cues in catalog.lexicon.cues.values { words.formUnion(cues.map(TextFolding.fold)) }
        return words
    }

    /// The longest catalog name starting at token `i`: (name, number of tokens).
    /// The catalog entries named by the one word `key` (not by an adjective of theirs).
    func entries(namedBy key: String) -> [Int] {
        guard singleKeys.mayContain(key), let names = namesByFirstKey[key] else { return [] }
        return names.filter { $0.keys.count == 1 && !$0.adjectival }.map(\.entry)
    }

    func match(_ tokens: UnsafeBufferPointer<Token>, at i: Int, masked: UnsafeBufferPointer<UInt8>) -> (Name, Int)? {
        // The first token's fields are read in place: most tokens are ruled out here, and a
        // copy of the whole token would cost more than the tests.
        let lowercase = !tokens[i].isCapitalized && !tokens[i].isNumber
        let key0 = tokens[i].key
        // One hash of the word for the three filters.
        let hash0 = WordFilter.hash(key0)
        // A token in lower case matches only names that may start so (see the case rules below).
        if lowercase {
            guard lowercaseFirstKeys.mayContain(hash: hash0) else { return nil }
        } else {
            guard firstKeys.mayContain(hash: hash0) else { return nil }
        }
        guard
            singleKeys.mayContain(hash: hash0)
                || (i + 1 < tokens.count && firstPairs.mayContain(firstHash: hash0, then: tokens[i + 1].key)),
            let candidates = namesByFirstKey[key0]
        else { return nil }
        for name in candidates {
            let n = name.keys.count
            guard i + n <= tokens.count else { continue }
            var ok = true
            for k in 1..<max(1, n) where k < n {
                let t = tokens[i + k]
                if t.key != name.keys[k]
                    || !(TokenGaps.joinable(masked, tokens[i + k - 1], t)
                        || TokenGaps.isPluralPossessive(masked, tokens[i + k - 1], t))
                {
                    ok = false
                    break
                }
            }
            guard ok else { continue }
            if name.exactCase {
                guard tokens[i..<(i + n)].allSatisfy({ $0.isAllCaps || ($0.isCapitalized && $0.end - $0.start == 1) })
                else {
                    continue
                }
            } else if !name.lowercaseStart && lowercase {
                continue
            }
            return (name, n)
        }
        return nil
    }
}

/// What lies between two tokens.
enum TokenGaps {
    /// True when the two tokens belong to one name: only a space, a hyphen, an apostrophe, or a
    /// full stop between single letters ("U.S.") separates them.
    static func joinable(_ masked: UnsafeBufferPointer<UInt8>, _ a: Token, _ b: Token) -> Bool {
        var spaces = 0
        var hyphen = 0
        var apostrophe = 0
        var dot = 0
        var i = a.end
        while i < b.start {
            let c = masked[i]
            switch c {
            case 0x20, 0x0A, 0x09: spaces += 1
            case MarkupMask.hiddenByte: break
            case 0x2D: hyphen += 1
            case 0x27: apostrophe += 1
            case 0x2E: dot += 1
            case 0xE2:
                // – (E2 80 93), ’ (E2 80 99), ‑ (E2 80 91)
                if i + 2 < b.start + 1, i + 2 < masked.count, masked[i + 1] == 0x80 {
                    let d = masked[i + 2]
                    if d == 0x93 || d == 0x91 || d == 0x90 {
                        hyphen += 1
                    } else if d == 0x99 {
                        apostrophe += 1
                    } else {
                        return false
                    }
                    i += 2
                } else {
                    return false
                }
            case 0xC2:
                if i + 1 < masked.count, masked[i + 1] == 0xA0 { spaces += 1; i += 1 } else { return false }
            default:
                return false
            }
            i += 1
        }
        if dot > 0 { return dot == 1 && hyphen == 0 && apostrophe == 0 && a.end - a.start == 1 && b.end - b.start == 1 }
        return hyphen + apostrophe <= 1 && (hyphen + apostrophe == 0 || spaces == 0) && spaces <= 2
    }

    /// True when `a` ends a plural possessive before `b`: "Workers' Party", "Farmers’ Union".
    static func isPluralPossessive(_ masked: UnsafeBufferPointer<UInt8>, _ a: Token, _ b: Token) -> Bool {
        guard a.end > a.start, masked[a.end - 1] | 0x20 == 0x73 else { return false }
        return isExactly(masked, a.end, b.start, "' ") || isExactly(masked, a.end, b.start, "’ ")
    }

    /// True when the text between two positions (hidden markup left out) is exactly the
    /// ASCII `literal`; allocates nothing.
    static func isExactly(_ masked: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ literal: StaticString)
        -> Bool
    {
        var k = 0
        let count = literal.utf8CodeUnitCount
        let expected = literal.utf8Start
        var i = from
        while i < to {
            let b = masked[i]
            i += 1
            if b == MarkupMask.hiddenByte { continue }
            guard k < count, expected[k] == b else { return false }
            k += 1
        }
        return k == count
    }

    /// True when the text between two positions, hidden markup and white space at either end
    /// left out, is exactly the ASCII `literal` (`text(…).trimmed == literal`, allocating nothing).
    static func trimmedIs(_ masked: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ literal: StaticString)
        -> Bool
    {
        var i = from
        var end = to
        // Leading white space and hidden bytes.
        while i < end {
            if masked[i] == MarkupMask.hiddenByte {
                i += 1
                continue
            }
            let (s, len) = UTF8Bytes.scalar(in: masked, at: i)
            guard s.properties.isWhitespace else { break }
            i += len
        }
        // Trailing white space and hidden bytes.
        while end > i {
            if masked[end - 1] == MarkupMask.hiddenByte {
                end -= 1
                continue
            }
            let p = UTF8Bytes.previousScalarStart(in: masked, before: end)
            guard p >= i else { break }
            let (s, _) = UTF8Bytes.scalar(in: masked, at: p)
            guard s.properties.isWhitespace else { break }
            end = p
        }
        return isExactly(masked, i, end, literal)
    }

    /// The text between two positions, for tests of punctuation ("(", ",").
    static func text(_ masked: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        guard from < to else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: masked[from..<to]).filter { $0 != 0 }, as: UTF8.self)
    }
}
