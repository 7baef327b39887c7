/// One analysed article: its text and everything recovered from it.
public struct Document: Sendable, Identifiable, Codable {
    /// Position of the document in its corpus.
    public var id: Int
    /// The path shown to the user.
    public var file: String
    /// The path the file was read from.
    public var path: String
    /// The decoded, newline-normalised text that every range points into.
    public var text: String
    /// How the file was decoded.
    public var encoding: SourceEncoding
    /// Problems found while reading or parsing this file.
    public var warnings: [String]
    /// Size of the file on disk in bytes.
    public var byteCount: Int
    /// The article's structure.
    public var structure: ArticleStructure

    /// Reads the structure of `source`.
    public init(id: Int, source: SourceFile) {
        self.id = id
        file = source.file
        path = source.path
        text = source.text
        encoding = source.encoding
        warnings = source.warnings
        byteCount = source.byteCount
        structure = ArticleParser.parse(source.text)
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
