import ArgumentParser
import DossierKit

/// `dossier timeline`: dated sentences across documents, in time order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List dated sentences across the articles in time order.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only sentences that mention this actor.")
    var actor: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let opened = try corpus.open()
        var entries = opened.timeline.entries
        if let actor {
            guard let found = opened.actors.actor(named: actor) ?? opened.actors.search(actor).first else {
                Terminal.error("no actor named '\(actor)' (try: dossier actors)")
                throw ExitCode(1)
            }
            entries = opened.timeline.entries(mentioning: found.id, in: opened.actors)
        }
        var sentenceActors: [SentenceRef: [String]] = [:]
        for (d, list) in opened.actors.mentionsByDocument.enumerated() {
            for (a, m) in list {
                let name = opened.actors.actors[a].name
                let ref = SentenceRef(document: d, sentence: m.sentence)
                if sentenceActors[ref]?.contains(name) != true { sentenceActors[ref, default: []].append(name) }
            }
        }
        if json {
            let items = entries.map { e in
                let doc = opened.documents[e.document]
                return TimelineListing.Entry(
                    date: e.period.description, start: iso(e.period.start), end: iso(e.period.end),
                    precision: e.period.precision.rawValue, text: e.text, file: doc.file,
                    sentence: doc.displayText(of: doc.structure.sentences[e.sentence]),
                    actors: sentenceActors[SentenceRef(document: e.document, sentence: e.sentence)] ?? [])
            }
            Terminal.raw(JSONOutput.encode(TimelineListing(timeline: items)))
            return
        }
        var lines: [String] = []
        for e in entries {
            let doc = opened.documents[e.document]
            let sentence = doc.displayText(of: doc.structure.sentences[e.sentence])
            lines.append(
                DisplayWidth.pad(e.period.description, to: 21) + " " + DisplayWidth.pad(doc.file, to: 26) + " "
                    + sentence)
        }
        lines.append("\(entries.count) dated sentence\(entries.count == 1 ? "" : "s")")
        Terminal.line(lines.joined(separator: "\n"))
    }

    private func iso(_ day: DayNumber) -> String {
        let y = day / 10000, m = (day / 100) % 100, d = day % 100
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
}

/// The `--json` shape of `dossier timeline`.
struct TimelineListing: Encodable {
    struct Entry: Encodable {
        var date: String
        var start: String
        var end: String
        var precision: String
        var text: String
        var file: String
        var sentence: String
        var actors: [String]
    }

    var timeline: [Entry]
}
