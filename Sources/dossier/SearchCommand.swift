import ArgumentParser
import DossierKit

/// `dossier search QUERY`: full-text search with keyword-in-context results.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the sentences of every article (BM25; \"quoted phrases\"; accents and case ignored).",
        discussion: "A word or phrase that names an actor also finds the actor's other names (turkey finds Türkiye).")

    @Argument(help: "Words and \"quoted phrases\"; all must match.")
    var query: [String]

    @Option(help: "At most this many results.")
    var limit: Int = 20

    @OptionGroup var corpus: CorpusPathOptions

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let opened = try corpus.open()
        let index = SearchIndex(documents: opened.documents)
        let parsed = SearchQuery(query.joined(separator: " "))
        let hits = index.search(parsed, actors: opened.actors, limit: max(1, limit))
        let lines = hits.map { Concordance.line(for: $0, in: opened) }
        if json {
            let entries = zip(hits, lines).map { hit, line in
                let doc = opened.documents[hit.document]
                return SearchListing.Entry(
                    file: doc.file, sentence: hit.sentence, score: hit.score, left: line.left, match: line.keyword,
                    right: line.right,
                    text: doc.displayText(of: doc.structure.sentences[hit.sentence]),
                    matches: line.matches.map { [$0.start, $0.end] })
            }
            Terminal.raw(JSONOutput.encode(SearchListing(query: query.joined(separator: " "), results: entries)))
            return
        }
        var out: [String] = []
        for line in lines {
            let doc = opened.documents[line.document]
            let left = DisplayWidth.of(line.left) > 40 ? DisplayWidth.truncate(line.left, to: 40) : line.left
            out.append(
                DisplayWidth.pad(doc.file, to: 26) + " " + DisplayWidth.pad("#\(line.sentence)", to: 5) + " "
                    + String(repeating: " ", count: max(0, 40 - DisplayWidth.of(left))) + left + "[" + line.keyword
                    + "]" + line.right)
        }
        out.append("\(hits.count) result\(hits.count == 1 ? "" : "s")")
        Terminal.line(out.joined(separator: "\n"))
    }
}

/// The `--json` shape of `dossier search`.
struct SearchListing: Encodable {
    struct Entry: Encodable {
        var file: String
        var sentence: Int
        var score: Double
        var left: String
        var match: String
        var right: String
        var text: String
        var matches: [[Int]]
    }

    var query: String
    var results: [Entry]
}
