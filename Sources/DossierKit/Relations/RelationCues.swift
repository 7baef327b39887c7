/// Types a sentence from its words, using the relation cue lexicon kept as data
/// (`relation-cues.catalog`): "signed" gives agreement, "war" conflict, and a cue after a
/// negation ("did not engage in direct diplomacy") is negated and not counted.
struct RelationCues: Sendable {
    private struct Cue: Sendable {
        var words: [String]
        /// The type's bit (``EvidenceRecord/bits(_:)``).
        var bit: UInt8

        init(words: [String], type: RelationType) {
            self.words = words
            bit = EvidenceRecord.bits([type])
        }
    }

    /// Cues by every form of their first word: the word and its inflections ("supported" →
    /// the cues that start with "supported", "supporte" or "support").
    private var byForm = WordMap<[Cue]>()
    /// The forms in ``byForm``: most words are ruled out without a lookup.
    private var formFilter = WordFilter()
    /// Stem cues ("cooperat*") by the first byte of the stem (256 lists, most empty: nil).
    private var prefixCues: [[(String, [Cue])]?] = Array(repeating: nil, count: 256)
    private let negations: Set<String>
    /// The negations: most words before a cue are ruled out without their keys.
    private let negationFilter: WordFilter

    static let suffixes = ["s", "es", "ed", "d", "ing", "er", "ers"]

    init(lexicon: CueLexicon) {
        negations = lexicon.negations
        negationFilter = WordFilter(lexicon.negations)
        var prefixes: [String: [Cue]] = [:]
        for (name, cues) in lexicon.relationCues {
            guard let type = RelationType(name: name) else { continue }
            for cue in cues {
                let words = cue.split(separator: " ").map(String.init)
                guard let first = words.first else { continue }
                if words.count == 1 && first.hasSuffix("*") {
                    prefixes[String(first.dropLast()), default: []].append(Cue(words: words, type: type))
                } else {
                    let entry = Cue(words: words, type: type)
                    // The forms whose stems (see `stems(of:)`) include the first word.
                    var forms = [first]
                    if first.count > 2 { forms += Self.suffixes.map { first + $0 } }
                    for form in forms {
                        byForm[form] = (byForm[form] ?? []) + [entry]
                        formFilter.insert(form)
                    }
                }
            }
        }
        for (prefix, cues) in prefixes.sorted(by: { $0.key < $1.key }) {
            guard let b = prefix.utf8.first else { continue }
            prefixCues[Int(b)] = (prefixCues[Int(b)] ?? []) + [(prefix, cues)]
        }
    }

    /// The types a sentence's tokens carry, and those only negated.
    func types(of tokens: [Token]) -> (types: Set<RelationType>, negated: Set<RelationType>) {
        var words = TokenWords(tokens: tokens)
        let (types, negated) = typeBits(of: &words)
        return (Set(EvidenceRecord.list(types)), Set(EvidenceRecord.list(negated)))
    }

    /// The types a sentence's words carry, and those only negated, as bit sets
    /// (``EvidenceRecord/bits(_:)``); most words are ruled out on their bytes, without their keys.
    func typeBits<W: KeyedWords>(of words: inout W) -> (types: UInt8, negated: UInt8) {
        var found: UInt8 = 0
        var negated: UInt8 = 0
        for i in 0..<words.count {
            var hits: UInt8 = 0
            if words.mayBeIn(formFilter, i), let cues = byForm[words.key(i)] {
                for cue in cues where matches(cue.words, &words, i) { hits |= cue.bit }
            }
            if let first = words.firstKeyByte(i), let candidates = prefixCues[Int(first)] {
                for (prefix, cues) in candidates where words.keyStarts(i, with: prefix, minimumLength: 5) {
                    for cue in cues { hits |= cue.bit }
                }
            }
            guard hits != 0 else { continue }
            if negatedAt(&words, i) { negated |= hits } else { found |= hits }
        }
        return (found, negated & ~found)
    }

    /// The word and the forms it may be an inflection of: "supported" → supported, support, supporte.
    static func stems(of key: String) -> [String] {
        var forms = [key]
        let length = UTF8Bytes.characterCount(of: key)
        for suffix in suffixes
        where length > suffix.utf8.count + 2 && key.utf8.reversed().starts(with: suffix.utf8.reversed()) {
            forms.append(String(key.dropLast(suffix.utf8.count)))
        }
        return forms
    }

    private func matches<W: KeyedWords>(_ words: [String], _ tokens: inout W, _ i: Int) -> Bool {
        guard i + words.count <= tokens.count else { return false }
        // The first word is known to match (the cue was found by its form).
        for (k, w) in words.enumerated() where k > 0 {
            let key = tokens.key(i + k)
            if k == words.count - 1 {
                if !Self.stems(of: key).contains(w) { return false }
            } else if key != w {
                return false
            }
        }
        return true
    }

    /// A negation within the four words before the cue ("not only" does not count).
    private func negatedAt<W: KeyedWords>(_ tokens: inout W, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && i - k <= 4 {
            guard tokens.mayBeIn(negationFilter, k) else {
                k -= 1
                continue
            }
            let key = tokens.key(k)
            if negations.contains(key) {
                if key == "not", k + 1 < tokens.count, tokens.key(k + 1) == "only" { return false }
                if key == "t", k > 0 { return true }  // "didn't" splits as "didn" "t"
                return true
            }
            k -= 1
        }
        return false
    }
}
