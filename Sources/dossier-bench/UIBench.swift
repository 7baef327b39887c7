import DossierKit
import DossierUI
import Foundation

/// Key to redrawn frame: `Explorer.handle` plus `render` at 120×40, per key, p50/p99.
enum UIBench {
    static func run(folder: String) throws {
        let clock = ContinuousClock()
        var corpus: Corpus? = nil
        let openTime = try clock.measure { corpus = try Corpus.open(paths: [folder], catalog: .builtIn) }
        guard let corpus else { return }
        print("corpus: \(corpus.documents.count) documents, \(corpus.actors.actors.count) actors; analysis \(openTime)")
        let firstFrame = clock.measure {
            _ = Explorer(corpus: corpus, corpusName: "bench", width: 120, height: 40).render()
        }
        print("first render: \(firstFrame)")
        let latency = measure(corpus: corpus, report: true)
        print(
            String(
                format: "key → frame over %d keys: p50 %.2f ms, p99 %.2f ms, max %.2f ms", latency.sorted.count,
                latency.p50, latency.p99, latency.max))
    }

    /// A scripted session of 43 keys in every pane, five rounds, the first not counted.
    static func measure(corpus: Corpus, report: Bool = false) -> Latency {
        let clock = ContinuousClock()
        var explorer = Explorer(corpus: corpus, corpusName: "bench", width: 120, height: 40)
        let script: [(String, [Key])] = [
            ("articles", [.down, .down, .char("j"), .pageDown, .char("G"), .char("g"), .char("o"), .char("o")]),
            ("actors", [.tab, .down, .down, .char("j"), .pageDown, .char("g"), .char("c"), .char("c"), .char("o")]),
            ("relations", [.enter, .down, .down, .enter, .down, .down, .char("j")]),
            ("reader", [.enter, .char("j"), .char("j"), .pageDown, .char("]"), .char("]"), .char("["), .escape]),
            ("side by side", [.char("v"), .char("j"), .char("w"), .char("j"), .escape, .escape, .escape]),
            ("timeline", [.char("t"), .down, .pageDown, .escape]),
        ]
        var all: [Double] = []
        for round in 0..<5 {
            for (name, keys) in script {
                var times: [Double] = []
                for key in keys {
                    let start = clock.now
                    explorer.handle(key)
                    _ = explorer.render()
                    times.append(Latency.ms(clock.now - start))
                    if report && round > 0 && times[times.count - 1] > 10 {
                        print(
                            String(
                                format: "  slow: round %d %@ key %@ %.1f ms", round, name as NSString,
                                "\(key)" as NSString, times[times.count - 1]))
                    }
                }
                if report && round == 4 {
                    print(String(format: "  %-13@ max %.2f ms", name as NSString, times.max() ?? 0))
                }
                if round > 0 { all += times }
            }
        }
        return Latency(all)
    }
}
