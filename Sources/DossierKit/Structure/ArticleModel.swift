/// What a block of text is, once the article's structure is known.
public enum BlockRole: String, Sendable, Codable, CaseIterable {
    /// Title lines at the top.
    case title
    /// A title in a second language.
    case translatedTitle
    /// Author names, affiliations, e-mails, identifiers and similar front matter.
    case frontMatter
    /// The abstract (in any language).
    case abstract
    /// A keyword line.
    case keywords
    /// A label line that introduces what follows ("Abstract", "Keywords").
    case label
    /// A section heading.
    case heading
    /// A body paragraph.
    case paragraph
    /// A bullet or numbered list item in the body.
    case listItem
    /// One entry of the reference list.
    case reference
    /// Licence, copyright and publisher boilerplate.
    case licence
    /// An author biography or a translation credit: about the article, not part of it.
    case bio
    /// A signature (the author's name after the body).
    case signature
}

/// One block of the article: a paragraph, heading, list item, reference entry and so on.
///
/// A paragraph broken by a page break keeps one segment per piece, so its ranges stay exact.
/// Stored in 40 bytes with no allocation of its own for the usual block of one segment: a
/// corpus of ten thousand articles holds a third of a million blocks.
public struct Block: Sendable, Equatable {
    // Declared in this order so that the fields pack into 40 bytes.
    private var firstStart: Int32
    private var firstEnd: Int32
    /// The segments after the first (none for most blocks).
    private var more: [TextRange]
    private var storedSection: Int32
    private var storedLevel: Int16
    /// What the block is.
    public var role: BlockRole
    /// For list items: the marker as written (`-`, `•`, `1.`).
    public var marker: String?

    public init(role: BlockRole, segments: [TextRange], section: Int?, marker: String?, level: Int?) {
        self.role = role
        firstStart = 0
        firstEnd = 0
        more = []
        storedSection = -1
        storedLevel = -1
        self.marker = marker
        self.segments = segments
        self.section = section
        self.level = level
    }

    /// The pieces of the original text the block is made of, in order, without list markers.
    public var segments: [TextRange] {
        get {
            guard firstEnd >= 0 else { return [] }
            return more.isEmpty ? [firstSegment] : [firstSegment] + more
        }
        set {
            if let first = newValue.first {
                firstStart = Int32(clamping: first.start)
                firstEnd = Int32(clamping: first.end)
                more = Array(newValue.dropFirst())
            } else {
                firstStart = -1
                firstEnd = -1
                more = []
            }
        }
    }

    /// The number of segments.
    public var segmentCount: Int { firstEnd < 0 ? 0 : 1 + more.count }

    /// The first segment (an empty range at 0 for a block without segments).
    public var firstSegment: TextRange {
        firstEnd < 0 ? TextRange(0, 0) : TextRange(Int(firstStart), Int(firstEnd))
    }

    /// The section the block belongs to (index into ``ArticleStructure/sections``), if any.
    public var section: Int? {
        get { storedSection < 0 ? nil : Int(storedSection) }
        set { storedSection = newValue.map { Int32(clamping: max(0, $0)) } ?? -1 }
    }

    /// For headings: the level, 1 for a top-level section.
    public var level: Int? {
        get { storedLevel < 0 ? nil : Int(storedLevel) }
        set { storedLevel = newValue.map { Int16(clamping: max(0, $0)) } ?? -1 }
    }

    /// The range from the first byte of the first segment to the last byte of the last.
    public var range: TextRange {
        guard firstEnd >= 0 else { return TextRange(0, 0) }
        return TextRange(Int(firstStart), more.last?.end ?? Int(firstEnd))
    }
}

