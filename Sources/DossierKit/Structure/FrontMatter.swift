/// The front matter: title, translated titles, byline, affiliations, identifiers and dates.
extension ParserState {
    /// The index of the first block of the body (abstract, keywords, first section or first
    /// long paragraph). Everything before it is front matter.
    func frontMatterEnd() -> Int {
        var afterCitationLabel = false
        for (i, block) in blocks.enumerated() {
            if block.role == .licence { continue }
            let first = lines[block.lines[0]].text
            if abstractMarker(first) != nil || keywordMarker(first) != nil { return i }
            if block.markdownLevel != nil && i > 0 { return i }
            if block.lines.count == 1 && SectionLexicon.topLevel.contains(SectionLexicon.key(first)) { return i }
            if block.marker != nil || i >= 20 { return i }
            let text = block.text
            if block.wordCount >= 40 { return i }
            if afterCitationLabel {
                afterCitationLabel = false
                continue
            }
            if isMetadataLine(text) {
                afterCitationLabel = isCitationLabel(text) && Patterns.yearsInMetadata(text).isEmpty
                continue
            }
            if block.wordCount >= 40 { return i }
            let nameLike = block.lines.allSatisfy { NameHeuristics.personNames(in: lines[$0].text) != nil }
            // A short sentence that names an institution ("The Foreign Ministry said…") is
            // prose, not an affiliation.
            if block.wordCount <= 20
                && (nameLike || (NameHeuristics.isAffiliation(text) && !NameHeuristics.readsAsProse(text)))
            {
                continue
            }
            if !Self.endsSentence(text) && block.wordCount <= 30 { continue }
            if i == 0 && block.wordCount <= 20 && text.last == "?" { continue }
            return i
        }
        return blocks.count
    }

    /// The first 32 characters of `text` in lower case: all that the label tests on a line's
    /// start (``String/hasPrefix(_:)`` with at most 18 characters) look at, without lower-casing
    /// a long line whole.
    static func lowercasedOpening(_ text: String) -> String {
        // ASCII without a carriage return up to the 33rd byte: the first 32 characters are the
        // first 32 bytes.
        var copy = text
        let ascii = copy.withUTF8 { b -> String? in
            guard !b.prefix(33).contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            let n = min(b.count, 32)
            return String(unsafeUninitializedCapacity: n) { out in
                for i in 0..<n { out[i] = UTF8Bytes.lowercased(b[i]) }
                return n
            }
        }
        return ascii ?? Lowercasing.lowercased(String(text.prefix(32)))
    }

    /// "Suggested citation", "How to cite" and similar labels.
    func isCitationLabel(_ text: String) -> Bool {
        let lower = Self.lowercasedOpening(text)
        return ["suggested citation", "cite this article", "how to cite", "to cite this", "citation:", "cite as"]
            .contains { lower.hasPrefix($0) }
    }

    /// E-mail, ORCID, DOI, URL, citation label or date line.
    func isMetadataLine(_ text: String) -> Bool {
        guard text.utf8.count <= 400 else { return false }
        let lower = Self.lowercasedOpening(text)
        if isCitationLabel(text) || Patterns.isDateOnly(text) { return true }
        if [
            "received", "accepted", "published", "available online", "©", "copyright", "date:", "revised", "submitted",
            "e-mail", "email", "orcid", "doi",
        ]
        .contains(where: { lower.hasPrefix($0) }) {
            return true
        }
        // The link tests first: they rule most lines out on a byte scan, before the line is split.
        return !Patterns.emails(in: text).isEmpty || !Patterns.orcids(in: text).isEmpty
            || ((!Patterns.dois(in: text).isEmpty || !Patterns.urls(in: text).isEmpty)
                && text.split(separator: " ").count <= 3)
    }

