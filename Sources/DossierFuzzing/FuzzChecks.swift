import DossierKit

/// The invariants each fuzz target checks.
enum FuzzChecks {
    /// The built-in catalog compiled once per process: compiling it per input would make the
    /// fuzzer a thousand times slower.
    static let extractor = ActorExtractor(catalog: .builtIn)

    /// A small fixed corpus for the search target.
    static let searchCorpus: Corpus = {
        let texts = [
            "# Pipelines and Power\n\nBy Ana Silva\n\nTurkey and Azerbaijan signed the Treaty of Kars in 1921. "
                + "The Baku–Tbilisi–Ceyhan pipeline opened in 2006.\n\n## Sources\n\nSilva, A. (2019). Oil. *Review*.",
            "Nigeria, Niger and Mali met in Abuja on 3 May 2015. President Buhari spoke. Le Mali a signé.",
            "Москва и Баку. Türkiye və Azərbaycan. 北京 and Tokyo discussed the “Belt and Road”.",
        ]
        let documents = texts.enumerated().map { i, t in
            Document(
                id: i,
                source: SourceFile(
                    file: "doc\(i).txt", path: "doc\(i).txt", text: t, encoding: .utf8, warnings: [],
                    byteCount: t.utf8.count))
        }
        return Corpus(documents: documents, warnings: [], catalog: .builtIn, extractor: extractor)
    }()

    /// The search index of ``searchCorpus``.
    static let searchIndex = SearchIndex(documents: searchCorpus.documents)

    static func document(_ bytes: [UInt8]) -> Document? {
        guard case .success(let decoded) = TextDecoder.decode(bytes) else { return nil }
        let source = SourceFile(
            file: "fuzz.txt", path: "fuzz.txt", text: decoded.text, encoding: decoded.encoding, warnings: [],
            byteCount: bytes.count)
        return Document(id: 0, source: source)
    }

    static func parse(_ bytes: [UInt8]) {
        guard let d = document(bytes) else { return }
        let size = d.text.utf8.count
        let s = d.structure
        var previous = 0
        for sentence in s.sentences {
            require(sentence.range.start >= previous && sentence.range.end <= size, "sentence out of order or bounds")
            require(sentence.block < s.blocks.count, "sentence in a missing block")
            previous = sentence.range.start
            _ = d.displayText(of: sentence)
        }
        for block in s.blocks {
            for seg in block.segments { require(seg.start <= seg.end && seg.end <= size, "segment out of bounds") }
        }
        for h in s.hidden { require(h.start <= h.end && h.end <= size, "hidden range out of bounds") }
        for c in s.citations {
            require(c.range.end <= size, "citation out of bounds")
            if let r = c.reference { require(r < s.references.count, "citation to a missing reference") }
        }
        for section in s.sections { require(section.block < s.blocks.count, "section in a missing block") }
        requireSafe(TerminalSafe.sanitize(s.title))
        for a in s.authors { requireSafe(TerminalSafe.sanitize(a.name)) }
    }

    static func actors(_ bytes: [UInt8]) {
        guard let d = document(bytes) else { return }
        let corpus = Corpus(documents: [d], warnings: [], catalog: .builtIn, extractor: extractor)
        let size = d.text.utf8.count
        for actor in corpus.actors.actors {
            require(!actor.name.isEmpty, "an actor without a name")
            for m in actor.mentions {
                require(m.document == 0 && m.sentence < d.structure.sentences.count, "mention in a missing sentence")
                let sentence = d.structure.sentences[m.sentence].range
                require(m.range.start < m.range.end && m.range.end <= size, "mention range out of bounds")
                require(m.range.start >= sentence.start && m.range.end <= sentence.end, "mention outside its sentence")
            }
        }
        for r in corpus.relations.relations {
            require(r.a != r.b && r.a < corpus.actors.actors.count && r.b < corpus.actors.actors.count, "bad relation")
            require(r.weight > 0, "relation without weight")
        }
    }

    static func dates(_ bytes: [UInt8]) {
        guard let d = document(bytes) else { return }
        for m in DateExtractor.extract(d, id: 0) {
            require(m.period.start <= m.period.end, "period ends before it starts: \(m.text)")
            require(m.sentence < d.structure.sentences.count, "date in a missing sentence")
            require(m.range.end <= d.text.utf8.count, "date range out of bounds")
            _ = m.period.description
        }
    }

    static func search(_ bytes: [UInt8]) {
        let query = SearchQuery(String(decoding: bytes, as: UTF8.self))
        let corpus = searchCorpus
        for hit in searchIndex.search(query, actors: corpus.actors, limit: 20) {
            require(hit.document < corpus.documents.count, "hit in a missing document")
            let line = Concordance.line(for: hit, in: corpus)
            let size = corpus.documents[hit.document].text.utf8.count
            for r in line.matches { require(r.start <= r.end && r.end <= size, "match out of bounds") }
        }
    }

    static func catalog(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var catalog = Catalog()
        catalog.read(text, file: "fuzz.catalog")
        let lines = text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        for e in catalog.errors { require(e.line >= 1 && e.line <= lines, "error on a line that does not exist") }
        let d = searchCorpus.documents[0]
        let corpus = Corpus(documents: [d], warnings: [], catalog: catalog, extractor: ActorExtractor(catalog: catalog))
        for actor in corpus.actors.actors {
            require(!actor.mentions.isEmpty || actor.adjectivalCount > 0, "empty actor")
        }
    }

    static func requireSafe(_ text: String) {
        for s in text.unicodeScalars { require(TerminalSafe.visible(s) == s || s == "\t", "unsafe scalar survives") }
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz invariant: \(message())") }
    }
}
