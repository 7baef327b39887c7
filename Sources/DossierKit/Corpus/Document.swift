/// One analysed article: its text and everything recovered from it.
public struct Document: Sendable, Identifiable {
    /// Position of the document in its corpus.
    public var id: Int
    /// The path shown to the user.
    public var file: String
    /// The path the file was read from.
    public var path: String
    /// The decoded, newline-normalised text that every range points into.
    public var text: String {
        get { body.text }
        set { body = DocumentBody(text: newValue, structure: body.structure) }
    }
    /// How the file was decoded.
    public var encoding: SourceEncoding
    /// Problems found while reading or parsing this file.
    public var warnings: [String]
    /// Size of the file on disk in bytes.
    public var byteCount: Int
    /// The article's structure.
    public var structure: ArticleStructure {
        get { body.structure }
        set {
            body = DocumentBody(text: body.text, structure: newValue)
            summary = DocumentSummary(newValue)
        }
    }
    /// What lists show: title, authors, year, words (at hand even while the body is not).
    public private(set) var summary: DocumentSummary
    /// Text and structure, at hand or still in the cache file.
    var body: DocumentBody

    /// Reads the structure of `source`.
    public init(id: Int, source: SourceFile) {
        self.id = id
        file = source.file
        path = source.path
        encoding = source.encoding
        warnings = source.warnings
        byteCount = source.byteCount
        let structure = ArticleParser.parse(source.text)
        body = DocumentBody(text: source.text, structure: structure)
        summary = DocumentSummary(structure)
    }

    /// A document restored from the cache, its body decoded when first used.
    init(
        id: Int, file: String, path: String, encoding: SourceEncoding, warnings: [String], byteCount: Int,
        summary: DocumentSummary, body: DocumentBody
    ) {
        self.summary = summary
        self.id = id
        self.file = file
        self.path = path
        self.encoding = encoding
        self.warnings = warnings
        self.byteCount = byteCount
        self.body = body
    }

    /// Calls `work` with the text and structure; a body still in the cache file is decoded for
    /// the call and not kept (for passes over the whole corpus, such as building the search
    /// index, that would otherwise keep every article decoded).
    public func withContent<R>(_ work: (String, ArticleStructure) -> R) -> R {
        body.withContent { work($0.text, $0.structure) }
    }

    /// Calls `body` with the text's bytes in which markup bytes are ``MarkupMask/hiddenByte``:
    /// what tokenising and display work on.
    public func withMaskedBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Self.withMaskedBytes(text: text, hidden: structure.hidden, body)
    }

    /// The bytes of `text` with the `hidden` ranges masked, as ``withMaskedBytes(_:)`` gives them.
    public static func withMaskedBytes<R>(
        text: String, hidden: [TextRange], _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        var masked = Array(text.utf8)
        for h in hidden {
            for i in h.start..<min(h.end, masked.count) { masked[i] = MarkupMask.hiddenByte }
        }
        return masked.withUnsafeBufferPointer(body)
    }

    /// The display text of `range`: markup left out, white space folded.
    public func displayText(_ range: TextRange) -> String {
        displayText([range])
    }

    /// The display text of several ranges joined by a space (a block's segments).
    public func displayText(_ ranges: [TextRange]) -> String {
        var copy = text
        return copy.withUTF8 { DisplayText.make($0, hidden: structure.hidden, ranges: ranges) }
    }

    /// What the reference entry `reference` of this document states, read from its text.
    public func details(of reference: Reference) -> ReferenceDetails {
        withContent { text, structure in structure.details(of: reference, in: text) }
    }

    /// The display text of a sentence, leaving out whatever lies between the segments of its
    /// block (a page footer inside a paragraph, for instance).
    public func displayText(of sentence: Sentence) -> String {
        displayText(structure.pieces(of: sentence))
    }
}

extension Document: Encodable {
    private enum CodingKeys: String, CodingKey {
        case id, file, path, text, encoding, warnings, byteCount, structure, referenceDetails
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(file, forKey: .file)
        try c.encode(path, forKey: .path)
        try c.encode(text, forKey: .text)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(byteCount, forKey: .byteCount)
        try c.encode(structure, forKey: .structure)
        try c.encode(structure.references.map(details(of:)), forKey: .referenceDetails)
    }
}
