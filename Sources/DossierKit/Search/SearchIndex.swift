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

    private(set) var units: [Unit] = []
    private var termIDs: [String: Int32] = [:]
    /// Per term, its occurrences as `unit << 32 | position`, ascending.
    private var postings: [[UInt64]] = []
    /// Per term, the units it occurs in (ascending) and how often.
    private var termUnits: [[Int32]] = []
    private var termCounts: [[Int32]] = []
    private var averageLength: Double = 1

    public init() {}

    /// What one run of consecutive documents contributes: its sentences, its terms in order
    /// of first appearance, and per term its occurrences with units numbered inside the run.
    private struct Part: Sendable {
        var units: [Unit] = []
        var terms: [String] = []
        var postings: [[UInt64]] = []
    }

    /// Indexes the body sentences of `documents`: runs of documents on every core, joined in
    /// order, so that terms, units and postings are what one pass in order gives.
    public init(documents: [Document]) {
        let runs = max(1, min(documents.count, Parallel.threads * 2))
        var parts = Parallel.map(Array(0..<runs), eachAlone: true) { _, run in
            Self.part(documents, from: run * documents.count / runs, to: (run + 1) * documents.count / runs)
        }
        // Terms numbered in order of first appearance, each run's terms mapped to them, and
        // every term's list made at its exact size before it is filled: no list is grown by
        // doubling, and each run's lists are let go once joined (peak memory).
        var localToGlobal: [[Int32]] = []
        var sizes: [Int] = []
        for part in parts {
            var map: [Int32] = []
            map.reserveCapacity(part.terms.count)
            for (local, term) in part.terms.enumerated() {
                let id: Int32
                if let known = termIDs[term] {
                    id = known
                } else {
                    id = Int32(sizes.count)
                    termIDs[term] = id
                    sizes.append(0)
                }
                map.append(id)
                sizes[Int(id)] += part.postings[local].count
            }
            localToGlobal.append(map)
        }
        postings = sizes.map { size in
            var list: [UInt64] = []
            list.reserveCapacity(size)
            return list
        }
        sizes = []
        for r in parts.indices {
            let part = parts[r]
            parts[r] = Part()
            let base = UInt64(UInt32(units.count)) << 32
            units += part.units
            // Units of later runs come after: adding the base keeps every list ascending.
            for (local, id) in localToGlobal[r].enumerated() {
                postings[Int(id)].append(contentsOf: part.postings[local].lazy.map { $0 + base })
            }
        }
        // Per term, its units and counts, on every core.
        let grouped = Parallel.map(postings) { _, list -> (units: [Int32], counts: [Int32]) in
            // Counted first, so that the lists take no more memory than they hold.
            var distinct = 0
            var last: Int32 = -1
            for p in list {
                let unit = Int32(truncatingIfNeeded: p >> 32)
                if unit != last || distinct == 0 { distinct += 1 }
                last = unit
            }
            var u: [Int32] = []
            var c: [Int32] = []
            u.reserveCapacity(distinct)
            c.reserveCapacity(distinct)
            for p in list {
                let unit = Int32(truncatingIfNeeded: p >> 32)
                if u.last == unit { c[c.count - 1] += 1 } else { u.append(unit); c.append(1) }
            }
            return (u, c)
        }
        termUnits = grouped.map(\.units)
        termCounts = grouped.map(\.counts)
        let total = units.reduce(0) { $0 + Int($1.length) }
        averageLength = units.isEmpty ? 1 : max(1, Double(total) / Double(units.count))
    }

    /// The part of documents `from..<to`.
    private static func part(_ documents: [Document], from: Int, to: Int) -> Part {
        var part = Part()
        // Terms by their folded key. A word of at most 16 ASCII bytes (nearly every word) is
        // looked up packed, lower-cased on its bytes: a key string is made once per term, not
        // once per word.
        var ids = WordMap<Int32>()
        var words: [WordSpan] = []
        for d in from..<to {
            documents[d].withContent { text, structure in
                Document.withMaskedBytes(text: text, hidden: structure.hidden) { m in
                    for (s, sentence) in structure.sentences.enumerated() {
                        Tokenizer.words(m, pieces: structure.pieces(of: sentence), outside: [], into: &words)
                        let unit = UInt64(UInt32(part.units.count)) << 32
                        part.units.append(Unit(document: Int32(d), sentence: Int32(s), length: Int32(words.count)))
                        for (p, w) in words.enumerated() {
                            let bytes = UnsafeBufferPointer(rebasing: m[w.start..<w.end])
                            let packed = w.isASCII ? PackedWord(lowercasedASCII: bytes) : nil
                            let id: Int32
                            if let packed, let known = ids.value(packed) {
                                id = known
                            } else {
                                let key = Tokenizer.key(of: bytes, isASCII: w.isASCII)
                                if packed == nil, let known = ids[key] {
                                    id = known
                                } else {
                                    id = Int32(part.terms.count)
                                    ids[key] = id
                                    part.terms.append(key)
                                    part.postings.append([])
                                }
                            }
                            part.postings[Int(id)].append(unit | UInt64(UInt32(p)))
                        }
                    }
                }
            }
        }
        return part
    }

    /// Number of indexed sentences.
    public var sentenceCount: Int { units.count }

    /// True when every term's occurrences ascend strictly, as phrase search needs: a term
    /// indexed under two ids in one run would break it.
    var postingsAscend: Bool {
        postings.allSatisfy { list in zip(list, list.dropFirst()).allSatisfy { $0 < $1 } }
    }

    /// Runs `query` and returns the best `limit` hits, best first.
    ///
    /// Words must all match (in any order); "quoted phrases" must match in order; a word or
    /// phrase that names an actor also matches that actor's other names when `actors` is given.
    public func search(_ query: SearchQuery, actors: ActorIndex? = nil, limit: Int = 50) -> [SearchHit] {
        guard !query.clauses.isEmpty, limit > 0 else { return [] }
        // Each clause: its alternatives (the words, or an actor's names) and per unit the count.
        var clauses: [(alternatives: [[Int]], units: [Int32], counts: [Int32])] = []
        for clause in query.clauses {
            var alternatives: [[String]] = [clause.terms]
            if let actors, let actor = actors.actor(named: clause.terms.joined(separator: " ")) {
                for name in [actor.name] + actor.aliases {
                    let keys = Tokenizer.keys(of: name).map(\.key)
                    if !keys.isEmpty && !alternatives.contains(keys) { alternatives.append(keys) }
                }
            }
            let ids = alternatives.compactMap { alt -> [Int]? in
                let ids = alt.compactMap { termIDs[$0].map(Int.init) }
                return ids.count == alt.count ? ids : nil
            }
            var result: (units: [Int32], counts: [Int32]) = ([], [])
            for alt in ids {
                let next = occurrences(of: alt)
                result = result.units.isEmpty ? next : Self.merge(result, next)
            }
            if result.units.isEmpty { return [] }
            clauses.append((ids, result.units, result.counts))
        }
        // Units in every clause: walk the rarest clause and look the others up.
        let order = clauses.indices.sorted { clauses[$0].units.count < clauses[$1].units.count }
        let n = Double(units.count)
        let k1 = 1.2
        let b = 0.75
        let idf = clauses.map { c -> Double in
            let df = Double(c.units.count)
            return log(1 + (n - df + 0.5) / (df + 0.5))
        }
        var top = TopK(limit: limit)
        var cursors = [Int](repeating: 0, count: clauses.count)
        let first = order[0]
        var tfs = [Int32](repeating: 0, count: clauses.count)
        let firstUnits = clauses[first].units
        let firstCounts = clauses[first].counts
        outer: for k in firstUnits.indices {
            let unit = firstUnits[k]
            tfs[first] = firstCounts[k]
            for c in order.dropFirst() {
                let list = clauses[c].units
                var i = cursors[c]
                // Gallop forward to `unit`.
                var step = 1
                while i + step < list.count && list[i + step] < unit { i += step; step *= 2 }
                while i < list.count && list[i] < unit { i += 1 }
                cursors[c] = i
                guard i < list.count, list[i] == unit else { continue outer }
                tfs[c] = clauses[c].counts[i]
            }
            let len = Double(units[Int(unit)].length)
            var score = 0.0
            for c in clauses.indices {
                let tf = Double(tfs[c])
                score += idf[c] * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len / averageLength))
            }
            top.insert(unit, score)
        }
        return top.sorted().map { unit, score in
            let u = units[Int(unit)]
            var spans: [(Int, Int)] = []
            for c in clauses {
                for alt in c.alternatives {
                    for start in positions(of: alt, in: unit) { spans.append((Int(start), alt.count)) }
                }
            }
            spans.sort { $0.0 < $1.0 }
            return SearchHit(
                document: Int(u.document), sentence: Int(u.sentence), score: (score * 1000).rounded() / 1000,
                tokenSpans: spans)
        }
    }

    /// Two sorted (unit, count) lists merged, counts added where units meet.
    private static func merge(_ a: (units: [Int32], counts: [Int32]), _ b: (units: [Int32], counts: [Int32])) -> (
        units: [Int32], counts: [Int32]
    ) {
        var units: [Int32] = []
        var counts: [Int32] = []
        units.reserveCapacity(a.units.count + b.units.count)
        counts.reserveCapacity(a.units.count + b.units.count)
        var i = 0
        var j = 0
        while i < a.units.count || j < b.units.count {
            if j >= b.units.count || (i < a.units.count && a.units[i] < b.units[j]) {
                units.append(a.units[i]); counts.append(a.counts[i]); i += 1
            } else if i >= a.units.count || b.units[j] < a.units[i] {
                units.append(b.units[j]); counts.append(b.counts[j]); j += 1
            } else {
                units.append(a.units[i]); counts.append(a.counts[i] + b.counts[j]); i += 1; j += 1
            }
        }
        return (units, counts)
    }

    /// Units where the terms `ids` occur in order, with how often.
    private func occurrences(of ids: [Int]) -> (units: [Int32], counts: [Int32]) {
        guard let first = ids.first else { return ([], []) }
        if ids.count == 1 { return (termUnits[first], termCounts[first]) }
        // Walk the rarest word of the phrase and check the others around it.
        let anchor = ids.indices.min { postings[ids[$0]].count < postings[ids[$1]].count } ?? 0
        var units: [Int32] = []
        var counts: [Int32] = []
        var cursors = [Int](repeating: 0, count: ids.count)
        for p in postings[ids[anchor]] {
            let position = Int64(p & 0xFFFF_FFFF) - Int64(anchor)
            guard position >= 0 else { continue }
            let start = (p & ~0xFFFF_FFFF) | UInt64(position)
            var ok = true
            for k in ids.indices where k != anchor {
                // The anchor's occurrences ascend, so each other list is searched forward only.
                let list = postings[ids[k]]
                let target = start + UInt64(k)
                var i = cursors[k]
                var step = 1
                while i + step < list.count && list[i + step] < target {
                    i += step
                    step *= 2
                }
                while i < list.count && list[i] < target { i += 1 }
                cursors[k] = i
                if i >= list.count || list[i] != target {
                    ok = false
                    break
                }
            }
            if !ok { continue }
            let unit = Int32(truncatingIfNeeded: p >> 32)
            if units.last == unit {
                counts[counts.count - 1] += 1
            } else {
                units.append(unit)
                counts.append(1)
            }
        }
        return (units, counts)
    }

    /// Start positions of the phrase `ids` inside `unit`.
    private func positions(of ids: [Int], in unit: Int32) -> [Int32] {
        guard let first = ids.first else { return [] }
        let list = postings[first]
        let base = UInt64(UInt32(unit)) << 32
        var i = lowerBound(list, base)
        var found: [Int32] = []
        while i < list.count && list[i] >> 32 == UInt64(UInt32(unit)) {
            let p = list[i]
            if (1..<max(1, ids.count)).allSatisfy({ contains(postings[ids[$0]], p + UInt64($0)) }) || ids.count == 1 {
                found.append(Int32(truncatingIfNeeded: p & 0xFFFF_FFFF))
            }
            i += 1
        }
        return found
    }

    private func lowerBound(_ list: [UInt64], _ value: UInt64) -> Int {
        var lo = 0
        var hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func contains(_ list: [UInt64], _ value: UInt64) -> Bool {
        let i = lowerBound(list, value)
        return i < list.count && list[i] == value
    }
}

