import ArgumentParser
import DossierKit
import Foundation

/// `dossier export`: the actor network (or the whole model) for other tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the actor network as JSON, CSV, Graphviz DOT or GraphML (JSON also holds the whole model).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, dot, graphml
    }

    @Option(help: "json, csv, dot or graphml.")
    var format: Format

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Leave out relations weaker than this (the network formats).")
    var minWeight: Double = 0

    @OptionGroup var corpus: CorpusPathOptions

    func run() throws {
        let opened = try corpus.open()
        let relations = opened.relations.relations.filter { $0.weight >= minWeight }
        let text: String
        switch format {
        case .json: text = JSONOutput.encode(ModelExport(corpus: opened))
        case .csv: text = NetworkExport.csv(opened, relations: relations)
        case .dot: text = NetworkExport.dot(opened, relations: relations)
        case .graphml: text = NetworkExport.graphml(opened, relations: relations)
        }
        guard let output else {
            // On a terminal, nothing from a document may act as a control sequence; a pipe
            // or a file gets the text as it is.
            if isatty(1) == 1 && format != .json {
                Terminal.line(text.hasSuffix("\n") ? String(text.dropLast()) : text)
            } else {
                print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            }
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Terminal.error("\(output): cannot be written (\(error.localizedDescription))")
            throw ExitCode(1)
        }
    }
}

/// The whole model as JSON: articles with structure, actors with mentions, relations with
/// evidence, the timeline, and the network.
struct ModelExport: Encodable {
    struct Article: Encodable {
        var file: String
        var title: String
        var authors: [String]
        var year: Int?
        var sections: [ArticleListing.SectionEntry]
        var sentences: [[Int]]
        var references: [String]
    }

    struct ActorEntry: Encodable {
        var id: Int
        var name: String
        var kind: String
        var aliases: [String]
        var mentions: Int
        var adjectival: Int
        var documents: Int
        var occurrences: [[Int]]
    }

    struct Edge: Encodable {
        var source: Int
        var target: Int
        var weight: Double
        var documents: Int
        var types: [String: Int]
    }

    struct DateEntry: Encodable {
        var date: String
        var file: String
        var sentence: Int
        var text: String
    }

    var articles: [Article]
    var actors: [ActorEntry]
    var relations: RelationListing
    var edges: [Edge]
    var timeline: [DateEntry]

    init(corpus: Corpus) {
        articles = corpus.documents.map { d in
            Article(
                file: d.file, title: d.structure.title, authors: d.structure.authors.map(\.name),
                year: d.structure.year,
                sections: d.structure.sections.map { .init(title: $0.title, level: $0.level) },
                sentences: d.structure.sentences.map { [$0.range.start, $0.range.end] },
                references: d.structure.references.map { d.details(of: $0).raw })
        }
        actors = corpus.actors.actors.map { a in
            ActorEntry(
                id: a.id, name: a.name, kind: a.kind.rawValue, aliases: a.aliases, mentions: a.mentionCount,
                adjectival: a.adjectivalCount,
                documents: a.documents.count,
                occurrences: a.mentions.map {
                    [$0.document, $0.sentence, $0.range.start, $0.range.end, $0.adjectival ? 1 : 0]
                })
        }
        relations = RelationListing(corpus: corpus, relations: Array(corpus.relations.relations))
        edges = corpus.relations.relations.map { r in
            Edge(
                source: r.a, target: r.b, weight: r.weight, documents: r.documentCount,
                types: Dictionary(uniqueKeysWithValues: r.typeCounts.map { ($0.key.rawValue, $0.value) }))
        }
        timeline = corpus.timeline.entries.map {
            DateEntry(
                date: $0.period.description, file: corpus.documents[$0.document].file, sentence: $0.sentence,
                text: $0.text)
        }
    }
}
