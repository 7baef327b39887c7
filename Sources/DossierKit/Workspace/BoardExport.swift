import Foundation

/// A board written out for elsewhere, each item with its citation and the notes on the
/// articles and actors it involves.
public enum BoardExport {
    /// Markdown: a heading, one quotation per item with its citation, then the notes.
    public static func markdown(_ board: Board, notes: Notes) -> String {
        var out = "# \(board.name)\n\n"
        if board.items.isEmpty { out += "_This board is empty._\n" }
        for (i, item) in board.items.enumerated() {
            out += "\(i + 1). > \(item.text)\n\n"
            out += "   — \(markdownCitation(item))\n"
            if let note = notes.articles[item.file] { out += "\n   Note on the article: \(note)\n" }
            out += "\n"
        }
        let actorNotes = relevantActorNotes(board, notes)
        if !actorNotes.isEmpty {
            out += "## Notes on actors\n\n"
            for (name, note) in actorNotes { out += "- **\(name)**: \(note)\n" }
        }
        return out
    }

    /// JSON: `{"board": NAME, "items": [{"text", "citation", "file", "title", "authors", "year",
    /// "section", "sentences", "start", "end", "actors", "added", "note"}], "notes": {...}}`.
    public static func json(_ board: Board, notes: Notes) -> String {
        struct Item: Encodable {
            var text, citation, file, title: String
            var authors: [String]
            var year: Int?
            var section: String?
            var sentences: [Int]
            var start, end: Int
            var actors: [String]
            var added: String
            var note: String?
        }
        struct Out: Encodable {
            var board: String
            var items: [Item]
            var notes: [String: [String: String]]
        }
        let items = board.items.map {
            Item(
                text: $0.text, citation: $0.citation, file: $0.file, title: $0.title, authors: $0.authors,
                year: $0.year, section: $0.section, sentences: [$0.firstSentence, $0.lastSentence], start: $0.start,
                end: $0.end, actors: $0.actors, added: $0.added, note: notes.articles[$0.file])
        }
        let articleNotes = notes.articles.filter { note in board.items.contains { $0.file == note.key } }
        let out = Out(
            board: board.name, items: items,
            notes: [
                "actors": Dictionary(uniqueKeysWithValues: relevantActorNotes(board, notes)), "articles": articleNotes,
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(out)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "{}\n"
    }

    private static func markdownCitation(_ item: BoardItem) -> String {
        var c = "*\(item.title)*"
        if !item.authors.isEmpty { c += ", " + item.authors.joined(separator: ", ") }
        if let year = item.year { c += " (\(year))" }
        if let section = item.section { c += ", section “\(section)”" }
        return c + " [`\(item.file)`]"
    }

    private static func relevantActorNotes(_ board: Board, _ notes: Notes) -> [(String, String)] {
        var seen: [String] = []
        for item in board.items { for a in item.actors where !seen.contains(a) { seen.append(a) } }
        return seen.compactMap { name in notes.actors[name].map { (name, $0) } }
    }
}