extension Block: Codable {
    private enum CodingKeys: String, CodingKey {
        case role, segments, section, marker, level
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            role: try c.decode(BlockRole.self, forKey: .role),
            segments: try c.decode([TextRange].self, forKey: .segments),
            section: try c.decodeIfPresent(Int.self, forKey: .section),
            marker: try c.decodeIfPresent(String.self, forKey: .marker),
            level: try c.decodeIfPresent(Int.self, forKey: .level))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(role, forKey: .role)
        try c.encode(segments, forKey: .segments)
        try c.encodeIfPresent(section, forKey: .section)
        try c.encodeIfPresent(marker, forKey: .marker)
        try c.encodeIfPresent(level, forKey: .level)
    }
}

/// An author of the article.
public struct Author: Sendable, Codable, Equatable {
    /// The name as displayed.
    public var name: String
    /// Where the name stands in the text.
    public var range: TextRange
    /// True when the name was found as a signature after the body rather than in the byline.
    public var fromSignature: Bool
}

/// A section heading.
public struct Section: Sendable, Codable, Equatable {
    /// The heading's display text (markup, numbering punctuation and trailing colon kept as
    /// written, except a trailing colon, which is dropped).
    public var title: String
    /// 1 for a top-level section, 2 for a subsection and so on.
    public var level: Int
    /// The heading's range in the text.
    public var range: TextRange
    /// Index of the heading block in ``ArticleStructure/blocks``.
    public var block: Int
}

/// An abstract, possibly in a second language.
public struct Abstract: Sendable, Codable, Equatable {
    /// ISO 639-1 code of the language when it is not the article's main one, else nil.
    public var language: String?
    /// The abstract's display text, paragraphs separated by a blank line.
    public var text: String
    /// Indices of the abstract's blocks.
    public var blocks: [Int]
}

/// A keyword list, possibly in a second language.
public struct KeywordList: Sendable, Codable, Equatable {
    /// ISO 639-1 code of the language when it is not the article's main one, else nil.
    public var language: String?
    /// The keywords in order.
    public var terms: [String]
}

/// A sentence of the article's body, abstract or list items. Stored in 32-bit fields (12
/// bytes instead of 24; files are at most 16 MiB).
public struct Sentence: Sendable, Equatable {
    private var start: Int32
    private var end: Int32
    private var storedBlock: Int32

    /// Exact range, from its first to its last byte (it may span a page break).
    public var range: TextRange {
        get { TextRange(Int(start), Int(end)) }
        set {
            start = Int32(clamping: newValue.start)
            end = Int32(clamping: newValue.end)
        }
    }

    /// Index of the block it belongs to.
    public var block: Int {
        get { Int(storedBlock) }
        set { storedBlock = Int32(clamping: newValue) }
    }

    init(range: TextRange, block: Int) {
        start = Int32(clamping: range.start)
        end = Int32(clamping: range.end)
        storedBlock = Int32(clamping: block)
    }
}

extension Sentence: Codable {
    private enum CodingKeys: String, CodingKey {
        case range, block
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(range: try c.decode(TextRange.self, forKey: .range), block: try c.decode(Int.self, forKey: .block))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(range, forKey: .range)
        try c.encode(block, forKey: .block)
    }
}

/// One entry of the reference list: what analysis needs of it (linking citations, shared
/// references). What else it states is read from the text when asked for
/// (``Document/details(of:)``): kept for every entry of a large corpus, it would take more
/// memory than the entries' text.
public struct Reference: Sendable, Codable, Equatable {
    /// The entry's number when the list is numbered.
    public var number: Int?
    /// Family names of the authors, for linking citations.
    public var surnames: [String]
    /// The publication year, if any.
    public var year: Int?
    /// The entry's range in the text.
    public var range: TextRange
    /// The block that holds the entry (index into ``ArticleStructure/blocks``).
    public var block: Int
}

/// What one entry of the reference list states, read from its text.
public struct ReferenceDetails: Sendable, Codable, Equatable {
    /// The entry as written (display text).
    public var raw: String
    /// Author names as written (`Şimşek, O.`), in order.
    public var authors: [String]
    /// The title of the work.
    public var title: String?
    /// The journal, book, publisher or newspaper.
    public var venue: String?
    /// A DOI found in the entry.
    public var doi: String?
    /// A URL found in the entry.
    public var url: String?
}

