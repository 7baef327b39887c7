import DossierKit
import Foundation

/// `dossier-bench`: measures the analysis pipeline on a folder of articles.
///
///     swift run -c release dossier-bench [FOLDER] [--repeat N]
///
/// Reports load, parse and actor-extraction throughput on one core, in MB/s.
@main
enum Bench {
    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
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
        print("corpus: \(files.count) files × \(repeats) = \(documents.count) documents, \(String(format: "%.1f", Double(bytes) / 1e6)) MB")
        print("load (once):         \(loadTime)")
        print("built-in catalog:    \(catalogTime)")
        print("parse structure:     \(mbps(parseTime))")
        print("extract actors:      \(mbps(extractTime))  \(index.actors.count) actors")
        print("extract dates:       \(mbps(dateTime))  \(dates) dates")
        print("parse+actors+dates:  \(mbps(parseTime + extractTime + dateTime))")
    }
}
