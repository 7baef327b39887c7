import DossierKit
import Foundation

/// `dossier-bench`: measures the analysis pipeline and search.
///
///     swift run -c release dossier-bench [FOLDER] [--repeat N]     pipeline throughput, one core
///     swift run -c release dossier-bench generate N FOLDER [--seed S]   write a synthetic corpus
///     swift run -c release dossier-bench search FOLDER              search latency p50/p99
///     swift run -c release dossier-bench ui FOLDER                  key → redrawn frame p50/p99
///     swift run -c release dossier-bench startup                    catalog and gazetteer start-up
///     swift run -c release dossier-bench suite [--dir D] SIZE...     every figure per corpus size
///     swift run -c release dossier-bench measure-cached FOLDER CACHE  open through a cache (run twice)
///     swift run -c release dossier-bench dump FOLDER OUT [CACHE]    the analysed model as JSON
@main
enum Bench {
    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
        if args.first == "generate", args.count >= 3, let n = Int(args[1]) {
            var seed: UInt64 = 42
            if let i = args.firstIndex(of: "--seed"), i + 1 < args.count, let s = UInt64(args[i + 1]) { seed = s }
            let clock = ContinuousClock()
            let t = try clock.measure { try SyntheticCorpus(seed: seed).write(count: n, to: args[2]) }
            print("wrote \(n) articles to \(args[2]) in \(t)")
            return
        }
        if args.first == "ui", args.count >= 2 {
            try UIBench.run(folder: args[1])
            return
        }
        if args.first == "open", args.count >= 2 {
            try OpenBench.run(folder: args[1])
            return
        }
        if args.first == "suite" {
            var base = "/tmp"
            if let i = args.firstIndex(of: "--dir"), i + 1 < args.count { base = args[i + 1] }
            let sizes = args.dropFirst().compactMap { Int($0) }
            try SuiteBench.run(sizes: sizes.isEmpty ? [100, 1000, 10000] : sizes, base: base)
            return
        }
        if args.first == "measure", args.count >= 2 {
            try SuiteBench.measure(folder: args[1])
            return
        }
        if args.first == "measure-cached", args.count >= 3 {
            try SuiteBench.measureCached(folder: args[1], cache: args[2])
            return
        }
        if args.first == "dump", args.count >= 3 {
            try ModelDump.run(folder: args[1], output: args[2], cache: args.count > 3 ? args[3] : nil)
            return
        }
        if args.first == "startup" {
            StartupBench.run()
            return
        }
        if args.first == "search", args.count >= 2 {
            try SearchBench.run(folder: args[1])
            return
        }
        var repeats = 50
        if let i = args.firstIndex(of: "--repeat"), i + 1 < args.count, let n = Int(args[i + 1]) {
            repeats = n
            args.removeSubrange(i...(i + 1))
        }
        let folder = args.first ?? "seeds"
        let clock = ContinuousClock()

        var loaded: CorpusLoader.Result? = nil
        let loadTime = clock.measure { loaded = try? CorpusLoader().load(paths: [folder]) }
        guard let files = loaded?.files, !files.isEmpty else {
            FileHandle.standardError.write(Data("dossier-bench: no articles in \(folder)\n".utf8))
            exit(1)
        }
        let bytes = files.map(\.text.utf8.count).reduce(0, +) * repeats
        var documents: [Document] = []
        let parseTime = clock.measure {
            for r in 0..<repeats {
                for (i, f) in files.enumerated() { documents.append(Document(id: r * files.count + i, source: f)) }
            }
        }
        let catalogTime = clock.measure { _ = Catalog.builtIn.entries.count }
        var index = ActorIndex()
        let extractTime = clock.measure { index = ActorIndex(documents: documents, catalog: .builtIn) }
        var dates = 0
        let dateTime = clock.measure {
            for (i, d) in documents.enumerated() { dates += DateExtractor.extract(d, id: i).count }
        }
        func mbps(_ d: Duration) -> String {
            let s = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            return String(format: "%7.1f MB/s  (%.3f s)", Double(bytes) / 1e6 / s, s)
        }
        print(
            "corpus: \(files.count) files × \(repeats) = \(documents.count) documents, \(String(format: "%.1f", Double(bytes) / 1e6)) MB"
        )
        print("load (once):         \(loadTime)")
        print("built-in catalog:    \(catalogTime)")
        print("parse structure:     \(mbps(parseTime))")
        print("extract actors:      \(mbps(extractTime))  \(index.actors.count) actors")
        print("extract dates:       \(mbps(dateTime))  \(dates) dates")
        print("parse+actors+dates:  \(mbps(parseTime + extractTime + dateTime))")
    }
}
