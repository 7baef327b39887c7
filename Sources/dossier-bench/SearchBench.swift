import DossierKit
import Foundation

/// Search latency on a corpus: index build time, then p50/p99 over a fixed set of queries.
enum SearchBench {
    static func run(folder: String) throws {
        let clock = ContinuousClock()
        var corpus: Corpus? = nil
        let openTime = try clock.measure { corpus = try Corpus.open(paths: [folder], catalog: .builtIn) }
        guard let corpus else { return }
        var index = SearchIndex()
        let indexTime = clock.measure { index = SearchIndex(documents: corpus.documents) }
        print(
            "corpus: \(corpus.documents.count) documents, \(index.sentenceCount) sentences; analysis \(openTime), index \(indexTime)"
        )
        let queries = [
            "treaty", "pipeline", "\"held talks with\"", "sanctions embassy", "Turkey", "turkiye", "border war",
            "\"the agreement was never fully implemented\"", "archival records ministries", "energy prices", "Brazil",
            "Okafor", "Council", "january", "the",
        ]
        var times: [Double] = []
        var perQuery: [String: [Double]] = [:]
        var results = 0
        for round in 0..<20 {
            for q in queries {
                let parsed = SearchQuery(q)
                let start = clock.now
                let hits = index.search(parsed, actors: corpus.actors, limit: 50)
                let d = clock.now - start
                let ms = Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000
                if round > 0 {
                    times.append(ms)
                    perQuery[q, default: []].append(ms)
                }
                results += hits.count
            }
        }
        times.sort()
        for q in queries {
            let t = (perQuery[q] ?? []).sorted()
            print(String(format: "  %-48@ median %.3f ms", q as NSString, t.isEmpty ? 0 : t[t.count / 2]))
        }
        func p(_ q: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * q))] }
        print(
            String(
                format: "search over %d queries: p50 %.3f ms, p99 %.3f ms, max %.3f ms", times.count, p(0.5), p(0.99),
                times.last ?? 0))
    }
}
