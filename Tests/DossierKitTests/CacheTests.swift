import Foundation
import Testing

@testable import DossierKit

/// The on-disk cache: a second open reads it, and anything that changes what the analysis
/// would be makes dossier analyse again.
@Suite struct CacheTests {
    let root: URL
    let corpus: URL
    let cache: CorpusCache

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cache-\(UUID().uuidString)")
        corpus = root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds) {
            try FileManager.default.copyItem(
                atPath: Fixtures.seeds + "/" + name, toPath: corpus.appendingPathComponent(name).path)
        }
        cache = CorpusCache(folder: root.appendingPathComponent("cache").path)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }

    func open() throws -> (Corpus, CorpusCache.Outcome, [String]) {
        let r = try cache.open(paths: [corpus.path])
        return (r.corpus, r.outcome, r.warnings)
    }

    @Test func aSecondOpenReadsTheCacheAndGivesTheSameCorpus() throws {
        defer { cleanUp() }
        let (first, outcome1, warnings1) = try open()
        #expect(outcome1 == .analysed && warnings1.isEmpty)
        let (second, outcome2, warnings2) = try open()
        #expect(outcome2 == .hit && warnings2.isEmpty)
        #expect(second.documents.map(\.structure) == first.documents.map(\.structure))
        #expect(second.documents.map(\.text) == first.documents.map(\.text))
        #expect(second.warnings == first.warnings)
        #expect(second.actors.actors.map(\.name) == first.actors.actors.map(\.name))
        #expect(second.actors.actors.map(\.mentions) == first.actors.actors.map(\.mentions))
        #expect(second.actors.actors.map(\.aliases) == first.actors.actors.map(\.aliases))
        #expect(second.actors.citedAuthors == first.actors.citedAuthors)
        #expect(second.actors.actor(named: "Türkiye")?.name == "Turkey")
        #expect(second.timeline.entries == first.timeline.entries)
        #expect(second.relations.relations.map(\.evidence) == first.relations.relations.map(\.evidence))
        #expect(second.relations.relations.map(\.weight) == first.relations.relations.map(\.weight))
        #expect(second.relations.relations.map(\.paragraphs) == first.relations.relations.map(\.paragraphs))
        #expect(second.relations.relations.map(\.typeCounts) == first.relations.relations.map(\.typeCounts))
        let turkey = try #require(second.actors.actor(named: "Turkey"))
        #expect(second.relations.relations(of: turkey.id).count == first.relations.relations(of: turkey.id).count)
        // Nothing was written inside the corpus.
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.path).count == 5)
    }

    @Test func theCacheWrittenInTheBackgroundIsWholeOnceWaitedForOrAWarning() throws {
        defer { cleanUp() }
        let (corpus, outcome, warnings, write) = try cache.openWritingLater(paths: [corpus.path])
        #expect(outcome == .analysed && warnings.isEmpty && corpus.documents.count == 5)
        let pending = try #require(write)
        #expect(pending.wait() == nil && pending.isDone)
        let folder = cache.folder + "/corpora"
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
        let (_, again, _) = try open()
        #expect(again == .hit)

        // What a killed write left is removed by the next write; a running one's file is not.
        let dead = folder + "/" + AtomicFile.temporaryPrefix + "x.dossier-cache-\(Int32.max)-7"
        let alive = folder + "/" + AtomicFile.temporaryPrefix + "x.dossier-cache-\(getpid())-7"
        for leftover in [dead, alive] { try Data("partial".utf8).write(to: URL(fileURLWithPath: leftover)) }
        try FileManager.default.removeItem(atPath: cache.file(for: [self.corpus.path]))
        let (_, _, _, rewrite) = try cache.openWritingLater(paths: [self.corpus.path])
        #expect(try #require(rewrite).wait() == nil)
        #expect(!FileManager.default.fileExists(atPath: dead) && FileManager.default.fileExists(atPath: alive))

        // A cache folder that cannot be made: the corpus opens, the write ends with a warning.
        let blocked = CorpusCache(folder: root.appendingPathComponent("blocked").path)
        try Data("not a folder".utf8).write(to: root.appendingPathComponent("blocked"))
        let (opened, _, _, failing) = try blocked.openWritingLater(paths: [self.corpus.path])
        #expect(opened.documents.count == 5)
        let failingWrite = try #require(failing)
        let warning = try #require(failingWrite.wait())
        #expect(warning.contains("blocked") && warning.contains("the cache is not kept"))
    }

    @Test func progressCountsTheArticlesAnalysedThenTheIndex() throws {
        defer { cleanUp() }
        let progress = AnalysisProgress()
        #expect(progress.line(total: 12_345, megabytes: 63.4) == "dossier: analysing 0 of 12,345 articles (63.4 MB)…")
        let (corpus, _, _, write) = try cache.openWritingLater(paths: [corpus.path], progress: progress)
        write?.wait()
        #expect(progress.state.phase == .done && progress.state.documents == corpus.documents.count)
        #expect(
            progress.line(total: 5, megabytes: 0.1)
                == "dossier: analysed 5 articles (0.1 MB); indexing actors and relations…")
        // From the cache nothing is analysed.
        let again = AnalysisProgress()
        _ = try cache.openWritingLater(paths: [self.corpus.path], progress: again)
        #expect(again.state.documents == 0)
    }

    @Test func onlyAChangedFileIsAnalysedAgainAndATouchedOneIsNot() throws {
        defer { cleanUp() }
        _ = try open()
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted().first)
        let path = corpus.appendingPathComponent(file).path
        // A new time, the same bytes: still the cache.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: path)
        #expect(try open().1 == .hit)
        #expect(try open().1 == .hit)
        // New bytes: analysed again, and the change shows.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data((text + "\n\nThe Republic of Atlantis Council met in 1999.\n").utf8).write(
            to: URL(fileURLWithPath: path))
        let (changed, outcome, _) = try open()
        #expect(outcome == .updated(analysed: 1))
        // Actors and relations are rebuilt from every file, but the unchanged files' bodies are
        // decoded from the cache for that pass only: none of them stays in memory.
        #expect(changed.documents.map(\.body.isDecoded).filter { $0 }.count == 1)
        #expect(changed.documents.contains { $0.text.contains("Republic of Atlantis Council met in 1999") })
        try expectSameAsAFreshAnalysis(changed)
        #expect(try open().1 == .hit)
        // A new file is analysed, a removed one dropped; the others are taken as they were.
        try Data(
            "Relations\n\nChile and Peru signed a treaty in Lima in 1999 after long talks about the border.\n".utf8
        ).write(to: corpus.appendingPathComponent("002a-new.txt"))
        var heard: [CorpusCache.Work] = []
        let (more, outcome2, _) = try cache.open(paths: [corpus.path], beforeAnalysis: { heard.append($0) })
        #expect(outcome2 == .updated(analysed: 1) && more.documents.count == 6)
        #expect(heard.map(\.files) == [1] && heard.map(\.total) == [6])  // what the progress line says
        #expect(more.actors.actor(named: "Lima")?.documents.map(\.document) == [3])  // the files after it move up
        try expectSameAsAFreshAnalysis(more)
        try FileManager.default.removeItem(atPath: path)
        let (fewer, outcome3, _) = try open()
        #expect(outcome3 == .updated(analysed: 0) && fewer.documents.count == 5)
        try expectSameAsAFreshAnalysis(fewer)
        #expect(try open().1 == .hit)
    }

    /// `corpus`, partly from the cache, is what analysing every file afresh gives.
    func expectSameAsAFreshAnalysis(_ corpus: Corpus, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fresh = try Corpus.open(paths: [self.corpus.path])
        #expect(corpus.documents.map(\.id) == fresh.documents.map(\.id), sourceLocation: sourceLocation)
        #expect(corpus.documents.map(\.structure) == fresh.documents.map(\.structure), sourceLocation: sourceLocation)
        #expect(corpus.actors.actors.map(\.name) == fresh.actors.actors.map(\.name), sourceLocation: sourceLocation)
        #expect(
            corpus.actors.actors.map(\.mentions) == fresh.actors.actors.map(\.mentions), sourceLocation: sourceLocation)
        #expect(corpus.timeline.entries == fresh.timeline.entries, sourceLocation: sourceLocation)
        #expect(
            corpus.relations.relations.map(\.evidence) == fresh.relations.relations.map(\.evidence),
            sourceLocation: sourceLocation)
    }

    @Test func theUsersCatalogAndTheOptionsArePartOfTheKey() throws {
        defer { cleanUp() }
        _ = try open()
        try Data("ignore: Turkey\n".utf8).write(to: corpus.appendingPathComponent("dossier.catalog"))
        let (corrected, outcome, warnings) = try open()
        #expect(outcome == .analysed && warnings.isEmpty)
        #expect(corrected.actors.actor(named: "Turkey") == nil)
        #expect(try open().1 == .hit)
        let other = try cache.open(paths: [corpus.path], loader: CorpusLoader(extensions: ["md"]))
        #expect(other.outcome == .analysed)
    }

    @Test func aDamagedCacheIsReplacedWithAWarning() throws {
        defer { cleanUp() }
        _ = try open()
        let file = cache.file(for: [corpus.path])
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        for damage in [
            Array(bytes.prefix(bytes.count / 2)), Array(bytes.prefix(10)), [UInt8](repeating: 0xFF, count: 4096),
        ] {
            try Data(damage).write(to: URL(fileURLWithPath: file))
            let (corpus, outcome, warnings) = try open()
            #expect(outcome == .analysed)
            #expect(warnings == ["\(file): damaged cache; analysing the corpus again"])
            #expect(corpus.documents.count == 5)
            #expect(try open().1 == .hit)
        }
        #expect(file.hasPrefix(root.appendingPathComponent("cache/corpora/corpus-").path))
    }

    @Test func aCorpusFromTheCacheDecodesOnlyTheDocumentsThatAreRead() throws {
        defer { cleanUp() }
        let (fresh, _, _) = try open()
        let (restored, outcome, _) = try open()
        #expect(outcome == .hit)
        #expect(restored.documents.allSatisfy { !$0.body.isDecoded })
        // Lists and sorts use the summaries, which come with the particulars.
        #expect(restored.documents.map(\.summary) == fresh.documents.map(\.summary))
        #expect(restored.documents.map(\.summary.title) == fresh.documents.map(\.structure.title))
        // Indexing reads every document without keeping them decoded.
        let index = SearchIndex(documents: restored.documents)
        #expect(index.sentenceCount == SearchIndex(documents: fresh.documents).sentenceCount)
        #expect(restored.documents.allSatisfy { !$0.body.isDecoded })
        // Reading one decodes that one.
        #expect(restored.documents[1].text == fresh.documents[1].text)
        #expect(restored.documents.map(\.body.isDecoded) == [false, true, false, false, false])
        // Mentions of one document are gathered without a corpus-wide table.
        for d in fresh.documents.indices {
            let a = restored.actors.mentionsByDocument[d]
            let b = fresh.actors.mentionsByDocument.flat()[d]
            #expect(a.map(\.actor) == b.map(\.actor) && a.map(\.mention) == b.map(\.mention))
        }
    }

    @Test func documentsFromTheCacheAreDecodedWhenUsedAndADamagedOneIsReadFromItsFile() throws {
        defer { cleanUp() }
        let (fresh, _, _) = try open()
        let file = cache.file(for: [corpus.path])
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        // The documents' texts lie last in the file: damage a stretch of them without touching
        // any length, so that the file still opens as a whole.
        for i in (bytes.count - 3000)..<(bytes.count - 2000) where bytes[i] >= 0x61 && bytes[i] <= 0x7A {
            bytes[i] = 0x5A
        }
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let (restored, outcome, warnings) = try open()
        #expect(outcome == .hit && warnings.isEmpty)
        #expect(restored.documents.map(\.text) == fresh.documents.map(\.text))
        #expect(restored.documents.map(\.structure) == fresh.documents.map(\.structure))
        // A restored corpus written again (a file's time changed) keeps every document whole.
        let path = try #require(fresh.documents.first).path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: path)
        #expect(try open().1 == .hit)
        let (again, outcome2, _) = try open()
        #expect(outcome2 == .hit)
        #expect(again.documents.map(\.text) == fresh.documents.map(\.text))
        #expect(again.documents.map(\.structure) == fresh.documents.map(\.structure))
    }

    @Test func cacheCodingRoundTripsAndRejectsEveryTruncation() throws {
        struct Sample: CacheCodable, Equatable {
            var a: Int?
            var b: String?
            var c: [Int]
            var d: Double
            var e: [[String]]
            var f: Bool
            var g: [TextRange]

            init(a: Int?, b: String?, c: [Int], d: Double, e: [[String]], f: Bool, g: [TextRange]) {
                (self.a, self.b, self.c, self.d, self.e, self.f, self.g) = (a, b, c, d, e, f, g)
            }

            func write(to w: inout CacheWriter) {
                w.write(a)
                w.write(b)
                w.write(c)
                w.double(d)
                w.varint(UInt64(e.count))
                for x in e { w.write(x) }
                w.bool(f)
                w.write(g)
            }

            init(from r: inout CacheReader) throws(CacheCodingError) {
                a = try r.read()
                b = try r.read()
                c = try r.read()
                d = try r.double()
                e = []
                for _ in 0..<(try r.count()) { e.append(try r.read()) }
                f = try r.bool()
                g = try r.read()
            }
        }
        let values = [
            Sample(
                a: nil, b: "ə ş İ “x” 北京", c: [], d: -0.5, e: [[], ["a"]], f: true,
                g: [TextRange(0, 3), TextRange(1 << 40, 1 << 41)]),
            Sample(a: Int.min, b: nil, c: [0, -1, Int.max, Int.min], d: .infinity, e: [], f: false, g: []),
        ]
        for v in values {
            #expect(try CacheCoding.decode(Sample.self, from: CacheCoding.encode(v)) == v)
        }
        let bytes = CacheCoding.encode(values[0])
        for cut in 0..<bytes.count {
            #expect(throws: CacheCodingError.self) {
                try CacheCoding.decode(Sample.self, from: Array(bytes.prefix(cut)))
            }
        }
        #expect(throws: CacheCodingError.trailingBytes) { try CacheCoding.decode(Sample.self, from: bytes + [0]) }
        // A length far beyond the bytes left is damage, not a huge allocation.
        #expect(throws: CacheCodingError.truncated) {
            try CacheCoding.decode(Sample.self, from: [0, 1, 0xFF, 0xFF, 0xFF, 0x7F])
        }
    }

    @Test func theEncodedExtractionsACorpusKeepsAreWhatTheExtractorFound() throws {
        defer { cleanUp() }
        let fresh = try Corpus.open(paths: [corpus.path])
        let extractor = ActorExtractor(catalog: UserCatalogs.catalog(for: [corpus.path]))
        #expect(fresh.extractions.count == fresh.documents.count)
        for (d, kept) in zip(fresh.documents, fresh.extractions) {
            let found = extractor.extractWithDates(d, id: 0).extraction
            #expect(!found.mentions.isEmpty)
            // The bytes kept are the extraction's, and decode back to it.
            #expect(kept.bytes == CacheCoding.encode(found))
            #expect(CacheCoding.encode(try kept.decoded()) == kept.bytes)
            let again = try kept.bytes.withUnsafeBytes { raw in
                var r = CacheReader(raw)
                let e = try EncodedExtraction(from: &r)
                #expect(r.isAtEnd)
                return e
            }
            #expect(again.bytes == kept.bytes)
        }
        // A list of them is written as the list of decoded extractions would be.
        let decoded = try fresh.extractions.map { try $0.decoded() }
        var asKept = CacheWriter()
        asKept.write(fresh.extractions)
        var asDecoded = CacheWriter()
        asDecoded.write(decoded)
        #expect(asKept.bytes == asDecoded.bytes)
    }
}