/// The best `limit` (unit, score) pairs seen, kept in a small min-heap.
private struct TopK {
    let limit: Int
    private var heap: [(Int32, Double)] = []

    init(limit: Int) { self.limit = limit }

    private static func worse(_ a: (Int32, Double), _ b: (Int32, Double)) -> Bool {
        a.1 != b.1 ? a.1 < b.1 : a.0 > b.0
    }

    mutating func insert(_ unit: Int32, _ score: Double) {
        let item = (unit, score)
        if heap.count < limit {
            heap.append(item)
            var i = heap.count - 1
            while i > 0 {
                let p = (i - 1) / 2
                guard Self.worse(heap[i], heap[p]) else { break }
                heap.swapAt(i, p)
                i = p
            }
        } else if let root = heap.first, Self.worse(root, item) {
            heap[0] = item
            var i = 0
            while true {
                let l = 2 * i + 1
                let r = l + 1
                var m = i
                if l < heap.count && Self.worse(heap[l], heap[m]) { m = l }
                if r < heap.count && Self.worse(heap[r], heap[m]) { m = r }
                if m == i { break }
                heap.swapAt(i, m)
                i = m
            }
        }
    }

    func sorted() -> [(Int32, Double)] { heap.sorted { Self.worse($1, $0) } }
}
