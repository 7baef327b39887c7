import Foundation

/// Why two documents belong together: shared actors (rare ones count more), shared cited
/// works and overlapping periods.
public struct DocumentLink: Sendable {
    /// The other document.
    public var document: Int
    /// Strength of the link.
    public var score: Double
    /// Shared actors, most telling (rarest) first.
    public var sharedActors: [Int]
    /// Cited works both documents list ("Şimşek 2010").
    public var sharedReferences: [String]
    /// Years both documents cover, when they overlap.
    public var sharedPeriod: ClosedRange<Int>?
    /// A one-line explanation: "shares Nakhchivan, Treaty of Kars, Turkey; both cover 1920–1924".
    public var reason: String
}

/// Ranks the other documents of a corpus by what they share with one document.
public enum DocumentLinks {
    /// Links from document `d` to every other document that shares something, best first.
    public static func links(for d: Int, in corpus: Corpus) -> [DocumentLink] {
        let n = corpus.documents.count
        guard d >= 0 && d < n else { return [] }
        var actorsOf = [Set<Int>](repeating: [], count: n)
        for a in corpus.actors.actors { for c in a.documents { actorsOf[c.document].insert(a.id) } }
        let years = yearsCovered(corpus)
        let refs = corpus.documents.map { doc in
            Set(
                doc.structure.references.compactMap { r -> String? in
                    guard let s = r.surnames.first else { return nil }
                    return "\(s) \(r.year.map(String.init) ?? "n.d.")"
                })
        }
        var links: [DocumentLink] = []
        for o in 0..<n where o != d {
            let shared = actorsOf[d].intersection(actorsOf[o])
            let idf: (Int) -> Double = { a in
                log(1 + Double(n) / Double(max(1, corpus.actors.actors[a].documents.count)))
            }
            let ranked = shared.sorted {
                (idf($0), corpus.actors.actors[$1].name) > (idf($1), corpus.actors.actors[$0].name)
            }
            let sharedRefs = refs[d].filter { r in refs[o].contains { TextFolding.fold($0) == TextFolding.fold(r) } }
                .sorted()
            let common = years[d].intersection(years[o])
            let period = common.isEmpty ? nil : (common.min() ?? 0)...(common.max() ?? 0)
            var score = ranked.reduce(0) { $0 + idf($1) } + 2 * Double(sharedRefs.count)
            if period != nil { score += 1 }
            guard score > 0 else { continue }
            var parts: [String] = []
            if !ranked.isEmpty {
                let names = ranked.prefix(5).map { corpus.actors.actors[$0].name }
                parts.append(
                    "shares " + names.joined(separator: ", ")
                        + (ranked.count > 5 ? " and \(ranked.count - 5) more" : ""))
            }
            if !sharedRefs.isEmpty { parts.append("both cite " + sharedRefs.prefix(3).joined(separator: ", ")) }
            if let period {
                parts.append(
                    "both cover "
                        + (period.lowerBound == period.upperBound
                            ? "\(period.lowerBound)" : "\(period.lowerBound)–\(period.upperBound)"))
            }
            links.append(
                DocumentLink(
                    document: o, score: (score * 100).rounded() / 100, sharedActors: ranked,
                    sharedReferences: sharedRefs,
                    sharedPeriod: period, reason: parts.joined(separator: "; ")))
        }
        return links.sorted { ($0.score, $1.document) > ($1.score, $0.document) }
    }

    /// Years each document's dates cover (spans longer than 30 years, such as centuries, left out).
    static func yearsCovered(_ corpus: Corpus) -> [Set<Int>] {
        var years = [Set<Int>](repeating: [], count: corpus.documents.count)
        for e in corpus.timeline.entries {
            let a = e.period.startYear
            let b = e.period.endYear
            guard b - a <= 30 else { continue }
            for y in a...b { years[e.document].insert(y) }
        }
        return years
    }
}