    /// Reads the front matter line by line.
    mutating func parseFrontMatter(upTo end: Int) {
        var titleLines: [Int] = []
        var titleRanges: [TextRange] = []
        var titleDone = false
        var titleLanguage: String? = nil
        var expectCitation = false
        var lastKind: BlockRole? = nil
        var years: [Int] = []
        for b in 0..<end {
            if blocks[b].role == .licence {
                titleDone = titleDone || !titleLines.isEmpty
                continue
            }
            var roles: [BlockRole] = []
            for li in blocks[b].lines {
                let line = lines[li]
                let text = line.text
                let lower = Self.lowercasedOpening(text)
                var role: BlockRole = .frontMatter
                let emails = Patterns.emails(in: text)
                let orcids = Patterns.orcids(in: text)
                let dois = Patterns.dois(in: text)
                let urls = Patterns.urls(in: text)
                let isCitationLabel = self.isCitationLabel(text)
                let isDateLine =
                    [
                        "received", "accepted", "published", "available online", "©", "copyright", "date:", "revised",
                        "submitted",
                    ]
                    .contains { lower.hasPrefix($0) } || Patterns.isDateOnly(text)
                if !emails.isEmpty || !orcids.isEmpty || !dois.isEmpty || !urls.isEmpty || isCitationLabel || isDateLine
                    || expectCitation
                {
                    structure.emails += emails
                    structure.orcids += orcids
                    structure.dois += dois
                    structure.urls += urls.filter { u in
                        !dois.contains { u.contains($0) } && !orcids.contains { u.contains($0) }
                    }
                    if expectCitation || isDateLine { years += Patterns.yearsInMetadata(text) }
                    expectCitation = isCitationLabel && Patterns.yearsInMetadata(text).isEmpty
                    if isCitationLabel { years += Patterns.yearsInMetadata(text) }
                    titleDone = titleDone || !titleLines.isEmpty
                    roles.append(.frontMatter)
                    lastKind = .frontMatter
                    continue
                }
                let names = NameHeuristics.personNames(in: text)
                let affiliation = NameHeuristics.isAffiliation(text)
                let language = LanguageGuess.guess(text)
                if !titleDone {
                    if titleLines.isEmpty {
                        if let names, lower.hasPrefix("by ") {
                            addAuthors(names, line: line)
                            role = .frontMatter
                        } else {
                            titleLines.append(li)
                            titleRanges.append(titleRange(b, li))
                            titleLanguage = language
                            role = .title
                        }
                    } else if let names {
                        addAuthors(names, line: line)
                        titleDone = true
                    } else if affiliation {
                        structure.affiliations.append(text.trimmingCharacters(in: ",;. "))
                        titleDone = true
                    } else if let language, let main = titleLanguage ?? mainLanguage, language != main {
                        structure.translatedTitles.append(TranslatedTitle(language: language, text: text))
                        role = .translatedTitle
                        titleDone = true
                    } else if titleLines.count < 4 {
                        titleLines.append(li)
                        titleRanges.append(titleRange(b, li))
                        if titleLanguage == nil { titleLanguage = language }
                        role = .title
                    } else {
                        titleDone = true
                    }
                } else if lastKind == .translatedTitle || lastKind == .title, let language,
                    let main = titleLanguage ?? mainLanguage, language != main, names == nil, !affiliation
                {
                    structure.translatedTitles.append(TranslatedTitle(language: language, text: text))
                    role = .translatedTitle
                } else if let names {
                    addAuthors(names, line: line)
                } else if affiliation {
                    structure.affiliations.append(text.trimmingCharacters(in: ",;. "))
                }
                roles.append(role)
                lastKind = role
            }
            blocks[b].role =
                roles.contains(.title) ? .title : (roles.contains(.translatedTitle) ? .translatedTitle : .frontMatter)
            if roles.contains(.title) && roles.contains(where: { $0 != .title }) {
                splitMixedTitleBlock(b, roles: roles)
            }
        }
        if !titleRanges.isEmpty {
            structure.title = DisplayText.make(masked, ranges: titleRanges)
        }
        structure.year = years.max()
    }

