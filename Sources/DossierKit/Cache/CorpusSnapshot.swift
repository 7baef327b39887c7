/// An analysed corpus as the cache stores it, with what it was made from.
struct CorpusSnapshot: Codable {
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
    var relations: [RelationRecord]

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
        relations = corpus.relations.relations.map(RelationRecord.init)
    }

    /// The corpus, as it was.
    func corpus() -> Corpus {
        Corpus(
            documents: documents, warnings: warnings, sourceWarnings: sourceWarnings,
            actors: ActorIndex(restoring: actors, citedAuthors: citedAuthors, documentCount: documents.count),
            timeline: Timeline(entries: timeline), relations: RelationIndex(restoring: relations.map(\.relation)))
    }
}

/// One file of the corpus when the snapshot was taken.
struct FileStamp: Codable, Equatable {
    var path: String
    var size: Int
    /// Modification time in nanoseconds since 1970.
    var modified: Int
    /// FNV-1a of the file's bytes.
    var hash: UInt64
}

/// A relation without dictionaries (the binary coding stores arrays).
struct RelationRecord: Codable {
    var a: Int
    var b: Int
    var evidence: [Evidence]
    /// (document, paragraphs) pairs, flattened.
    var paragraphs: [Int]
    var weight: Double
    var documentCount: Int
    /// Counts in the order of `RelationType.allCases`.
    var typeCounts: [Int]

    init(_ r: Relation) {
        a = r.a
        b = r.b
        evidence = r.evidence
        paragraphs = r.paragraphs.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] }
        weight = r.weight
        documentCount = r.documentCount
        typeCounts = RelationType.allCases.map { r.typeCounts[$0] ?? 0 }
    }

    var relation: Relation {
        var para: [Int: Int] = [:]
        var i = 0
        while i + 1 < paragraphs.count {
            para[paragraphs[i]] = paragraphs[i + 1]
            i += 2
        }
        var counts: [RelationType: Int] = [:]
        for (t, n) in zip(RelationType.allCases, typeCounts) where n > 0 { counts[t] = n }
        return Relation(
            a: a, b: b, evidence: evidence, paragraphs: para, weight: weight, documentCount: documentCount,
            typeCounts: counts)
    }
}
