/// Turns the classified raw blocks into the final ``ArticleStructure``.
extension ParserState {
    mutating func finish() {
        var final: [Block] = []
        var abstractBlocks: [Int: [Int]] = [:]
        var sectionIndex: Int? = nil
        var referenceEntries: [(range: TextRange, number: Int?, segments: [TextRange], block: Int)] = []
        for raw in blocks where !raw.merged {
            guard let role = raw.role else { continue }
            if role == .heading {
                let title = Self.headingTitle(raw.text)
                structure.sections.append(
                    Section(title: title, level: raw.level ?? 1, range: raw.segments[0], block: final.count))
                sectionIndex = structure.sections.count - 1
            }
            if role == .reference {
                for entry in splitReferenceEntries(raw) {
                    referenceEntries.append((entry.range, entry.number, entry.segments, final.count))
                    final.append(
                        Block(
                            role: .reference, segments: entry.segments, section: sectionIndex, marker: raw.marker,
                            level: nil))
                }
                continue
            }
            if role == .abstract, let g = raw.abstractGroup { abstractBlocks[g, default: []].append(final.count) }
            final.append(
                Block(role: role, segments: raw.segments, section: sectionIndex, marker: raw.marker, level: raw.level))
        }
        structure.blocks = final
        for g in structure.abstracts.indices {
            let ids = abstractBlocks[g] ?? []
            structure.abstracts[g].blocks = ids
            structure.abstracts[g].text = ids.map { DisplayText.make(masked, ranges: final[$0].segments) }
                .joined(separator: "\n\n")
            if structure.abstracts[g].language == nil, let guess = LanguageGuess.guess(structure.abstracts[g].text),
                let main = mainLanguage, guess != main
            {
                structure.abstracts[g].language = guess
            }
        }
        let maskedCopy = masked
        structure.sentences = maskedCopy.withUnsafeBufferPointer { mb in
            var sentences: [Sentence] = []
            for (i, block) in final.enumerated() where [.paragraph, .listItem, .abstract].contains(block.role) {
                for r in SentenceSplitter.split(mb, segments: block.segments) {
                    sentences.append(Sentence(range: r, block: i))
                }
            }
            return sentences
        }
        structure.references = referenceEntries.map { entry in
            let raw = Self.referenceText(bytes, segments: entry.segments)
            return ReferenceParser.parse(raw: raw, range: entry.range, number: entry.number, block: entry.block)
        }
        structure.citations = CitationFinder.find(
            masked: masked, blocks: final, references: structure.references)
        if structure.title.isEmpty { deriveTitle() }
        structure.wordCount = WordCounter.count(masked)
    }

    /// A reference entry as written: its segments joined by a space (what ``ReferenceParser``
    /// reads).
    static func referenceText(_ bytes: UnsafeBufferPointer<UInt8>, segments: [TextRange]) -> String {
        segments.map { r in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[r.start..<r.end]), as: UTF8.self)
        }.joined(separator: " ")
    }

    /// A heading's display title: trailing colon and markup dropped.
    static func headingTitle(_ text: String) -> String {
        var t = Substring(text)
        while let l = t.last, l == ":" || l == " " { t = t.dropLast() }
        return String(t)
    }

    /// Splits a block of the reference list into entries: one per line for unwrapped text,
    /// or at each line that starts like a new entry for hard-wrapped text.
    private func splitReferenceEntries(_ raw: RawBlock) -> [(range: TextRange, number: Int?, segments: [TextRange])] {
        var entries: [(range: TextRange, number: Int?, segments: [TextRange])] = []
        var current: [TextRange] = []
        var number = raw.markerNumber
        var nextNumber: Int? = nil
        for (k, li) in raw.lines.enumerated() {
            var seg = lines[li].trimmed
            if k == 0 { seg = TextRange(raw.segments[0].start, seg.end) }
            var startsEntry = k == 0
            if k > 0 {
                let text = lines[li].text
                let prev = lines[raw.lines[k - 1]]
                if !hardWrapped {
                    startsEntry = true
                } else if text.prefixMatch(of: CompiledPatterns.entryNumberStart) != nil {
                    startsEntry = true
                } else if prev.endsWithTerminal || prev.text.hasSuffix(">") || prev.text.contains("http"),
                    text.prefixMatch(of: CompiledPatterns.entrySurnameStart) != nil
                {
                    startsEntry = true
                }
                if startsEntry, let m = text.prefixMatch(of: CompiledPatterns.entryNumber) {
                    nextNumber = Int(m.output.1)
                    seg = TextRange(seg.start + m.output.0.utf8.count, seg.end)
                }
            }
            if startsEntry && !current.isEmpty {
                entries.append((TextRange(current[0].start, current[current.count - 1].end), number, current))
                current = []
                number = nextNumber
                nextNumber = nil
            }
            current.append(seg)
        }
        if !current.isEmpty {
            entries.append((TextRange(current[0].start, current[current.count - 1].end), number, current))
        }
        return entries
    }

    /// Gives an untitled article a title from its first sentence, shortened at a word boundary.
    private mutating func deriveTitle() {
        structure.titleIsDerived = true
        let first =
            structure.sentences.first.map { DisplayText.make(masked, range: $0.range) }
            ?? structure.blocks.first.map { DisplayText.make(masked, ranges: $0.segments) } ?? ""
        structure.title = Self.shorten(first, limit: 80)
        if structure.title.isEmpty { structure.title = "(untitled)" }
    }

    /// Cuts `text` to at most `limit` characters at a word boundary, adding an ellipsis.
    static func shorten(_ text: String, limit: Int) -> String {
        var t = Substring(text)
        while let l = t.last, ".!?".contains(l) { t = t.dropLast() }
        guard t.count > limit else { return String(t) }
        var cut = t.prefix(limit)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        while let l = cut.last, ",;:–—-".contains(l) || l == " " { cut = cut.dropLast() }
        return cut + "…"
    }
}
