/// Types a sentence from its words, using the relation cue lexicon kept as data
/// (`relation-cues.catalog`): "signed" gives agreement, "war" conflict, and a cue after a
/// negation ("did not engage in direct diplomacy") is negated and not counted.
struct RelationCues: Sendable {
    private struct Cue: Sendable {
        var words: [String]
        var type: RelationType
    }

    private var byFirstWord: [String: [Cue]] = [:]
    private var prefixCues: [(String, [Cue])] = []
    private let negations: Set<String>

    init(lexicon: CueLexicon) {
        negations = lexicon.negations
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
                    byFirstWord[first, default: []].append(entry)
                }
            }
        }
        prefixCues = prefixes.sorted { $0.key < $1.key }
    }

    /// The types a sentence's tokens carry, and those only negated.
    func types(of tokens: [Token]) -> (types: Set<RelationType>, negated: Set<RelationType>) {
        var found: Set<RelationType> = []
        var negated: Set<RelationType> = []
        for (i, t) in tokens.enumerated() {
            var hits: [RelationType] = []
            for stem in Self.stems(of: t.key) {
                guard let cues = byFirstWord[stem] else { continue }
                for cue in cues where matches(cue.words, tokens, i) { hits.append(cue.type) }
            }
            if Self.length(of: t.key) >= 5 {
                for (prefix, cues) in prefixCues where Self.bytesStart(t.key, with: prefix) && t.key.hasPrefix(prefix) {
                    for cue in cues { hits.append(cue.type) }
                }
            }
            guard !hits.isEmpty else { continue }
            let isNegated = negatedAt(tokens, i)
            for h in hits {
                if isNegated { negated.insert(h) } else { found.insert(h) }
            }
        }
        return (found, negated.subtracting(found))
    }

    /// The word and the forms it may be an inflection of: "supported" → supported, support, supporte.
    static func stems(of key: String) -> [String] {
        var forms = [key]
        let length = length(of: key)
        for suffix in ["s", "es", "ed", "d", "ing", "er", "ers"]
        where length > suffix.utf8.count + 2 && key.utf8.reversed().starts(with: suffix.utf8.reversed()) {
            forms.append(String(key.dropLast(suffix.utf8.count)))
        }
        return forms
    }

    /// The number of characters of `key`, counted on its bytes when they are all ASCII.
    private static func length(of key: String) -> Int {
        key.utf8.allSatisfy { $0 < 0x80 } ? key.utf8.count : key.count
    }

    /// A quick test on bytes before the exact `hasPrefix`.
    private static func bytesStart(_ key: String, with prefix: String) -> Bool {
        key.utf8.starts(with: prefix.utf8)
    }

    private func matches(_ words: [String], _ tokens: [Token], _ i: Int) -> Bool {
        guard i + words.count <= tokens.count else { return false }
        for (k, w) in words.enumerated() {
            let key = tokens[i + k].key
            if k == 0 || k == words.count - 1 {
                if !Self.stems(of: key).contains(w) { return false }
            } else if key != w {
                return false
            }
        }
        return true
    }

    /// A negation within the four words before the cue ("not only" does not count).
    private func negatedAt(_ tokens: [Token], _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && i - k <= 4 {
            let key = tokens[k].key
            if negations.contains(key) {
                if key == "not", k + 1 < tokens.count, tokens[k + 1].key == "only" { return false }
                if key == "t", k > 0 { return true }  // "didn't" splits as "didn" "t"
                return true
            }
            k -= 1
        }
        return false
    }
}
