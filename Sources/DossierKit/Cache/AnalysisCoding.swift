// How actors, dates and relations are stored in the cache (see ``CacheCodable``).

extension Mention: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.int(document)
        w.int(sentence)
        w.write(range)
        w.bool(adjectival)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        let document = try r.int()
        let sentence = try r.int()
        let range: TextRange = try r.read()
        self.init(document: document, sentence: sentence, range: range, adjectival: try r.bool())
    }
}

extension DocumentCount: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.int(document)
        w.int(mentions)
        w.int(adjectival)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        let document = try r.int()
        let mentions = try r.int()
        self.init(document: document, mentions: mentions, adjectival: try r.int())
    }
}

extension Actor: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.int(id)
        w.string(name)
        w.choice(kind)
        w.write(aliases)
        w.write(mentions)
        w.int(mentionCount)
        w.int(adjectivalCount)
        w.write(documents)
        w.bool(fromCatalog)
        w.write(partOf)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        id = try r.int()
        name = try r.string()
        kind = try r.choice()
        aliases = try r.read()
        mentions = try r.read()
        mentionCount = try r.int()
        adjectivalCount = try r.int()
        documents = try r.read()
        fromCatalog = try r.bool()
        partOf = try r.read()
    }
}

extension CitedAuthor: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(name)
        w.write(documents)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        name = try r.string()
        documents = try r.read()
    }
}

extension Period: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.int(start)
        w.int(end)
        w.choice(precision)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        let start = try r.int()
        let end = try r.int()
        self.init(start: start, end: end, precision: try r.choice())
    }
}

extension DateMention: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.int(document)
        w.int(sentence)
        w.write(range)
        w.string(text)
        w.write(period)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        let document = try r.int()
        let sentence = try r.int()
        let range: TextRange = try r.read()
        let text = try r.string()
        self.init(document: document, sentence: sentence, range: range, text: text, period: try r.read())
    }
}

extension RelationType: CacheCodable {
    func write(to w: inout CacheWriter) { w.choice(self) }
    init(from r: inout CacheReader) throws(CacheCodingError) { self = try r.choice() }
}

extension Evidence: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.int(document)
        w.int(sentence)
        w.write(range)
        w.write(types)
        w.write(negatedTypes)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        document = try r.int()
        sentence = try r.int()
        range = try r.read()
        types = try r.read()
        negatedTypes = try r.read()
    }
}

extension ActorKey: CacheCodable {
    func write(to w: inout CacheWriter) {
        switch self {
        case .catalog(let i):
            w.bool(false)
            w.int(i)
        case .discovered(let kind, let name):
            w.bool(true)
            w.choice(kind)
            w.string(name)
        }
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        if try r.bool() {
            let kind: ActorKind = try r.choice()
            self = .discovered(kind, try r.string())
        } else {
            self = .catalog(try r.int())
        }
    }
}

extension RawMention: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.write(key)
        w.int(sentence)
        w.write(range)
        w.bool(adjectival)
        w.write(name)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        key = try r.read()
        sentence = try r.int()
        range = try r.read()
        adjectival = try r.bool()
        name = try r.read()
    }
}

extension PendingAcronym: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.string(acronym)
        w.int(sentence)
        w.write(range)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        acronym = try r.string()
        sentence = try r.int()
        range = try r.read()
    }
}

extension DocumentExtraction: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.write(mentions)
        w.varint(UInt64(definitions.count))
        for d in definitions {
            w.string(d.acronym)
            w.write(d.key)
            w.write(d.name)
        }
        w.write(pendingAcronyms)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        mentions = try r.read()
        definitions = []
        for _ in 0..<(try r.count()) {
            let acronym = try r.string()
            let key: ActorKey = try r.read()
            definitions.append((acronym, key, try r.read()))
        }
        pendingAcronyms = try r.read()
    }
}
