import ArgumentParser
import DossierKit

/// `dossier actor NAME`: one actor with its aliases, mentions per document and first sentences.
struct ActorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Show one actor: aliases, mentions per document and the first sentences that mention it.")

    @Argument(help: "The actor's name or any alias (case and accents ignored).")
    var name: String

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "How many sentences to show per document.")
    var sentences: Int = 3

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let opened = try corpus.open()
        guard let actor = opened.actors.actor(named: name) ?? opened.actors.search(name).first else {
            Terminal.error("no actor named '\(name)' (try: dossier actors)")
            throw ExitCode(1)
        }
        let perDocument = actor.documents.map { count -> (Int, [Mention]) in
            let mentions = actor.mentions.filter { $0.document == count.document }
            var seen: Set<Int> = []
            return (count.document, mentions.filter { seen.insert($0.sentence).inserted }.prefix(sentences).map { $0 })
        }
        if json {
            Terminal.raw(JSONOutput.encode(ActorDetail(corpus: opened, actor: actor, perDocument: perDocument)))
            return
        }
        var lines = ["\(actor.name)  (\(actor.kind.rawValue))"]
        lines.append("aliases: " + actor.aliases.joined(separator: ", "))
        lines.append(
            "mentions: \(actor.mentionCount), adjectival: \(actor.adjectivalCount), documents: \(actor.documents.count)"
        )
        if let part = actor.partOf { lines.append("in: \(part)") }
        for (d, mentions) in perDocument {
            let doc = opened.documents[d]
            let count = actor.documents.first { $0.document == d }
            lines.append("")
            lines.append("\(doc.file) — \(count?.mentions ?? 0) mention(s), \(count?.adjectival ?? 0) adjectival")
            for m in mentions {
                lines.append("  • " + doc.displayText(of: doc.structure.sentences[m.sentence]))
            }
        }
        Terminal.line(lines.joined(separator: "\n"))
    }
}

/// The `--json` shape of `dossier actor`.
struct ActorDetail: Encodable {
    struct DocumentEntry: Encodable {
        var file: String
        var mentions: Int
        var adjectival: Int
        var sentences: [String]
    }

    var name: String
    var kind: String
    var aliases: [String]
    var mentions: Int
    var adjectival: Int
    var documents: [DocumentEntry]

    init(corpus: Corpus, actor: Actor, perDocument: [(Int, [Mention])]) {
        name = actor.name
        kind = actor.kind.rawValue
        aliases = actor.aliases
        mentions = actor.mentionCount
        adjectival = actor.adjectivalCount
        documents = perDocument.map { d, ms in
            let doc = corpus.documents[d]
            let count = actor.documents.first { $0.document == d }
            return DocumentEntry(
                file: doc.file, mentions: count?.mentions ?? 0, adjectival: count?.adjectival ?? 0,
                sentences: ms.map { doc.displayText(of: doc.structure.sentences[$0.sentence]) })
        }
    }
}
