import Foundation

/// A named collection of evidence: sentences (or runs of sentences) kept with their citation.
public struct Board: Codable, Equatable, Sendable {
    public var name: String
    public var items: [BoardItem]

    public init(name: String, items: [BoardItem] = []) {
        self.name = name
        self.items = items
    }

    /// True when `name` can name a board: a letter or digit, no slash, no control character.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 80 && !name.contains("/")
            && name.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            && TerminalSafe.isSafe(name)
    }
}

/// One piece of evidence on a board, with everything needed to cite it even if the article
/// later changes: the quoted text, where it was, and the article's title, authors, year, section.
public struct BoardItem: Codable, Equatable, Sendable {
    /// The article's file as the corpus names it.
    public var file: String
    /// The first and last sentence (indices in the article).
    public var firstSentence: Int
    public var lastSentence: Int
    /// The exact byte range of the quoted text in the article.
    public var start: Int
    public var end: Int
    /// The quoted text, as displayed.
    public var text: String
    public var title: String
    public var authors: [String]
    public var year: Int?
    /// The heading of the section the text is in, if any.
    public var section: String?
    /// The actors named in the text (canonical names).
    public var actors: [String]
    /// When it was added (ISO 8601, UTC).
    public var added: String

    /// The sentences `first...last` of `document` in `corpus`.
    public init(corpus: Corpus, document: Int, sentences: ClosedRange<Int>, added: Date = Date()) {
        let doc = corpus.documents[document]
        let s = doc.structure
        let first = max(0, min(sentences.lowerBound, s.sentences.count - 1))
        let last = max(first, min(sentences.upperBound, s.sentences.count - 1))
        file = doc.file
        firstSentence = first
        lastSentence = last
        start = s.sentences.isEmpty ? 0 : s.sentences[first].range.start
        end = s.sentences.isEmpty ? 0 : s.sentences[last].range.end
        text =
            s.sentences.isEmpty
            ? "" : (first...last).map { doc.displayText(of: s.sentences[$0]) }.joined(separator: " ")
        title = s.title
        authors = s.authors.map(\.name)
        year = s.year
        let block = s.sentences.isEmpty ? nil : s.blocks[s.sentences[first].block]
        section = block?.section.flatMap { $0 < s.sections.count ? s.sections[$0].title : nil }
        var names: [String] = []
        if document < corpus.actors.mentionsByDocument.count {
            for (actor, m) in corpus.actors.mentionsByDocument[document] where (first...last).contains(m.sentence) {
                let name = corpus.actors.actors[actor].name
                if !names.contains(name) { names.append(name) }
            }
        }
        actors = names
        self.added = ISO8601DateFormatter().string(from: added)
    }

    /// "Title — Authors (Year), § Section, file".
    public var citation: String {
        var c = title
        if !authors.isEmpty { c += " — " + authors.joined(separator: ", ") }
        if let year { c += " (\(year))" }
        if let section { c += ", § " + section }
        return c + ", " + file
    }
}
