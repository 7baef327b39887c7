import Foundation

/// An analysed collection of articles: immutable once built, shared read-only by every view.
public struct Corpus: Sendable {
    /// The documents in load order.
    public var documents: [Document]
    /// Corpus-level warnings (paths that could not be read, files skipped, catalog errors).
    public var warnings: [String]
    /// The warnings about files and paths alone (``warnings`` without the catalog's errors).
    public var sourceWarnings: [String]
    /// The actor index.
    public var actors: ActorIndex
    /// Dated sentences in time order.
    public var timeline: Timeline
    /// Actor–actor relations with their evidence.
    public var relations: RelationIndex

    public init(documents: [Document], warnings: [String], catalog: Catalog = .builtIn) {
        self.init(
            documents: documents, warnings: warnings, catalog: catalog, extractor: ActorExtractor(catalog: catalog))
    }

    /// Analyses `documents` with an extractor already compiled from `catalog`.
    public init(documents: [Document], warnings: [String], catalog: Catalog, extractor: ActorExtractor) {
        self.documents = documents
        self.warnings = warnings + catalog.errors.map(\.description)
        sourceWarnings = warnings
        let trace = Trace()
        actors = ActorIndex(documents: documents, catalog: catalog, extractor: extractor)
        trace.mark("actors")
        let dated = Parallel.map(documents) { i, d in DateExtractor.extract(d, id: i) }
        timeline = Timeline(entries: dated.flatMap { $0 })
        trace.mark("dates")
        relations = RelationIndex(documents: documents, actors: actors, lexicon: catalog.lexicon)
        trace.mark("relations")
    }

    /// A corpus restored as it was analysed (from the cache).
    init(
        documents: [Document], warnings: [String], sourceWarnings: [String], actors: ActorIndex, timeline: Timeline,
        relations: RelationIndex
    ) {
        self.documents = documents
        self.warnings = warnings
        self.sourceWarnings = sourceWarnings
        self.actors = actors
        self.timeline = timeline
        self.relations = relations
    }

    /// Loads and analyses every article under `paths`, with the built-in catalog and the
    /// user's catalog files for those paths. Documents are parsed on every core while the
    /// catalog is read; the result does not depend on the number of threads.
    public static func open(
        paths: [String], loader: CorpusLoader = CorpusLoader(), catalog: Catalog? = nil
    ) throws(CorpusError) -> Corpus {
        let trace = Trace()
        let loaded = try loader.load(paths: paths)
        trace.mark("load")
        CompiledPatterns.warm()
        trace.mark("warm")
        let prepared = Handoff<(Catalog, ActorExtractor)?>(nil)
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            let c = catalog ?? UserCatalogs.catalog(for: paths)
            prepared.value = (c, ActorExtractor(catalog: c))
        }
        let documents = Parallel.map(loaded.files) { i, file in Document(id: i, source: file) }
        trace.mark("parse")
        group.wait()
        trace.mark("catalog wait")
        guard let (c, extractor) = prepared.value else { preconditionFailure("catalog not prepared") }
        let corpus = Corpus(documents: documents, warnings: loaded.warnings, catalog: c, extractor: extractor)
        trace.mark("actors, dates, relations")
        return corpus
    }
}

/// Prints phase times on stderr when `DOSSIER_TRACE` is set (for start-up measurements).
final class Trace {
    private let enabled = ProcessInfo.processInfo.environment["DOSSIER_TRACE"] != nil
    private var last = ContinuousClock.now

    func mark(_ phase: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        FileHandle.standardError.write(Data("trace: \(phase) \(now - last) rss \(Self.residentMegabytes()) MB\n".utf8))
        last = now
    }

    /// The resident set size, from /proc (0 where there is none).
    static func residentMegabytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * 4096 / 1_048_576
    }
}
