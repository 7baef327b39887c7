/// One open article in a reader.
public struct ReaderState: Equatable, Sendable {
    /// The document shown.
    public var document: Int
    /// The first visible line.
    public var top: Int = 0
    /// The sentence to show and mark (the one a relation or search led to).
    public var markedSentence: Int?
    /// The mention the reader jumped to last (its range start), for `]` and `[`.
    public var currentMention: Int?

    public init(document: Int, markedSentence: Int? = nil) {
        self.document = document
        self.markedSentence = markedSentence
    }
}
