import DossierKit
import Foundation

/// Where the time goes when a corpus opens.
enum OpenBench {
    static func run(folder: String) throws {
        let clock = ContinuousClock()
        let total = try clock.measure { _ = try Corpus.open(paths: [folder]) }
        let loaded = try CorpusLoader().load(paths: [folder])
        var docs: [Document] = []
        let parse = clock.measure {
            docs = loaded.files.enumerated().map { Document(id: $0.offset, source: $0.element) }
        }
        let catalog = Catalog.builtIn
        var actors = ActorIndex()
        let extract = clock.measure { actors = ActorIndex(documents: docs, catalog: catalog) }
        let dates = clock.measure { for (i, d) in docs.enumerated() { _ = DateExtractor.extract(d, id: i) } }
        let relations = clock.measure { _ = RelationIndex(documents: docs, actors: actors, lexicon: catalog.lexicon) }
        print(
            "open total \(total); sequential parts: parse \(parse), actors+gazetteer \(extract), dates \(dates), relations \(relations)"
        )
    }
}
