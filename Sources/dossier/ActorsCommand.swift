import ArgumentParser
import DossierKit

/// `dossier actors`: the actor index, most mentioned first.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the actors (states, people, organisations, places, …) by mentions.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only this kind: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        if let kind, ActorKind(name: kind) == nil {
            throw ValidationError(
                "unknown kind '\(kind)'; use one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let opened = try corpus.open()
        let wanted = kind.flatMap(ActorKind.init(name:))
        let actors = opened.actors.actors.filter { wanted == nil || $0.kind == wanted }
        if json {
            Terminal.raw(JSONOutput.encode(ActorListing(corpus: opened, actors: actors)))
            return
        }
        for w in opened.warnings { Terminal.warning(w) }
        var rows = ["KIND          MENTIONS  ADJ  DOCS  NAME"]
        for a in actors {
            rows.append(
                DisplayWidth.pad(a.kind.rawValue, to: 12) + leftPad(a.mentionCount, 10) + leftPad(a.adjectivalCount, 5)
                    + leftPad(a.documents.count, 6) + "  " + a.name)
        }
        rows.append("\(actors.count) actor\(actors.count == 1 ? "" : "s")")
        Terminal.line(rows.joined(separator: "\n"))
    }

    private func leftPad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }
}

/// The `--json` shape of `dossier actors`.
struct ActorListing: Encodable {
    struct DocumentEntry: Encodable {
        var file: String
        var mentions: Int
        var adjectival: Int
    }

    struct Entry: Encodable {
        var name: String
        var kind: String
        var aliases: [String]
        var mentions: Int
        var adjectival: Int
        var documents: [DocumentEntry]
        var catalog: Bool
        var partOf: String?

        enum CodingKeys: String, CodingKey {
            case name, kind, aliases, mentions, adjectival, documents, catalog
            case partOf = "part_of"
        }
    }

    struct Cited: Encodable {
        var name: String
        var documents: [String]
    }

    var actors: [Entry]
    var citedAuthors: [Cited]
    var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case actors
        case citedAuthors = "cited_authors"
        case warnings
    }

    init(corpus: Corpus, actors: [Actor]) {
        let files = corpus.documents.map(\.file)
        self.actors = actors.map { a in
            Entry(
                name: a.name, kind: a.kind.rawValue, aliases: a.aliases, mentions: a.mentionCount,
                adjectival: a.adjectivalCount,
                documents: a.documents.map {
                    DocumentEntry(file: files[$0.document], mentions: $0.mentions, adjectival: $0.adjectival)
                },
                catalog: a.fromCatalog, partOf: a.partOf)
        }
        citedAuthors = corpus.actors.citedAuthors.map {
            Cited(name: $0.name, documents: $0.documents.map { files[$0] })
        }
        warnings = corpus.warnings
    }
}
