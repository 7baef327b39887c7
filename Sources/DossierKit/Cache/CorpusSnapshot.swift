/// An analysed corpus as the cache stores it, with what it was made from.
struct CorpusSnapshot: Sendable {
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
    /// Per document, what actor extraction found, encoded as the corpus keeps it: written
    /// last, in a section of its own, and read only when some files changed (see
    /// ``CorpusCache``).
    var extractions: [EncodedExtraction]
    /// The actor index, when reading already built it from ``actors``.
    var actorIndex: ActorIndex? = nil

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

    /// An empty snapshot with this header, filled as its sections are read.
    private init(build: String, inputs: String, files: [FileStamp], warnings: [String], sourceWarnings: [String]) {
        self.build = build
        self.inputs = inputs
        self.files = files
        self.warnings = warnings
        self.sourceWarnings = sourceWarnings
        documents = []
        actors = []
        citedAuthors = []
        timeline = []
        relations = .empty
        extractions = []
    }

    /// The corpus, as it was (its extractions kept when they were read).
    func corpus() -> Corpus {
        Corpus(
            documents: documents, warnings: warnings, sourceWarnings: sourceWarnings,
            actors: actorIndex
                ?? ActorIndex(restoring: actors, citedAuthors: citedAuthors, documentCount: documents.count),
            timeline: Timeline(sorted: timeline), relations: RelationIndex(store: relations))
    }
}

/// One file of the corpus when the snapshot was taken.
struct FileStamp: Equatable {
    var path: String
    var size: Int
    /// Modification time in nanoseconds since 1970.
    var modified: Int
    /// ``ContentHash`` of the file's bytes.
    var hash: UInt64
}

extension CorpusSnapshot {
    /// Documents per section of the file: sections are read on every core at once.
    static let documentsPerSection = 512

    /// The snapshot as the consecutive parts of a cache file: `magic`, a header, then sections
    /// that can be read independently (documents' particulars in runs of
    /// ``documentsPerSection``, actors, timeline, relations, the per-file extractions, read only
    /// when files changed) and last the documents' texts and structures. Those are encoded on
    /// every core, a run per part, and never copied into one buffer.
    func encoded(magic: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        write(magic: magic) { parts.append(Array($0)) }
        return parts
    }

