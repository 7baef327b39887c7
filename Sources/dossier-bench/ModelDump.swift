import DossierKit
import Foundation

/// `dossier-bench dump FOLDER OUT [CACHE-DIR]`: the whole analysed model (documents with their
/// structure, actors, timeline, relations) as sorted-key JSON, to compare two builds byte for
/// byte when a change to the analysis must not change its output. With a cache folder the
/// corpus is opened through the cache (run it twice to dump what the cache gives back).
enum ModelDump {
    /// One relation as the dump shows it.
    private struct RelationEntry: Encodable {
        var a: Int
        var b: Int
        var weight: Double
        var documents: Int
        var evidence: [Evidence]
        var paragraphs: [String: Int]
        var types: [String: Int]
    }

    static func run(folder: String, output: String, cache: String? = nil) throws {
        let corpus =
            if let cache {
                try CorpusCache(folder: cache).open(paths: [folder]).corpus
            } else {
                try Corpus.open(paths: [folder])
            }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = Data()
        data += try encoder.encode(corpus.documents)
        data += Data("\n".utf8)
        data += try encoder.encode(corpus.actors.actors)
        data += Data("\n".utf8)
        data += try encoder.encode(corpus.timeline.entries)
        data += Data("\n".utf8)
        let relations = corpus.relations.relations.map { r in
            RelationEntry(
                a: r.a, b: r.b, weight: r.weight, documents: r.documentCount, evidence: r.evidence,
                paragraphs: Dictionary(uniqueKeysWithValues: r.paragraphs.map { (String($0.key), $0.value) }),
                types: Dictionary(uniqueKeysWithValues: r.typeCounts.map { ($0.key.rawValue, $0.value) }))
        }
        data += try encoder.encode(relations)
        data += Data("\n".utf8)
        try data.write(to: URL(fileURLWithPath: output))
    }
}
