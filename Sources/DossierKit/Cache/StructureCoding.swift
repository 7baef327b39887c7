// How documents and their structure are stored in the cache (see ``CacheCodable``).

extension Document: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.int(id)
        w.string(file)
        w.string(path)
        w.string(text)
        w.choice(encoding)
        w.write(warnings)
        w.int(byteCount)
        w.write(structure)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        id = try r.int()
        file = try r.string()
        path = try r.string()
        text = try r.string()
        encoding = try r.choice()
        warnings = try r.read()
        byteCount = try r.int()
        structure = try r.read()
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
        role = try r.choice()
        segments = try r.read()
        section = try r.read()
        marker = try r.read()
        level = try r.read()
    }
}

extension Sentence: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.write(range)
        w.int(block)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        range = try r.read()
        block = try r.int()
    }
}

extension Reference: CacheCodable {
    func write(to w: inout CacheWriter) {
        w.write(number)
        w.string(raw)
        w.write(authors)
        w.write(surnames)
        w.write(year)
        w.write(title)
        w.write(venue)
        w.write(doi)
        w.write(url)
        w.write(range)
    }

    init(from r: inout CacheReader) throws(CacheCodingError) {
        number = try r.read()
        raw = try r.string()
        authors = try r.read()
        surnames = try r.read()
        year = try r.read()
        title = try r.read()
        venue = try r.read()
        doi = try r.read()
        url = try r.read()
        range = try r.read()
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
