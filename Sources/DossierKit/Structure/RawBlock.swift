/// A block while the parser is still deciding what it is.
struct RawBlock {
    /// Indices of its lines.
    var lines: [Int]
    /// The content ranges (without list or heading markers).
    var segments: [TextRange]
    /// Display text of the content.
    var text: String {
        didSet { wordCount = Self.words(in: text) }
    }
    /// Number of words in ``text``.
    private(set) var wordCount: Int
    /// True when a blank line (or the start of the text) precedes it.
    var blankBefore: Bool
    /// True when a blank line (or the end of the text) follows it.
    var blankAfter: Bool = true
    /// The list marker as written, for list items.
    var marker: String?
    /// The number of an ordered list marker.
    var markerNumber: Int?
    /// The number of `#` of a Markdown heading.
    var markdownLevel: Int?
    /// The role once decided.
    var role: BlockRole?
    /// The heading level once decided.
    var level: Int?
    /// Language of an abstract or keyword list.
    var language: String?
    /// Set when the block was merged into the one before it.
    var merged = false
    /// How a heading was recognised.
    var headingStyle: HeadingStyle?
    /// Depth of a heading's numbering ("2.1" is 2), 0 when unnumbered.
    var numberDepth = 0
    /// True when a heading names a standard top-level section (Introduction, References…).
    var canonical = false
    /// Which abstract an abstract block belongs to (index into the abstracts found).
    var abstractGroup: Int?

    init(
        lines: [Int], segments: [TextRange], text: String, blankBefore: Bool, marker: String?, markerNumber: Int?,
        markdownLevel: Int?
    ) {
        self.lines = lines
        self.segments = segments
        self.text = text
        self.wordCount = Self.words(in: text)
        self.blankBefore = blankBefore
        self.marker = marker
        self.markerNumber = markerNumber
        self.markdownLevel = markdownLevel
    }

    /// Words of a display text: one more than its spaces (none when empty).
    static func words(in text: String) -> Int {
        var copy = text
        return copy.withUTF8 { bytes in
            guard !bytes.isEmpty else { return 0 }
            return 1 + ByteCount.of(0x20, in: bytes)
        }
    }
}

/// How a heading stands out from the text around it.
enum HeadingStyle: Hashable {
    case markdown, numbered, allCaps, bold, colon, plain
}
