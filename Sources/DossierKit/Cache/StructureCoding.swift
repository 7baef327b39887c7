// How documents and their structure are stored in the cache (see ``CacheCodable``).

extension Document: CacheCodable {
    func write(to w: inout CacheWriter) {
        writeHead(to: &w)
        w.section { writeBody(to: &$0) }
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        let head = try Head(from: &r)
        let bytes = try r.section()
        self.init(head, body: try Self.decodeBody(bytes))
    }

    /// The particulars: everything but the text and structure.
    func writeHead(to w: inout CacheWriter) {
        w.int(id)
        w.string(file)
        w.string(path)
        w.choice(encoding)
        w.write(warnings)
        w.int(byteCount)
        w.string(summary.title)
        w.write(summary.authors)
        w.write(summary.year)
        w.int(summary.wordCount)
        w.bool(summary.titleIsDerived)
        w.int(summary.sectionCount)
        w.int(summary.referenceCount)
    }

    /// Text and structure; a body restored from the cache, undamaged, is copied as it is.
    func writeBody(to w: inout CacheWriter) {
        if let stored = body.stored, DocumentBody.checksum(stored.bytes) == stored.sum {
            w.append(stored.bytes)
        } else {
            let content = body.content
            DocumentBody.write(text: content.text, structure: content.structure, to: &w)
        }
    }

    /// What ``writeHead(to:)`` writes.
    private struct Head {
        var id: Int
        var file: String
        var path: String
        var encoding: SourceEncoding
        var warnings: [String]
        var byteCount: Int
        var summary: DocumentSummary

        init(from r: inout CacheReader) throws(CacheCodingError) {
            id = try r.int()
            file = try r.string()
            path = try r.string()
            encoding = try r.choice()
            warnings = try r.read()
            byteCount = try r.int()
            summary = DocumentSummary(
                title: try r.string(), authors: try r.read(), year: try r.read(), wordCount: try r.int(),
                titleIsDerived: try r.bool(), sectionCount: try r.int(), referenceCount: try r.int())
        }
    }

    private init(_ h: Head, body: DocumentBody) {
        self.init(
            id: h.id, file: h.file, path: h.path, encoding: h.encoding, warnings: h.warnings, byteCount: h.byteCount,
            summary: h.summary, body: body)
    }

    /// Reads particulars and the place (offset, count, checksum) of the body in `bodies`. With `region` (the mapped file
    /// that `bodies` lie in) the body stays there and is decoded when first used; without, it
    /// is decoded now.
    init(from r: inout CacheReader, bodies: UnsafeRawBufferPointer, region: MappedRegion?) throws(CacheCodingError) {
        let head = try Head(from: &r)
        let offset = try r.int()
        let count = try r.int()
        let sum = try r.varint()
        guard offset >= 0, count >= 0, offset <= bodies.count, count <= bodies.count - offset else {
            throw .malformed
        }
        let bytes = UnsafeRawBufferPointer(rebasing: bodies[offset..<(offset + count)])
        if let region, let start = bytes.baseAddress, let base = region.bytes.baseAddress {
            self.init(
                head,
                body: DocumentBody(
                    stored: DocumentBody.Stored(
                        region: region, offset: start - base, count: count, sum: sum, path: head.path)))
        } else {
            guard DocumentBody.checksum(bytes) == sum else { throw .malformed }
            self.init(head, body: try Self.decodeBody(bytes))
        }
    }

    private static func decodeBody(_ bytes: UnsafeRawBufferPointer) throws(CacheCodingError) -> DocumentBody {
        var inner = CacheReader(bytes)
        let text = try inner.string()
        let structure: ArticleStructure = try inner.read()
        guard inner.isAtEnd else { throw .malformed }
        return DocumentBody(text: text, structure: structure)
    }
}

extension ArticleStructure: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(title)
        w.bool(titleIsDerived)
        w.write(translatedTitles)
        w.write(authors)
        w.write(affiliations)
        w.write(emails)
        w.write(orcids)
        w.write(dois)
        w.write(urls)
        w.write(year)
        w.write(abstracts)
        w.write(keywords)
        w.write(sections)
        w.write(blocks)
        w.write(sentences)
        w.write(references)
        w.write(citations)
        w.write(hidden)
        w.int(wordCount)
        w.write(language)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        title = try r.string()
        titleIsDerived = try r.bool()
        translatedTitles = try r.read()
        authors = try r.read()
        affiliations = try r.read()
        emails = try r.read()
        orcids = try r.read()
        dois = try r.read()
        urls = try r.read()
        year = try r.read()
        abstracts = try r.read()
        keywords = try r.read()
        sections = try r.read()
        blocks = try r.read()
        sentences = try r.read()
        references = try r.read()
        citations = try r.read()
        hidden = try r.read()
        wordCount = try r.int()
        language = try r.read()
    }
}

extension TranslatedTitle: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.write(language)
        w.string(text)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        language = try r.read()
        text = try r.string()
    }
}

extension Author: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(name)
        w.write(range)
        w.bool(fromSignature)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        name = try r.string()
        range = try r.read()
        fromSignature = try r.bool()
    }
}

extension Abstract: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.write(language)
        w.string(text)
        w.write(blocks)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        language = try r.read()
        text = try r.string()
        blocks = try r.read()
    }
}

extension KeywordList: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.write(language)
        w.write(terms)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        language = try r.read()
        terms = try r.read()
    }
}

extension Section: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(title)
        w.int(level)
        w.write(range)
        w.int(block)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        title = try r.string()
        level = try r.int()
        range = try r.read()
        block = try r.int()
    }
}

extension Block: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.choice(role)
        w.write(segments)
        w.write(section)
        w.write(marker)
        w.write(level)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        let role: BlockRole = try r.choice()
        let segments: [TextRange] = try r.read()
        let section: Int? = try r.read()
        let marker: String? = try r.read()
        self.init(role: role, segments: segments, section: section, marker: marker, level: try r.read())
    }
}

extension Sentence: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.write(range)
        w.int(block)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        let range: TextRange = try r.read()
        self.init(range: range, block: try r.int())
    }
}

extension Reference: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.write(number)
        w.write(surnames)
        w.write(year)
        w.write(range)
        w.int(block)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        number = try r.read()
        surnames = try r.read()
        year = try r.read()
        range = try r.read()
        block = try r.int()
    }
}

extension Citation: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(names)
        w.write(surnames)
        w.write(year)
        w.write(locator)
        w.write(number)
        w.write(range)
        w.write(reference)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        names = try r.string()
        surnames = try r.read()
        year = try r.read()
        locator = try r.read()
        number = try r.read()
        range = try r.read()
        reference = try r.read()
    }
}
