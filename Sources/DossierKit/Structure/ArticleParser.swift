/// Recovers an article's structure from its plain text alone: title block, authors, abstract,
/// keywords, sections, paragraphs, lists, references, citations and sentences.
///
/// The rules are generic to the genre (journal articles, op-eds, news analysis) and never
/// depend on any particular article's wording.
public enum ArticleParser {
    /// Parses the normalised text of one article.
    public static func parse(_ text: String) -> ArticleStructure {
        var copy = text
        return copy.withUTF8 { bytes in
            var parser = ParserState(bytes: bytes)
            return parser.run()
        }
    }
}

/// The working state of one parse.
struct ParserState {
    let bytes: UnsafeBufferPointer<UInt8>
    let hidden: [TextRange]
    let masked: [UInt8]
    let lines: [TextLine]
    let hardWrapped: Bool
    let wrapWidth: Int
    var blocks: [RawBlock] = []
    var structure: ArticleStructure
    var mainLanguage: String?

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        hidden = MarkupMask.hiddenRanges(in: bytes)
        masked = MarkupMask.masked(bytes, hidden: hidden)
        lines = LineScanner.lines(bytes, masked: masked)
        let lengths = lines.filter { !$0.isBlank }.map(\.length).sorted()
        if lengths.count >= 5 {
            let p90 = lengths[min(lengths.count - 1, lengths.count * 9 / 10)]
            hardWrapped = p90 <= 110
            wrapWidth = p90
        } else {
            hardWrapped = false
            wrapWidth = 0
        }
        structure = ArticleStructure(
            title: "", titleIsDerived: false, translatedTitles: [], authors: [], affiliations: [], emails: [],
            orcids: [], dois: [], urls: [], year: nil, abstracts: [], keywords: [], sections: [], blocks: [],
            sentences: [], references: [], citations: [], hidden: hidden, wordCount: 0, language: nil)
    }

    mutating func run() -> ArticleStructure {
        buildBlocks()
        mainLanguage = guessMainLanguage()
        structure.language = mainLanguage
        let bodyStart = frontMatterEnd()
        parseFrontMatter(upTo: bodyStart)
        classifyBody(from: bodyStart)
        classifyTail()
        joinPageBreaks()
        assignHeadingLevels()
        finish()
        structure.trimCapacity()
        return structure
    }

    // MARK: Blocks

    /// Groups lines into blocks: blank lines separate groups; inside a group, list markers,
    /// Markdown headings and (for unwrapped text) sentence ends start a new block.
    mutating func buildBlocks() {
        var group: [Int] = []
        var blankBefore = true
        func flush(_ state: inout ParserState) {
            guard !group.isEmpty else { return }
            state.splitGroup(group, blankBefore: blankBefore)
            group = []
        }
        for (i, line) in lines.enumerated() {
            if line.isBlank {
                flush(&self)
                blankBefore = true
            } else {
                group.append(i)
            }
        }
        flush(&self)
        for i in blocks.indices {
            let lastLine = blocks[i].lines.last ?? 0
            let nextIsBlank = lastLine + 1 >= lines.count || lines[lastLine + 1].isBlank
            blocks[i].blankAfter = nextIsBlank
        }
    }

    private mutating func splitGroup(_ group: [Int], blankBefore: Bool) {
        let groupWords = group.reduce(0) { $0 + lines[$1].wordCount }
        if groupWords <= 80, isLicence(group) {
            var block = makeBlock(group, blankBefore: blankBefore)
            block.role = .licence
            blocks.append(block)
            return
        }
        var current: [Int] = []
        // "**" marks in the current block's lines: an odd count leaves bold open.
        var boldMarks = 0
        var first = true
        for index in group {
            let line = lines[index]
            let startsNew: Bool
            if current.isEmpty {
                startsNew = false
            } else if listMarker(of: line) != nil || markdownHeading(of: line) != nil {
                startsNew = true
            } else if let prev = current.last {
                startsNew = !shouldJoin(lines[prev], line, blockLines: current, boldOpen: boldMarks % 2 == 1)
            } else {
                startsNew = false
            }
            if startsNew {
                blocks.append(makeBlock(current, blankBefore: first ? blankBefore : false))
                first = false
                current = []
                boldMarks = 0
            }
            current.append(index)
            boldMarks += line.boldMarks
            if markdownHeading(of: line) != nil {
                blocks.append(makeBlock(current, blankBefore: first ? blankBefore : false))
                first = false
                current = []
                boldMarks = 0
            }
        }
        if !current.isEmpty { blocks.append(makeBlock(current, blankBefore: first ? blankBefore : false)) }
    }

    /// Whether the lines of `group`, joined by spaces, hold a licence cue in any letter case.
    private func isLicence(_ group: [Int]) -> Bool {
        if group.count == 1 {
            var text = lines[group[0]].text
            return text.withUTF8 { SectionLexicon.licenceNeedles.occurs(in: $0) }
        }
        var joined: [UInt8] = []
        for (k, index) in group.enumerated() {
            if k > 0 { joined.append(0x20) }
            joined.append(contentsOf: lines[index].text.utf8)
        }
        return joined.withUnsafeBufferPointer { SectionLexicon.licenceNeedles.occurs(in: $0) }
    }

    /// Whether `next` continues the block that `prev` ends.
    private func shouldJoin(_ prev: TextLine, _ next: TextLine, blockLines: [Int], boldOpen: Bool) -> Bool {
        // Bold still open: the next line belongs to the same block.
        if boldOpen { return true }
        if hardWrapped {
            let short = Double(prev.length) < 0.6 * Double(wrapWidth)
            if short && prev.endsWithTerminal { return false }
            if short && blockLines.count == 1 && !prev.endsWithTerminal
                && (prev.isAllCaps || TextFeatures.isTitleCase(prev.text)) && TextFeatures.startsUppercase(next.text)
                && prev.wordCount <= 12
            {
                return false
            }
            return true
        }
        if prev.endsWithTerminal { return false }
        return Self.continues(prev.text, into: next.text)
    }

    /// True when text ending in `prev` must go on in `next` (mid-sentence break).
    static func continues(_ prev: String, into next: String) -> Bool {
        if TextFeatures.startsLowercase(next) { return true }
        guard let last = prev.last else { return false }
        if last == "," || last == "-" || last == "–" || last == "—" || last == "(" { return true }
        let lastWord = prev.lastIndex(of: " ").map { String(prev[prev.index(after: $0)...]) } ?? prev
        let lower = lastWord.lowercased()
        if SectionLexicon.continuationWords.contains(lower) { return true }
        if lower.hasSuffix("'s") || lower.hasSuffix("’s") { return true }
        return false
    }

    private func makeBlock(_ lineIndices: [Int], blankBefore: Bool) -> RawBlock {
        let firstLine = lines[lineIndices[0]]
        let lastLine = lines[lineIndices[lineIndices.count - 1]]
        var start = firstLine.trimmed.start
        var marker: String? = nil
        var number: Int? = nil
        var mdLevel: Int? = nil
        if let (m, contentStart, n) = listMarker(of: firstLine) {
            marker = m
            number = n
            start = contentStart
        } else if let (level, contentStart) = markdownHeading(of: firstLine) {
            mdLevel = level
            start = contentStart
        }
        let segment = TextRange(start, max(start, lastLine.trimmed.end))
        // A block that is one whole line reads as that line.
        let text =
            lineIndices.count == 1 && segment == firstLine.trimmed
            ? firstLine.text : DisplayText.make(masked, range: segment)
        return RawBlock(
            lines: lineIndices, segments: [segment], text: text, blankBefore: blankBefore, marker: marker,
            markerNumber: number, markdownLevel: mdLevel)
    }

    static let bullets: Set<Unicode.Scalar> = ["-", "*", "+", "•", "‣", "◦", "▪", "●", "–", "—", "·", "○", "■"]

    /// A bullet or number at the start of the line: (marker, offset of the content, number).
    func listMarker(of line: TextLine) -> (String, Int, Int?)? {
        let s = line.trimmed.start
        let e = line.trimmed.end
        guard s < e else { return nil }
        let (first, len) = UTF8Bytes.scalar(in: bytes, at: s)
        if Self.bullets.contains(first), s + len < e, bytes[s + len] == 0x20 || bytes[s + len] == 0x09 {
            var c = s + len
            while c < e && (bytes[c] == 0x20 || bytes[c] == 0x09) { c += 1 }
            guard c < e else { return nil }
            return (String(first), c, nil)
        }
        // "1." "12)" "(3)"
        var i = s
        var paren = false
        if bytes[i] == 0x28 {
            paren = true
            i += 1
        }
        var value = 0
        let digitsStart = i
        while i < e && UTF8Bytes.isDigit(bytes[i]) && i - digitsStart < 3 {
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        guard i > digitsStart, i < e else { return nil }
        let closer = bytes[i]
        guard paren ? closer == 0x29 : (closer == 0x2E || closer == 0x29) else { return nil }
        i += 1
        guard i < e, bytes[i] == 0x20 || bytes[i] == 0x09 else { return nil }
        while i < e && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        guard i < e else { return nil }
        let marker = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<(i)]), as: UTF8.self).trimmed
        return (marker, i, value)
    }

    /// A Markdown ATX heading: (level, offset of the content).
    func markdownHeading(of line: TextLine) -> (Int, Int)? {
        var i = line.trimmed.start
        var level = 0
        while i < line.trimmed.end && bytes[i] == 0x23 && level < 7 {
            level += 1
            i += 1
        }
        guard level >= 1 && level <= 6, i < line.trimmed.end, bytes[i] == 0x20 else { return nil }
        while i < line.trimmed.end && bytes[i] == 0x20 { i += 1 }
        return (level, i)
    }

    private func guessMainLanguage() -> String? {
        let longest = blocks.indices.filter { blocks[$0].role == nil }.sorted {
            blocks[$0].wordCount > blocks[$1].wordCount
        }
        .prefix(6)
        return LanguageGuess.guess(longest.map { blocks[$0].text }.joined(separator: " "), sample: 800)
    }
}
