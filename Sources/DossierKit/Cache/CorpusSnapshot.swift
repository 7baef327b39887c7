/// An analysed corpus as the cache stores it, with what it was made from.
struct CorpusSnapshot {
    /// Identifies the dossier build that wrote it (a new build analyses differently).
    var build: String
    /// Identifies the inputs besides the files: user catalogs and loader options.
    var inputs: String
    var files: [FileStamp]
    var documents: [Document]
    var warnings: [String]
    var sourceWarnings: [String]
    var actors: [Actor]
    var citedAuthors: [CitedAuthor]
    var timeline: [DateMention]
    var relations: RelationStore
    /// Per document, what actor extraction found: written last, in a section of its own, and
    /// read only when some files changed (see ``CorpusCache``).
    var extractions: [DocumentExtraction]

    init(corpus: Corpus, build: String, inputs: String, files: [FileStamp]) {
        self.build = build
        self.inputs = inputs
        self.files = files
        documents = corpus.documents
        warnings = corpus.warnings
        sourceWarnings = corpus.sourceWarnings
        actors = corpus.actors.actors
        citedAuthors = corpus.actors.citedAuthors
        timeline = corpus.timeline.entries
        relations = corpus.relations.store
        extractions = corpus.extractions
    }

    /// The corpus, as it was (its extractions kept when they were read).
    func corpus() -> Corpus {
        Corpus(
            documents: documents, warnings: warnings, sourceWarnings: sourceWarnings,
            actors: ActorIndex(restoring: actors, citedAuthors: citedAuthors, documentCount: documents.count),
            timeline: Timeline(entries: timeline), relations: RelationIndex(store: relations))
    }
}

/// One file of the corpus when the snapshot was taken.
struct FileStamp: Equatable {
    var path: String
    var size: Int
    /// Modification time in nanoseconds since 1970.
    var modified: Int
    /// FNV-1a of the file's bytes.
    var hash: UInt64
}

extension CorpusSnapshot: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(build)
        w.string(inputs)
        w.write(files)
        w.write(documents)
        w.write(warnings)
        w.write(sourceWarnings)
        w.write(actors)
        w.write(citedAuthors)
        w.write(timeline)
        relations.write(to: &w)
        w.section { $0.write(extractions) }
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        build = try r.string()
        inputs = try r.string()
        files = try r.read()
        documents = try r.read()
        warnings = try r.read()
        sourceWarnings = try r.read()
        actors = try r.read()
        citedAuthors = try r.read()
        timeline = try r.read()
        relations = try RelationStore.read(from: &r, actorCount: actors.count)
        extractions = []
    }

    /// The analyses of the snapshot's documents by path, to reuse for unchanged files; empty
    /// when the snapshot holds no extractions.
    func previousAnalyses() -> [String: PreviousAnalysis] {
        guard extractions.count == documents.count else { return [:] }
        var dates = [[DateMention]](repeating: [], count: documents.count)
        for m in timeline where m.document >= 0 && m.document < documents.count { dates[m.document].append(m) }
        for i in dates.indices { dates[i].sort { $0.range.start < $1.range.start } }
        var result: [String: PreviousAnalysis] = [:]
        for (i, d) in documents.enumerated() {
            result[d.path] = PreviousAnalysis(document: d, extraction: extractions[i], dates: dates[i])
        }
        return result
    }
}

extension FileStamp: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(path)
        w.int(size)
        w.int(modified)
        w.varint(hash)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        path = try r.string()
        size = try r.int()
        modified = try r.int()
        hash = try r.varint()
    }
}

extension RelationStore {
    func write(to w: inout CacheWriter) {
        w.write(evidence)
        w.raw(cores)
        w.raw(evidenceRefs)
        w.raw(paragraphDocuments)
        w.raw(paragraphCounts)
        w.raw(pairKeys)
        w.raw(pairSlots)
    }

    /// A store read back, checked: every run must lie inside its table and every actor id must
    /// be a real actor, so that a damaged cache cannot make a lookup fail later.
    static func read(from r: inout CacheReader, actorCount: Int) throws(CacheCodingError) -> RelationStore {
        let evidence: [Evidence] = try r.read()
        let cores: [RelationCore] = try r.raw()
        let refs: [Int32] = try r.raw()
        let documents: [Int32] = try r.raw()
        let counts: [Int32] = try r.raw()
        let pairKeys: [Int64] = try r.raw()
        let pairSlots: [Int32] = try r.raw()
        guard documents.count == counts.count, pairKeys.count == cores.count, pairSlots.count == cores.count,
            refs.allSatisfy({ $0 >= 0 && Int($0) < evidence.count }),
            pairSlots.allSatisfy({ $0 >= 0 && Int($0) < cores.count })
        else {
            throw .malformed
        }
        for c in cores {
            guard c.a >= 0, c.b >= 0, Int(c.a) < actorCount, Int(c.b) < actorCount, c.evidenceStart >= 0,
                c.evidenceCount >= 0, Int(c.evidenceStart) + Int(c.evidenceCount) <= refs.count,
                c.paragraphStart >= 0, c.paragraphCount >= 0,
                Int(c.paragraphStart) + Int(c.paragraphCount) <= documents.count
            else { throw .malformed }
        }
        return RelationStore(
            sorted: cores, evidence: evidence, evidenceRefs: refs, paragraphDocuments: documents,
            paragraphCounts: counts, pairs: (pairKeys, pairSlots))
    }
}
