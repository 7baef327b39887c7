import DossierKit
import Foundation

/// `dossier-bench dump FOLDER OUT`: the whole analysed model (documents with their structure,
/// actors, timeline) as sorted-key JSON, to compare two builds byte for byte when a change to
/// the analysis must not change its output.
enum ModelDump {
    static func run(folder: String, output: String) throws {
        let corpus = try Corpus.open(paths: [folder])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = Data()
        data += try encoder.encode(corpus.documents)
        data += Data("\n".utf8)
        data += try encoder.encode(corpus.actors.actors)
        data += Data("\n".utf8)
        data += try encoder.encode(corpus.timeline.entries)
        data += Data("\n".utf8)
        try data.write(to: URL(fileURLWithPath: output))
    }
}
