import ArgumentParser
import DossierKit

/// `dossier sentences`: the body sentences of each article, one per line, for other tools.
struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Print the body sentences of each article (file, number, byte range, text).")

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print JSON instead of tab-separated lines.")
    var json = false

    func run() throws {
        let opened = try corpus.open()
        if json {
            let items = opened.documents.flatMap { doc in
                doc.structure.sentences.enumerated().map { i, s in
                    SentenceListing.Entry(
                        file: doc.file, index: i, start: s.range.start, end: s.range.end, text: doc.displayText(of: s))
                }
            }
            Terminal.raw(JSONOutput.encode(SentenceListing(sentences: items)))
            return
        }
        var lines: [String] = []
        for doc in opened.documents {
            for (i, s) in doc.structure.sentences.enumerated() {
                lines.append("\(doc.file)\t\(i)\t\(s.range.start)-\(s.range.end)\t\(doc.displayText(of: s))")
            }
        }
        Terminal.line(lines.joined(separator: "\n"))
    }
}

/// The `--json` shape of `dossier sentences`.
struct SentenceListing: Encodable {
    struct Entry: Encodable {
        var file: String
        var index: Int
        var start: Int
        var end: Int
        var text: String
    }

    var sentences: [Entry]
}
