/// An analysed collection of articles: immutable once built, shared read-only by every view.
public struct Corpus: Sendable {
    /// The documents in load order.
    public var documents: [Document]
    /// Corpus-level warnings (paths that could not be read, files skipped), in order.
    public var warnings: [String]

    public init(documents: [Document], warnings: [String]) {
        self.documents = documents
        self.warnings = warnings
    }

    /// Loads and analyses every article under `paths`.
    public static func open(paths: [String], loader: CorpusLoader = CorpusLoader()) throws(CorpusError) -> Corpus {
        let loaded = try loader.load(paths: paths)
        let documents = loaded.files.enumerated().map { Document(id: $0.offset, source: $0.element) }
        return Corpus(documents: documents, warnings: loaded.warnings)
    }
}
