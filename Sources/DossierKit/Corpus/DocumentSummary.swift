/// What article lists show and sort by, kept beside a document's body: listing and sorting
/// ten thousand articles restored from the cache decodes none of them.
public struct DocumentSummary: Sendable, Equatable {
    /// The title (see ``ArticleStructure/title``).
    public var title: String
    /// Author names in order.
    public var authors: [String]
    /// Publication year, when known.
    public var year: Int?
    /// Words in the body.
    public var wordCount: Int
    /// True when the title was derived from the text (no title line was found).
    public var titleIsDerived: Bool
    /// Numbers of sections and of reference entries.
    public var sectionCount: Int
    public var referenceCount: Int

    /// The summary of `structure`.
    public init(_ structure: ArticleStructure) {
        title = structure.title
        authors = structure.authors.map(\.name)
        year = structure.year
        wordCount = structure.wordCount
        titleIsDerived = structure.titleIsDerived
        sectionCount = structure.sections.count
        referenceCount = structure.references.count
    }

    init(
        title: String, authors: [String], year: Int?, wordCount: Int, titleIsDerived: Bool, sectionCount: Int,
        referenceCount: Int
    ) {
        self.title = title
        self.authors = authors
        self.year = year
        self.wordCount = wordCount
        self.titleIsDerived = titleIsDerived
        self.sectionCount = sectionCount
        self.referenceCount = referenceCount
    }
}
