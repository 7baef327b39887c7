import ArgumentParser
import DossierKit

/// `dossier related FILE`: the other documents ranked by what they share with FILE.
struct RelatedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "related",
        abstract: "Rank the other articles by shared actors, cited works and periods, and say why.")

    @Argument(help: "The article: its path, or its file name within the corpus.")
    var file: String

    @OptionGroup var corpus: CorpusPathOptions

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let opened = try corpus.open()
        let target = file.split(separator: "/").last.map(String.init) ?? file
        guard
            let d = opened.documents.firstIndex(where: {
                $0.file == file || $0.path == file || $0.file.hasSuffix("/" + target) || $0.file == target
            })
        else {
            Terminal.error("\(file): not an article of this corpus (see: dossier articles)")
            throw ExitCode(1)
        }
        let links = DocumentLinks.links(for: d, in: opened)
        if json {
            let entries = links.map { l in
                RelatedListing.Entry(
                    file: opened.documents[l.document].file, title: opened.documents[l.document].structure.title,
                    score: l.score,
                    reason: l.reason, sharedActors: l.sharedActors.map { opened.actors.actors[$0].name },
                    sharedReferences: l.sharedReferences,
                    period: l.sharedPeriod.map { [$0.lowerBound, $0.upperBound] })
            }
            Terminal.raw(JSONOutput.encode(RelatedListing(file: opened.documents[d].file, related: entries)))
            return
        }
        var lines = ["Related to \(opened.documents[d].file) — \(opened.documents[d].structure.title)"]
        for l in links {
            let doc = opened.documents[l.document]
            lines.append(String(format: "%6.2f  ", l.score) + doc.file + " — " + doc.structure.title)
            lines.append("        " + l.reason)
        }
        if links.isEmpty { lines.append("no other article shares an actor, a cited work or a period") }
        Terminal.line(lines.joined(separator: "\n"))
    }
}

/// The `--json` shape of `dossier related`.
struct RelatedListing: Encodable {
    struct Entry: Encodable {
        var file: String
        var title: String
        var score: Double
        var reason: String
        var sharedActors: [String]
        var sharedReferences: [String]
        var period: [Int]?

        enum CodingKeys: String, CodingKey {
            case file, title, score, reason, period
            case sharedActors = "shared_actors"
            case sharedReferences = "shared_references"
        }
    }

    var file: String
    var related: [Entry]
}
