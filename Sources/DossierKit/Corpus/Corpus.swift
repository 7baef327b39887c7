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
    /// What actor extraction found in each document, kept (encoded, a tenth of the memory)
    /// when the corpus was analysed: the cache stores it to analyse only changed files next
    /// time. Empty when restored.
    var extractions: [EncodedExtraction] = []

    public init(documents: [Document], warnings: [String], catalog: Catalog = .builtIn) {
        self.init(
            documents: documents, warnings: warnings, catalog: catalog, extractor: ActorExtractor(catalog: catalog))
    }

    /// Analyses `documents` with an extractor already compiled from `catalog`.
    public init(documents: [Document], warnings: [String], catalog: Catalog, extractor: ActorExtractor) {
        var extracted = Parallel.map(documents) { i, d in extractor.extractWithDates(d, id: i) }
        let dates = extracted.map { Optional($0.dates) }
        let extractions = extracted.map(\.extraction)
        extracted = []
        self.init(
            documents: documents, warnings: warnings, catalog: catalog, extractions: consume extractions,
            knownDates: dates)
    }

    /// Builds the corpus-wide index from each document's extraction, and its dates where they
    /// are not known already (`knownDates[i]`, from an earlier analysis of the same file).
    /// The extractions are let go once the actor index is built: the corpus keeps them encoded.
    init(
        documents: [Document], warnings: [String], catalog: Catalog, extractions: consuming [DocumentExtraction],
        knownDates: [[DateMention]?]
    ) {
        self.documents = documents
        self.warnings = warnings + catalog.errors.map(\.description)
        sourceWarnings = warnings
        let trace = Trace()
        actors = ActorIndex(documents: documents, catalog: catalog, extractions: copy extractions)
        trace.mark("actors")
        self.extractions = Parallel.map(extractions) { _, e in EncodedExtraction(e) }
        extractions = []
        FreedMemory.release()
        trace.mark("extractions encoded")
        let dated = Parallel.map(documents) { i, d in
            i < knownDates.count ? knownDates[i] ?? DateExtractor.extract(d, id: i) : DateExtractor.extract(d, id: i)
        }
        timeline = Timeline(entries: dated.flatMap { $0 })
        trace.mark("dates")
        relations = RelationIndex(documents: documents, actors: actors, lexicon: catalog.lexicon)
        // What the analysis let go lies among what it keeps: given back, the cache write and
        // the search index that follow start from the corpus's own size.
        FreedMemory.release()
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
        paths: [String], loader: CorpusLoader = CorpusLoader(), catalog: Catalog? = nil,
        progress: AnalysisProgress? = nil
    ) throws(CorpusError) -> Corpus {
        try open(paths: paths, loader: loader, catalog: catalog, previous: [:], progress: progress).corpus
    }

    /// Like ``open(paths:loader:catalog:)``, taking the structure, extraction and dates of the
    /// files in `previous` (by path) as they are instead of reading and analysing them again;
    /// also says how many files were analysed and the ``ContentHash`` of each file read (by path).
    static func open(
        paths: [String], loader: CorpusLoader, catalog: Catalog?, previous: [String: PreviousAnalysis],
        progress: AnalysisProgress? = nil
    ) throws(CorpusError) -> (corpus: Corpus, analysed: Int, hashes: [String: UInt64]) {
        let trace = Trace()
        let (entries, warnings) = try loader.load(paths: paths, skipping: { previous[$0.path] != nil })
        trace.mark("load")
        CompiledPatterns.warm()
        trace.mark("warm")
        let prepared = Handoff<(Catalog, ActorExtractor)?>(nil)
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            let c = catalog ?? UserCatalogs.catalog(for: paths)
            prepared.value = (c, ActorExtractor(catalog: c))
        }
        let files = entries.compactMap { entry -> SourceFile? in
            if case .read(let file) = entry { return file }
            return nil
        }
        // Each document is parsed, then (the catalog ready by then) its actors and dates are
        // extracted while its text is still in the processor's cache.
        var analysed = Parallel.map(files) {
            _, file -> (Document, (extraction: DocumentExtraction, dates: [DateMention])) in
            let document = Document(id: 0, source: file)
            group.wait()
            guard let (_, extractor) = prepared.value else { preconditionFailure("catalog not prepared") }
            defer { progress?.documentDone() }
            return (document, extractor.extractWithDates(document, id: 0))
        }
        progress?.enter(.index)
        trace.mark("parse and extract")
        group.wait()
        guard let (c, _) = prepared.value else { preconditionFailure("catalog not prepared") }
        var documents: [Document] = []
        var extractions: [DocumentExtraction] = []
        var knownDates: [[DateMention]?] = []
        documents.reserveCapacity(entries.count)
        var next = 0
        for entry in entries {
            let id = documents.count
            switch entry {
            case .read:
                let (document, extracted) = analysed[next]
                var d = document
                d.id = id
                documents.append(d)
                extractions.append(extracted.extraction)
                knownDates.append(
                    extracted.dates.map { m in
                        var m = m
                        m.document = id
                        return m
                    })
                next += 1
            case .skipped(let candidate):
                guard let p = previous[candidate.path] else { continue }
                var d = p.document
                d.id = id
                documents.append(d)
                extractions.append(p.extraction)
                knownDates.append(
                    p.dates.map { m in
                        var m = m
                        m.document = id
                        return m
                    })
            }
        }
        // Only the corpus holds the extractions from here: it lets them go after the actor index.
        analysed = []
        let corpus = Corpus(
            documents: documents, warnings: warnings, catalog: c, extractions: consume extractions,
            knownDates: knownDates)
        trace.mark("actors, dates, relations")
        progress?.enter(.done)
        var hashes: [String: UInt64] = [:]
        for file in files { hashes[file.path] = file.contentHash }
        return (corpus, files.count, hashes)
    }
}

/// What an earlier analysis found in one file, reused while the file is unchanged.
struct PreviousAnalysis {
    var document: Document
    var extraction: DocumentExtraction
    var dates: [DateMention]
}

/// Prints phase times on stderr when `DOSSIER_TRACE` is set (for start-up measurements).
final class Trace {
    private let enabled = ProcessInfo.processInfo.environment["DOSSIER_TRACE"] != nil
    private var last = ContinuousClock.now

    func mark(_ phase: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        FileHandle.standardError.write(
            Data(
                "trace: \(phase) \(now - last) rss \(Self.residentMegabytes()) MB peak \(Self.peakMegabytes()) MB\n"
                    .utf8))
        last = now
    }

    /// The highest resident set size so far (`VmHWM`), from /proc (0 where there is none).
    static func peakMegabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kilobytes / 1024
    }

    /// The resident set size, from /proc (0 where there is none).
    static func residentMegabytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * 4096 / 1_048_576
    }
}
