import Foundation

/// A full-text inverted index of every body sentence, ranked with BM25, matching case- and
/// diacritic-insensitively (`turkiye` finds Türkiye, `susa` finds Şuşa).
public struct SearchIndex: Sendable {
    /// One indexed sentence.
    struct Unit: Sendable {
        var document: Int32
        var sentence: Int32
        var length: Int32
    }

    /// A term's occurrence: the unit and the token position inside it.
    struct Posting: Sendable {
        var unit: Int32
        var position: Int32
    }

    private(set) var units: [Unit] = []
    private var termIDs: [String: Int32] = [:]
    private var postings: [[Posting]] = []
    private var averageLength: Double = 1

    public init() {}

    /// Indexes the body sentences of `documents`.
    public init(documents: [Document]) {
        for (d, doc) in documents.enumerated() {
            var text = doc.text
            text.withUTF8 { bytes in
                var masked = Array(bytes)
                for h in doc.structure.hidden { for i in h.start..<min(h.end, masked.count) { masked[i] = MarkupMask.hiddenByte } }
                masked.withUnsafeBufferPointer { m in
                    for (s, sentence) in doc.structure.sentences.enumerated() {
                        let tokens = Tokenizer.tokens(m, pieces: RelationIndex.pieces(of: sentence, in: doc.structure))
                        let unit = Int32(units.count)
                        units.append(Unit(document: Int32(d), sentence: Int32(s), length: Int32(tokens.count)))
                        for (p, t) in tokens.enumerated() {
                            let id: Int32
                            if let known = termIDs[t.key] {
                                id = known
                            } else {
                                id = Int32(postings.count)
                                termIDs[t.key] = id
                                postings.append([])
                            }
                            postings[Int(id)].append(Posting(unit: unit, position: Int32(p)))
                        }
                    }
                }
            }
        }
        let total = units.reduce(0) { $0 + Int($1.length) }
        averageLength = units.isEmpty ? 1 : max(1, Double(total) / Double(units.count))
    }

    /// Number of indexed sentences.
    public var sentenceCount: Int { units.count }

    /// Runs `query` and returns the best `limit` hits, best first.
    ///
    /// Words must all match (in any order); "quoted phrases" must match in order; a word or
    /// phrase that names an actor also matches that actor's other names when `actors` is given.
    public func search(_ query: SearchQuery, actors: ActorIndex? = nil, limit: Int = 50) -> [SearchHit] {
        guard !query.clauses.isEmpty else { return [] }
        var perClause: [[Int32: [Int32]]] = []  // unit -> match start positions (and length via clause)
        var clauseLengths: [[Int32: Int32]] = []
        for clause in query.clauses {
            var alternatives: [[String]] = [clause.terms]
            if let actors, let actor = actors.actor(named: clause.terms.joined(separator: " ")) {
                for name in [actor.name] + actor.aliases {
                    let keys = Tokenizer.keys(of: name).map(\.key)
                    if !keys.isEmpty && !alternatives.contains(keys) { alternatives.append(keys) }
                }
            }
            var matches: [Int32: [Int32]] = [:]
            var lengths: [Int32: Int32] = [:]
            for alt in alternatives {
                for (unit, starts) in phraseMatches(alt) {
                    matches[unit, default: []].append(contentsOf: starts)
                    lengths[unit] = max(lengths[unit] ?? 0, Int32(alt.count))
                }
            }
            if matches.isEmpty { return [] }
            perClause.append(matches)
            clauseLengths.append(lengths)
        }
        // Units matching every clause, starting from the rarest clause.
        let order = perClause.indices.sorted { perClause[$0].count < perClause[$1].count }
        var candidates = Array(perClause[order[0]].keys)
        for c in order.dropFirst() { candidates = candidates.filter { perClause[c][$0] != nil } }
        let n = Double(units.count)
        let k1 = 1.2
        let b = 0.75
        var scored: [(Int32, Double)] = candidates.map { unit in
            var score = 0.0
            let len = Double(units[Int(unit)].length)
            for (c, matches) in perClause.enumerated() {
                let df = Double(matches.count)
                let idf = log(1 + (n - df + 0.5) / (df + 0.5))
                let tf = Double(matches[unit]?.count ?? 0)
                score += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len / averageLength))
                _ = c
            }
            return (unit, score)
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return scored.prefix(limit).map { unit, score in
            let u = units[Int(unit)]
            var spans: [(Int32, Int32)] = []
            for (c, matches) in perClause.enumerated() {
                let len = clauseLengths[c][unit] ?? 1
                for start in matches[unit] ?? [] { spans.append((start, len)) }
            }
            spans.sort { $0.0 < $1.0 }
            return SearchHit(
                document: Int(u.document), sentence: Int(u.sentence), score: (score * 1000).rounded() / 1000,
                tokenSpans: spans.map { (Int($0.0), Int($0.1)) })
        }
    }

    /// Units where `terms` occur consecutively, with the start positions.
    private func phraseMatches(_ terms: [String]) -> [Int32: [Int32]] {
        let ids = terms.map { termIDs[$0] }
        guard !ids.isEmpty, ids.allSatisfy({ $0 != nil }) else { return [:] }
        let lists = ids.compactMap { $0 }.map { postings[Int($0)] }
        var result: [Int32: [Int32]] = [:]
        if lists.count == 1 {
            for p in lists[0] { result[p.unit, default: []].append(p.position) }
            return result
        }
        // Index the later terms' positions by unit, then check each occurrence of the first.
        var sets: [[Int64: Bool]] = []
        for list in lists.dropFirst() {
            var s: [Int64: Bool] = [:]
            s.reserveCapacity(list.count)
            for p in list { s[Int64(p.unit) << 32 | Int64(p.position)] = true }
            sets.append(s)
        }
        for p in lists[0] {
            var ok = true
            for (k, s) in sets.enumerated() where s[Int64(p.unit) << 32 | Int64(p.position + Int32(k + 1))] == nil {
                ok = false
                break
            }
            if ok { result[p.unit, default: []].append(p.position) }
        }
        return result
    }
}