    /// Hands the file to `emit` in parts, in order: the head (everything but the documents'
    /// bodies), then the bodies a few runs at a time. The head records where each body lies
    /// and its checksum, so the bodies are encoded twice (on every core): once for their
    /// sizes and sums, once to be written, and never all held at once.
    func write(magic: [UInt8], emit: (UnsafeRawBufferPointer) -> Void) {
        let documents = self.documents
        let runs = Array(stride(from: 0, to: documents.count, by: Self.documentsPerSection))
        @Sendable func encodeRun(_ start: Int) -> (bytes: [UInt8], spans: [(offset: Int, count: Int, sum: UInt64)]) {
            let end = min(start + Self.documentsPerSection, documents.count)
            var w = CacheWriter(capacity: documents[start..<end].reduce(0) { $0 + $1.byteCount } * 2)
            var spans: [(offset: Int, count: Int, sum: UInt64)] = []
            spans.reserveCapacity(end - start)
            for i in start..<end {
                let at = w.count
                documents[i].writeBody(to: &w)
                let sum = w.bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[at...])) }
                spans.append((at, w.count - at, sum))
            }
            return (w.bytes, spans)
        }
        let spans = Parallel.map(runs, eachAlone: true) { _, start in encodeRun(start).spans }
        var w = CacheWriter(capacity: 1 << 20)
        w.append(magic)
        w.string(build)
        w.string(inputs)
        w.write(files)
        w.write(warnings)
        w.write(sourceWarnings)
        w.int(documents.count)
        w.int(actors.count)
        w.varint(UInt64(runs.count))
        var base = 0
        for (run, start) in runs.enumerated() {
            w.section {
                $0.varint(UInt64(spans[run].count))
                for (k, span) in spans[run].enumerated() {
                    documents[start + k].writeHead(to: &$0)
                    $0.int(base + span.offset)
                    $0.int(span.count)
                    $0.varint(span.sum)
                }
            }
            base += spans[run].last.map { $0.offset + $0.count } ?? 0
        }
        // Each large section is handed over as soon as it is encoded.
        func flush() {
            w.bytes.withUnsafeBytes(emit)
            w = CacheWriter(capacity: 1 << 20)
        }
        flush()
        w.section {
            $0.write(actors)
            $0.write(citedAuthors)
        }
        flush()
        w.section { $0.write(timeline) }
        // The relation tables, the largest section, go to the file from where they lie.
        let tables = relations.tables
        w.sectionLength(tables.reduce(0) { $0 + CacheWriter.varintLength(UInt64($1.count)) + $1.bytes.count })
        for table in tables {
            w.varint(UInt64(table.count))
            flush()
            emit(table.bytes)
        }
        w.section { $0.write(extractions) }
        // Last, the documents' text and structure, each where its particulars say: a section
        // whose bytes are the parts that follow.
        w.sectionLength(base)
        flush()
        // The bodies, as many runs at a time as there are cores.
        let batch = max(1, Parallel.threads)
        for first in stride(from: 0, to: runs.count, by: batch) {
            let some = Array(runs[first..<min(first + batch, runs.count)])
            for run in Parallel.map(some, eachAlone: true, { _, start in encodeRun(start).bytes }) {
                run.withUnsafeBytes(emit)
            }
        }
    }

    /// One independent part of the file and what reading it gives.
    private enum Part: @unchecked Sendable {
        case documents(UnsafeRawBufferPointer, bodies: UnsafeRawBufferPointer, region: MappedRegion?)
        case actors(UnsafeRawBufferPointer, documentCount: Int)
        case timeline(UnsafeRawBufferPointer)
        case relations(UnsafeRawBufferPointer, actorCount: Int, documentCount: Int, region: MappedRegion?)
    }

    private enum Decoded: Sendable {
        case documents([Document])
        case actors([Actor], [CitedAuthor], ActorIndex)
        case timeline([DateMention])
        case relations(RelationStore)
        case damaged
    }

    /// Reads a snapshot, its sections on every core; the per-file extractions only when
    /// `wantsExtractions` says so once the rest is read. Nil when the bytes are damaged. With
    /// `region` (the mapped file that `bytes` lie in), documents leave their text and structure
    /// there until first used.
    static func read(
        from bytes: UnsafeRawBufferPointer, region: MappedRegion? = nil, wantsExtractions: (CorpusSnapshot) -> Bool
    ) -> CorpusSnapshot? {
        var r = CacheReader(bytes)
        do {
            let build = try r.string()
            let inputs = try r.string()
            let files: [FileStamp] = try r.read()
            let warnings: [String] = try r.read()
            let sourceWarnings: [String] = try r.read()
            let documentCount = try r.int()
            let actorCount = try r.int()
            let runs = try r.count()
            var heads: [UnsafeRawBufferPointer] = []
            for _ in 0..<runs { heads.append(try r.section()) }
            // The longest parts first, so that both cores finish together.
            var parts = [
                Part.actors(try r.section(), documentCount: documentCount), .timeline(try r.section()),
                .relations(try r.section(), actorCount: actorCount, documentCount: documentCount, region: region),
            ]
            let extractionBytes = try r.section()
            let bodies = try r.section()
            guard r.isAtEnd, documentCount >= 0, actorCount >= 0 else { return nil }
            parts += heads.map { .documents($0, bodies: bodies, region: region) }
            let decoded = Parallel.map(parts, eachAlone: true) { _, part in decode(part) }
            var snapshot = CorpusSnapshot(
                build: build, inputs: inputs, files: files, warnings: warnings, sourceWarnings: sourceWarnings)
            snapshot.documents.reserveCapacity(documentCount)
            for d in decoded {
                switch d {
                case .documents(let docs): snapshot.documents += docs
                case .actors(let a, let c, let index):
                    snapshot.actors = a
                    snapshot.citedAuthors = c
                    snapshot.actorIndex = index
                case .timeline(let t): snapshot.timeline = t
                case .relations(let store): snapshot.relations = store
                case .damaged: return nil
                }
            }
            guard snapshot.documents.count == documentCount, snapshot.actors.count == actorCount else { return nil }
            if wantsExtractions(snapshot) {
                var inner = CacheReader(extractionBytes)
                snapshot.extractions = try inner.read()
                guard inner.isAtEnd else { return nil }
            }
            return snapshot
        } catch {
            return nil
        }
    }

    private static func decode(_ part: Part) -> Decoded {
        do throws(CacheCodingError) {
            switch part {
            case .documents(let bytes, let bodies, let region):
                var r = CacheReader(bytes)
                let n = try r.count()
                var docs: [Document] = []
                docs.reserveCapacity(n)
                for _ in 0..<n { docs.append(try Document(from: &r, bodies: bodies, region: region)) }
                return r.isAtEnd ? .documents(docs) : .damaged
            case .actors(let bytes, let documentCount):
                var r = CacheReader(bytes)
                let actors: [Actor] = try r.read()
                let cited: [CitedAuthor] = try r.read()
                guard r.isAtEnd else { return .damaged }
                let index = ActorIndex(restoring: actors, citedAuthors: cited, documentCount: documentCount)
                return .actors(actors, cited, index)
            case .timeline(let bytes):
                var r = CacheReader(bytes)
                let entries: [DateMention] = try r.read()
                return r.isAtEnd ? .timeline(entries) : .damaged
            case .relations(let bytes, let actorCount, let documentCount, let region):
                var r = CacheReader(bytes)
                let store = try RelationStore.read(
                    from: &r, actorCount: actorCount, documentCount: documentCount, region: region)
                return r.isAtEnd ? .relations(store) : .damaged
            }
        } catch {
            return .damaged
        }
    }

    /// The analyses of the snapshot's documents by path, to reuse for unchanged files; empty
    /// when the snapshot holds no extractions.
    func previousAnalyses() -> [String: PreviousAnalysis] {
        guard extractions.count == documents.count,
            let decoded = try? Parallel.map(extractions, { _, e in Result { try e.decoded() } }).map({ try $0.get() })
        else { return [:] }
        var dates = [[DateMention]](repeating: [], count: documents.count)
        for m in timeline where m.document >= 0 && m.document < documents.count { dates[m.document].append(m) }
        for i in dates.indices { dates[i].sort { $0.range.start < $1.range.start } }
        var result: [String: PreviousAnalysis] = [:]
        for (i, d) in documents.enumerated() {
            result[d.path] = PreviousAnalysis(document: d, extraction: decoded[i], dates: dates[i])
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
    /// The tables as the cache stores them, in order: each is its count, then its bytes.
    var tables: [(count: Int, bytes: UnsafeRawBufferPointer)] {
        [
            (evidence.count, evidence.bytes), (cores.count, cores.bytes), (evidenceRefs.count, evidenceRefs.bytes),
            (paragraphDocuments.count, paragraphDocuments.bytes), (paragraphCounts.count, paragraphCounts.bytes),
            (pairKeys.count, pairKeys.bytes), (pairSlots.count, pairSlots.bytes),
        ]
    }

    /// A store read back, checked: every run must lie inside its table and every actor id must
    /// be a real actor, so that a damaged cache cannot make a lookup fail later. With `region`
    /// (the mapped file `r` reads from) the tables stay where they lie in it.
    static func read(
        from r: inout CacheReader, actorCount: Int, documentCount: Int, region: MappedRegion?
    ) throws(CacheCodingError) -> RelationStore {
        let evidence: Table<EvidenceRecord> = try r.table(region)
        let cores: Table<RelationCore> = try r.table(region)
        let refs: Table<Int32> = try r.table(region)
        let documents: Table<Int32> = try r.table(region)
        let counts: Table<Int32> = try r.table(region)
        let pairKeys: Table<Int64> = try r.table(region)
        let pairSlots: Table<Int32> = try r.table(region)
        guard documents.count == counts.count, pairKeys.count == cores.count, pairSlots.count == cores.count,
            refs.allSatisfy({ $0 >= 0 && Int($0) < evidence.count }),
            pairSlots.allSatisfy({ $0 >= 0 && Int($0) < cores.count }),
            evidence.allSatisfy({ $0.isWellFormed && Int($0.document) < documentCount }),
            documents.allSatisfy({ $0 >= 0 && Int($0) < documentCount })
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
            paragraphCounts: counts, pairKeys: pairKeys, pairSlots: pairSlots)
    }
}