    /// The range of title line `li` of block `b`, without a Markdown heading marker.
    private func titleRange(_ b: Int, _ li: Int) -> TextRange {
        let line = lines[li].trimmed
        if li == blocks[b].lines[0], blocks[b].markdownLevel != nil {
            return TextRange(blocks[b].segments[0].start, line.end)
        }
        return line
    }

    private mutating func addAuthors(_ names: [String], line: TextLine) {
        for name in names where !structure.authors.contains(where: { $0.name == name }) {
            let range = Patterns.range(of: name, in: line.trimmed, bytes: bytes) ?? line.trimmed
            structure.authors.append(Author(name: name, range: range, fromSignature: false))
        }
    }

    /// A block whose first lines are the title and later lines something else keeps only the
    /// title lines' segment as the title block and becomes front matter for the rest.
    private mutating func splitMixedTitleBlock(_ b: Int, roles: [BlockRole]) {
        let titleLineIndices = zip(blocks[b].lines, roles).filter { $0.1 == .title }.map(\.0)
        guard let last = titleLineIndices.last else { return }
        blocks[b].segments = [TextRange(blocks[b].segments[0].start, lines[last].trimmed.end)]
        blocks[b].text = DisplayText.make(masked, ranges: blocks[b].segments)
    }

    /// Folded first words of every abstract and keyword label.
    static let labelStarts: Set<String> = {
        var words: Set<String> = []
        for label in Array(SectionLexicon.abstracts.keys) + Array(SectionLexicon.keywords.keys) {
            if let w = label.split(whereSeparator: { $0 == " " || $0 == "-" }).first {
                words.insert(TextFolding.fold(String(w)))
            }
        }
        return words
    }()

    /// "Abstract", "ABSTRACT", "Abstract:" or "Abstract: text…": the marker's language and the
    /// offset in the line where inline abstract text starts (nil when the line is only the marker).
    func abstractMarker(_ text: String) -> (language: String?, inline: Bool)? {
        label(text, in: SectionLexicon.abstracts)
    }

    /// "Keywords: a, b" or "Keywords" alone.
    func keywordMarker(_ text: String) -> (language: String?, inline: Bool)? {
        label(text, in: SectionLexicon.keywords)
    }

    /// True when the first word among the first 24 bytes (a run of letters or non-ASCII bytes)
    /// folds to a word that begins some label (``labelStarts``).
    static func startsWithLabelWord(_ text: String) -> Bool {
        var word: [UInt8] = []
        var ascii = true
        for b in text.utf8.prefix(24) {
            if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80 {
                if b >= 0x80 { ascii = false }
                word.append(b)
            } else if !word.isEmpty {
                break
            }
        }
        guard !word.isEmpty else { return false }
        guard ascii else { return labelStarts.contains(TextFolding.fold(String(decoding: word, as: UTF8.self))) }
        // ASCII letters, folded as ``TextFolding/fold(_:)`` folds them.
        for k in word.indices where word[k] <= 0x5A { word[k] |= 0x20 }
        return labelStartFilter.mayContain(bytes: word) && labelStarts.contains(String(decoding: word, as: UTF8.self))
    }

    private static let labelStartFilter = WordFilter(labelStarts)

    private func label(_ fullText: String, in table: [String: String?]) -> (language: String?, inline: Bool)? {
        // Labels are short: only the start of the line matters, and it must start with a word
        // that begins some label.
        guard Self.startsWithLabelWord(fullText) else { return nil }
        let text = String(fullText.prefix(48))
        if fullText.utf8.count <= 48 || fullText.prefix(49).count <= 48 {
            let key = SectionLexicon.key(text)
            if let lang = table[key] { return (lang, false) }
        }
        // Inline: "Label: text" or "Label. text" or "Label — text".
        for sep in [":", ".", " —", " –", " -"] {
            if let r = TextSearch.firstRange(of: sep, in: text) {
                let head = SectionLexicon.key(String(text[..<r.lowerBound]))
                if head.split(separator: " ").count <= 3, let lang = table[head] { return (lang, true) }
            }
        }
        return nil
    }
}
