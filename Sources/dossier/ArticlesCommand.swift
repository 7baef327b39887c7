import ArgumentParser
import DossierKit

/// `dossier articles`: one line (or one JSON object) per article.
struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles with title, authors, year, words, sections and references.")

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let opened = try corpus.open()
        if json {
            Terminal.raw(JSONOutput.encode(ArticleListing(corpus: opened)))
            return
        }
        for w in opened.warnings { Terminal.warning(w) }
        for d in opened.documents { for w in d.warnings { Terminal.warning(w) } }
        Terminal.line(ArticleTable.render(opened))
    }
}

/// The `--json` shape of `dossier articles`.
struct ArticleListing: Encodable {
    struct SectionEntry: Encodable {
        var title: String
        var level: Int
    }

    struct Entry: Encodable {
        var file: String
        var title: String
        var authors: [String]
        var year: Int?
        var words: Int
        var sections: [SectionEntry]
        var references: Int
        var citations: Int
        var warnings: [String]
        var titleDerived: Bool
        var encoding: String
        var language: String?
        var affiliations: [String]
        var emails: [String]
        var orcids: [String]
        var dois: [String]
        var keywords: [String]
        var abstract: String?
        var sentences: Int

        enum CodingKeys: String, CodingKey {
            case file, title, authors, year, words, sections, references, citations, warnings
            case titleDerived = "title_derived"
            case encoding, language, affiliations, emails, orcids, dois, keywords, abstract, sentences
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(title, forKey: .title)
            try c.encode(authors, forKey: .authors)
            try c.encode(year, forKey: .year)
            try c.encode(words, forKey: .words)
            try c.encode(sections, forKey: .sections)
            try c.encode(references, forKey: .references)
            try c.encode(citations, forKey: .citations)
            try c.encode(warnings, forKey: .warnings)
            try c.encode(titleDerived, forKey: .titleDerived)
            try c.encode(encoding, forKey: .encoding)
            try c.encode(language, forKey: .language)
            try c.encode(affiliations, forKey: .affiliations)
            try c.encode(emails, forKey: .emails)
            try c.encode(orcids, forKey: .orcids)
            try c.encode(dois, forKey: .dois)
            try c.encode(keywords, forKey: .keywords)
            try c.encode(abstract, forKey: .abstract)
            try c.encode(sentences, forKey: .sentences)
        }
    }

    var articles: [Entry]
    var warnings: [String]

    init(corpus: Corpus) {
        articles = corpus.documents.map { d in
            let s = d.structure
            return Entry(
                file: d.file, title: s.title, authors: s.authors.map(\.name), year: s.year, words: s.wordCount,
                sections: s.sections.map { SectionEntry(title: $0.title, level: $0.level) },
                references: s.references.count, citations: s.citations.count, warnings: d.warnings,
                titleDerived: s.titleIsDerived, encoding: d.encoding.rawValue, language: s.language,
                affiliations: s.affiliations, emails: s.emails, orcids: s.orcids, dois: s.dois,
                keywords: s.keywords.first(where: { $0.language == nil })?.terms ?? s.keywords.first?.terms ?? [],
                abstract: s.abstracts.first(where: { $0.language == nil })?.text, sentences: s.sentences.count)
        }
        warnings = corpus.warnings
    }
}

/// The plain-text table of `dossier articles`, aligned by display width.
enum ArticleTable {
    static func render(_ corpus: Corpus) -> String {
        var rows: [String] = []
        let fileWidth = min(32, max(4, corpus.documents.map { DisplayWidth.of($0.file) }.max() ?? 4))
        rows.append(
            DisplayWidth.pad("FILE", to: fileWidth) + "  YEAR   WORDS  SECT  REFS  TITLE / AUTHORS")
        for d in corpus.documents {
            // The summary: a corpus restored from the cache is listed without decoding any article.
            let s = d.summary
            let year = s.year.map(String.init) ?? "—"
            let authors = s.authors.joined(separator: ", ")
            let title = TerminalSafe.sanitize(s.title) + (s.titleIsDerived ? " (derived)" : "")
            rows.append(
                DisplayWidth.pad(TerminalSafe.sanitize(d.file), to: fileWidth) + "  "
                    + DisplayWidth.pad(year, to: 4) + " " + leftPad(String(s.wordCount), 7) + " "
                    + leftPad(String(s.sectionCount), 5) + " " + leftPad(String(s.referenceCount), 5) + "  "
                    + title + (authors.isEmpty ? "" : " — " + TerminalSafe.sanitize(authors)))
        }
        rows.append("\(corpus.documents.count) article\(corpus.documents.count == 1 ? "" : "s")")
        return rows.joined(separator: "\n")
    }

    private static func leftPad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
