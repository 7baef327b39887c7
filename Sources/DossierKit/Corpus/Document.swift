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
        set { body = DocumentBody(text: body.text, structure: newValue) }
    }
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
        body = DocumentBody(text: source.text, structure: ArticleParser.parse(source.text))
    }

    /// A document restored from the cache, its body decoded when first used.
    init(
        id: Int, file: String, path: String, encoding: SourceEncoding, warnings: [String], byteCount: Int,
        body: DocumentBody
    ) {
        self.id = id
        self.file = file
        self.path = path
        self.encoding = encoding
        self.warnings = warnings
        self.byteCount = byteCount
        self.body = body
    }

    /// Calls `body` with the text's bytes in which markup bytes are ``MarkupMask/hiddenByte``:
    /// what tokenising and display work on.
    public func withMaskedBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var masked = Array(text.utf8)
        for h in structure.hidden {
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

    /// The display text of a sentence, leaving out whatever lies between the segments of its
    /// block (a page footer inside a paragraph, for instance).
    public func displayText(of sentence: Sentence) -> String {
        displayText(structure.pieces(of: sentence))
    }
}

extension Document: Encodable {
    private enum CodingKeys: String, CodingKey {
        case id, file, path, text, encoding, warnings, byteCount, structure
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
    }
}
