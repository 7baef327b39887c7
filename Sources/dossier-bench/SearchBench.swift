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
        let (latency, perQuery) = measure(corpus: corpus, index: index)
        for q in queries {
            let t = (perQuery[q] ?? []).sorted()
            print(String(format: "  %-48@ median %.3f ms", q as NSString, t.isEmpty ? 0 : t[t.count / 2]))
        }
        print(
            String(
                format: "search over %d queries: p50 %.3f ms, p99 %.3f ms, max %.3f ms", latency.sorted.count,
                latency.p50, latency.p99, latency.max))
    }

    static let queries = [
        "treaty", "pipeline", "\"held talks with\"", "sanctions embassy", "Turkey", "turkiye", "border war",
        "\"the agreement was never fully implemented\"", "archival records ministries", "energy prices", "Brazil",
        "Okafor", "Council", "january", "the",
    ]

    /// 19 timed rounds of every query, after one warm-up round.
    static func measure(corpus: Corpus, index: SearchIndex) -> (Latency, [String: [Double]]) {
        let clock = ContinuousClock()
        var times: [Double] = []
        var perQuery: [String: [Double]] = [:]
        for round in 0..<20 {
            for q in queries {
                let parsed = SearchQuery(q)
                let start = clock.now
                _ = index.search(parsed, actors: corpus.actors, limit: 50)
                let ms = Latency.ms(clock.now - start)
                if round > 0 {
                    times.append(ms)
                    perQuery[q, default: []].append(ms)
                }
            }
        }
        return (Latency(times), perQuery)
    }
}