/// An in-text citation such as `Şimşek (2010)` or `(Yagublu, 2013, pp. 71–78)`.
public struct Citation: Sendable, Codable, Equatable {
    /// The cited names as written (`Yilmaz & Yorulmaz`), or the number for numbered styles.
    public var names: String
    /// Family names for linking.
    public var surnames: [String]
    /// The year cited.
    public var year: Int?
    /// Pages or other locator (`pp. 71–78`).
    public var locator: String?
    /// For numbered styles, the reference number.
    public var number: Int?
    /// The range of this citation in the text.
    public var range: TextRange
    /// The reference entry it points to, when one was found.
    public var reference: Int?
}

/// Everything dossier knows about an article's structure, from its text alone.
public struct ArticleStructure: Sendable, Codable, Equatable {
    /// The display title: the explicit one, or one derived from the first sentence.
    public var title: String
    /// True when no explicit title was found and ``title`` was derived from the text.
    public var titleIsDerived: Bool
    /// Titles in other languages, with their language codes.
    public var translatedTitles: [TranslatedTitle]
    /// Authors from the byline or from a signature after the body.
    public var authors: [Author]
    /// Affiliation lines.
    public var affiliations: [String]
    /// E-mail addresses.
    public var emails: [String]
    /// ORCID identifiers.
    public var orcids: [String]
    /// DOIs of the article itself (from the front matter).
    public var dois: [String]
    /// URLs from the front matter.
    public var urls: [String]
    /// The publication year when the front matter states it.
    public var year: Int?
    /// Abstracts, the main one first.
    public var abstracts: [Abstract]
    /// Keyword lists.
    public var keywords: [KeywordList]
    /// Section headings in order.
    public var sections: [Section]
    /// All blocks in text order.
    public var blocks: [Block]
    /// Sentences of body paragraphs, list items and abstracts, in text order.
    public var sentences: [Sentence]
    /// Reference list entries.
    public var references: [Reference]
    /// In-text citations in text order.
    public var citations: [Citation]
    /// Byte ranges of markup that display text leaves out (`**`, `*`, `\`, autolink brackets).
    public var hidden: [TextRange]
    /// Number of words in the article.
    public var wordCount: Int
    /// The main language guessed from the body (ISO 639-1), if any.
    public var language: String?
}

/// A title in a second language.
public struct TranslatedTitle: Sendable, Codable, Equatable {
    public var language: String?
    public var text: String
}

extension ArticleStructure {
    /// What the reference entry `reference` states, read from `text` (the text this structure
    /// was parsed from).
    public func details(of reference: Reference, in text: String) -> ReferenceDetails {
        let segments =
            reference.block >= 0 && reference.block < blocks.count
            ? blocks[reference.block].segments : [reference.range]
        var copy = text
        let raw = copy.withUTF8 { bytes in
            ParserState.referenceText(
                bytes, segments: segments.filter { $0.start >= 0 && $0.start <= $0.end && $0.end <= bytes.count })
        }
        return ReferenceParser.details(raw: raw)
    }

    /// The parts of `sentence` that lie in its block's segments: a sentence cut by a page
    /// break leaves out whatever stood between the two pieces (a running footer, say).
    public func pieces(of sentence: Sentence) -> [TextRange] {
        let block = blocks[sentence.block]
        if block.segmentCount == 1 {
            let first = block.firstSegment
            let r = TextRange(max(first.start, sentence.range.start), min(first.end, sentence.range.end))
            return r.isEmpty ? [] : [r]
        }
        return block.segments.compactMap { seg in
            let r = TextRange(max(seg.start, sentence.range.start), min(seg.end, sentence.range.end))
            return r.isEmpty ? nil : r
        }
    }
}
