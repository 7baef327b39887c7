/// An analysed collection of articles: immutable once built, shared read-only by every view.
public struct Corpus: Sendable {
    /// The documents in load order.
    public var documents: [Document]
    /// Corpus-level warnings (paths that could not be read, files skipped, catalog errors).
    public var warnings: [String]
    /// The actor index.
    public var actors: ActorIndex
    /// The catalog the actors were resolved with.
    public var catalog: Catalog
    /// Dated sentences in time order.
    public var timeline: Timeline
    /// Actor–actor relations with their evidence.
    public var relations: RelationIndex

    public init(documents: [Document], warnings: [String], catalog: Catalog = .builtIn) {
        self.documents = documents
        self.warnings = warnings + catalog.errors.map(\.description)
        self.catalog = catalog
        actors = ActorIndex(documents: documents, catalog: catalog)
        timeline = Timeline(entries: documents.enumerated().flatMap { DateExtractor.extract($0.element, id: $0.offset) })
        relations = RelationIndex(documents: documents, actors: actors, lexicon: catalog.lexicon)
    }

    /// Loads and analyses every article under `paths`, with the built-in catalog and the
    /// user's catalog files for those paths.
    public static func open(
        paths: [String], loader: CorpusLoader = CorpusLoader(), catalog: Catalog? = nil
    ) throws(CorpusError) -> Corpus {
        let loaded = try loader.load(paths: paths)
        let documents = loaded.files.enumerated().map { Document(id: $0.offset, source: $0.element) }
        return Corpus(documents: documents, warnings: loaded.warnings, catalog: catalog ?? UserCatalogs.catalog(for: paths))
    }
}
