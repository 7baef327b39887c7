/// The body: abstracts, keywords, headings, paragraphs, lists, references, and the tail
/// (signature, biography, credits).
extension ParserState {
    private enum Mode {
        case normal
        case abstract(group: Int, blocks: Int)
        case keywordsNext(language: String?)
        case references
        /// Under "Notes" or "Endnotes": entries that read as bibliographic ones are references.
        case notes
        case bio
    }

    mutating func classifyBody(from start: Int) {
        var mode = Mode.normal
        var abstractCount = 0
        var b = start
        while b < blocks.count {
            defer { b += 1 }
            if blocks[b].role == .licence { continue }
            let firstText = lines[blocks[b].lines[0]].text
            if blocks[b].marker == nil, let (language, inline) = abstractMarker(firstText) {
                let group = abstractCount
                abstractCount += 1
                structure.abstracts.append(Abstract(language: language, text: "", blocks: []))
                if inline {
                    cutLabel(b)
                    blocks[b].role = .abstract
                    blocks[b].abstractGroup = group
                } else {
                    blocks[b].role = .label
                }
                mode = .abstract(group: group, blocks: inline ? 1 : 0)
                continue
            }
            if blocks[b].marker == nil, let (language, inline) = keywordMarker(firstText) {
                if inline {
                    cutLabel(b)
                    blocks[b].role = .keywords
                    structure.keywords.append(KeywordList(language: language, terms: Self.keywordTerms(blocks[b].text)))
                    mode = .normal
                } else {
                    blocks[b].role = .label
                    mode = .keywordsNext(language: language)
                }
                continue
            }
            if case .keywordsNext(let language) = mode {
                blocks[b].role = .keywords
                structure.keywords.append(KeywordList(language: language, terms: Self.keywordTerms(blocks[b].text)))
                mode = .normal
                continue
            }
            if case .bio = mode {
                blocks[b].role = .bio
                continue
            }
            let heading = headingCandidate(
                b, inReferences: { if case .references = mode { return true } else { return false } }())
            if case .references = mode, heading == nil {
                blocks[b].role = .reference
                continue
            }
            if let heading {
                blocks[b].role = .heading
                blocks[b].headingStyle = heading.style
                blocks[b].numberDepth = heading.depth
                blocks[b].canonical = heading.canonical
                if heading.style == .numbered, blocks[b].marker != nil {
                    blocks[b].segments = [lines[blocks[b].lines[0]].trimmed]
                    blocks[b].text = DisplayText.make(masked, ranges: blocks[b].segments)
                }
                let key = SectionLexicon.key(blocks[b].text)
                if SectionLexicon.references.contains(key) {
                    mode = .references
                } else if SectionLexicon.notes.contains(key) {
                    mode = .notes
                } else if [
                    "about the author", "about the authors", "author bio", "notes on contributors",
                    "about the contributors", "author information",
                ].contains(key) {
                    blocks[b].role = .bio
                    mode = .bio
                } else {
                    mode = .normal
                }
                continue
            }
            if case .abstract(let group, let count) = mode, blocks[b].marker == nil, count < 4 {
                blocks[b].role = .abstract
                blocks[b].abstractGroup = group
                mode = .abstract(group: group, blocks: count + 1)
                continue
            }
            if case .notes = mode, Self.readsAsReference(blocks[b].text) {
                blocks[b].role = .reference
                continue
            }
            if case .notes = mode {} else { mode = .normal }
            blocks[b].role = blocks[b].marker != nil ? .listItem : .paragraph
        }
        // An abstract label with nothing after it is no abstract.
        structure.abstracts = structure.abstracts.enumerated().filter { g in
            blocks.contains { $0.abstractGroup == g.offset }
        }.map(\.element)
        var remap: [Int: Int] = [:]
        var next = 0
        for g in 0..<abstractCount where blocks.contains(where: { $0.abstractGroup == g }) {
            remap[g] = next
            next += 1
        }
        for i in blocks.indices { if let g = blocks[i].abstractGroup { blocks[i].abstractGroup = remap[g] } }
    }

    /// Drops an inline label ("Abstract:", "Keywords:") from the start of block `b`.
    private mutating func cutLabel(_ b: Int) {
        let seg = blocks[b].segments[0]
        var i = seg.start
        while i < seg.end {
            let c = masked[i]
            if c == 0x3A || c == 0x2E { break }  // ':' or '.'
            if c == 0xE2 && i + 2 < seg.end && masked[i + 1] == 0x80 && (masked[i + 2] == 0x94 || masked[i + 2] == 0x93)
            {
                break
            }
            i += 1
        }
        if i < seg.end {
            i += masked[i] == 0xE2 ? 3 : 1
            while i < seg.end && (masked[i] == 0x20 || masked[i] == MarkupMask.hiddenByte || masked[i] == 0x0A) {
                i += 1
            }
        }
        blocks[b].segments[0] = TextRange(min(i, seg.end), seg.end)
        blocks[b].text = DisplayText.make(masked, ranges: blocks[b].segments)
    }

    /// True when `text` opens like an entry of a reference list: an author ("Farcau, B. W." or
    /// "Farcau, Bruce") with a year soon after.
    static func readsAsReference(_ text: String) -> Bool {
        let t = Substring(text)
        guard let end = ReferencePatterns.author(t)?.end ?? ReferencePatterns.givenNameAuthor(t)?.end else {
            return false
        }
        return !Patterns.standaloneYears(in: String(t[end...].prefix(120))).isEmpty
    }

    static func keywordTerms(_ text: String) -> [String] {
        text.split(whereSeparator: { termSeparators.contains($0) }).map { term in
            term.trimmingCharacters(in: " .\t")
        }.filter { !$0.isEmpty }
    }

    struct HeadingGuess {
        var style: HeadingStyle
        var depth: Int
        var canonical: Bool
    }

    /// Whether block `b` is a section heading, and how it is styled.
    func headingCandidate(_ b: Int, inReferences: Bool) -> HeadingGuess? {
        let block = blocks[b]
        if let level = block.markdownLevel { return HeadingGuess(style: .markdown, depth: level, canonical: false) }
        let text = block.text
        let words = block.wordCount
        guard words >= 1, words <= 20, !TextFeatures.startsLowercase(text) else { return nil }
        let raw = block.lines.map { l in
            let r = lines[l].trimmed
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[r.start..<r.end]), as: UTF8.self)
        }.joined(separator: " ")
        let boldWrapped = raw.hasPrefix("**") && (raw.hasSuffix("**") || raw.hasSuffix("**:") || raw.hasSuffix(":**"))
        guard block.lines.count == 1 || boldWrapped else { return nil }
        let key = SectionLexicon.key(text)
        let canonical = SectionLexicon.topLevel.contains(key)
        let last = lines[block.lines[block.lines.count - 1]].lastVisible ?? " "
        if inReferences {
            // Inside the reference list only a clearly marked heading ends it.
            guard block.marker == nil,
                canonical || block.markdownLevel != nil || (boldWrapped && words <= 6)
                    || (TextFeatures.isAllCaps(text) && words <= 6)
            else { return nil }
            return HeadingGuess(style: boldWrapped ? .bold : .allCaps, depth: 0, canonical: canonical)
        }
        if canonical && words <= 6 && block.marker.map({ _ in block.markerNumber != nil }) ?? true {
            let numbered = block.markerNumber != nil
            return HeadingGuess(
                style: numbered ? .numbered : style(of: text, raw: raw, bold: boldWrapped), depth: numbered ? 1 : 0,
                canonical: true)
        }
        if let depth = numberingDepth(block) {
            guard block.blankBefore, block.blankAfter, words <= 14, !".;,".contains(last),
                TextFeatures.startsUppercase(text)
            else { return nil }
            return HeadingGuess(style: .numbered, depth: depth, canonical: false)
        }
        if block.marker != nil { return nil }
        if boldWrapped && words <= 20 && last != "." {
            return HeadingGuess(style: .bold, depth: 0, canonical: false)
        }
        guard block.blankBefore else { return nil }
        if TextFeatures.isAllCaps(text) && last != "." && last != "," {
            return HeadingGuess(style: .allCaps, depth: 0, canonical: false)
        }
        if last == ":" && words <= 10 && TextFeatures.isTitleCase(text) {
            return HeadingGuess(style: .colon, depth: 0, canonical: false)
        }
        guard words <= 12, !".,;:".contains(last), block.blankAfter, TextFeatures.startsUppercase(text) else {
            return nil
        }
        if hardWrapped && !TextFeatures.isTitleCase(text) && last != "?" { return nil }
        guard let nextBlock = blocks[(b + 1)...].first(where: { $0.role != .licence }) else { return nil }
        guard nextBlock.wordCount >= 8 || nextBlock.marker != nil || nextBlock.markdownLevel != nil else { return nil }
        return HeadingGuess(style: .plain, depth: 0, canonical: false)
    }

    private func style(of text: String, raw: String, bold: Bool) -> HeadingStyle {
        if bold { return .bold }
        if TextFeatures.isAllCaps(text) { return .allCaps }
        if text.hasSuffix(":") { return .colon }
        return .plain
    }

    /// The numbering depth of "1. Title" (1) or "2.3 Title" (2); nil when unnumbered.
    private func numberingDepth(_ block: RawBlock) -> Int? {
        if block.markerNumber != nil, block.marker?.hasPrefix("(") == false { return 1 }
        guard block.marker == nil else { return nil }
        let text = block.text
        guard let m = text.prefixMatch(of: CompiledPatterns.numberedHeading) else { return nil }
        return m.output.1.split(separator: ".").count
    }

    /// Labels the blocks after the body: translation credits, biographies and signatures.
    mutating func classifyTail() {
        for b in blocks.indices.reversed() {
            guard let role = blocks[b].role else { continue }
            if role == .licence || role == .bio { continue }
            if role == .reference || role == .label || role == .keywords || role == .abstract { break }
            let text = blocks[b].text
            let lower = text.lowercased()
            if blocks[b].wordCount <= 40,
                TextSearch.containsAny(lower, SectionLexicon.creditCues) && blocks[b].wordCount <= 40
            {
                blocks[b].role = .bio
                continue
            }
            if blocks[b].wordCount <= 200 && TextSearch.containsAny(lower, SectionLexicon.bioCues) {
                blocks[b].role = .bio
                continue
            }
            if blocks[b].lines.count == 1, blocks[b].wordCount <= 8, lines[blocks[b].lines[0]].lastVisible != ".",
                let names = NameHeuristics.personNames(in: text), names.count <= 3
            {
                blocks[b].role = .signature
                for name in names where !structure.authors.contains(where: { $0.name == name }) {
                    let range =
                        Patterns.range(of: name, in: blocks[b].segments[0], bytes: bytes) ?? blocks[b].segments[0]
                    structure.authors.append(Author(name: name, range: range, fromSignature: true))
                }
                continue
            }
            break
        }
    }

    /// Rejoins paragraphs that a page break (and perhaps a running footer) cut mid-sentence.
    mutating func joinPageBreaks() {
        var previous: Int? = nil
        for b in blocks.indices {
            switch blocks[b].role {
            case .paragraph?:
                if let p = previous, !Self.endsSentence(blocks[p].text),
                    Self.continues(blocks[p].text, into: blocks[b].text)
                {
                    blocks[p].segments += blocks[b].segments
                    blocks[p].text += " " + blocks[b].text
                    blocks[b].merged = true
                } else {
                    previous = b
                }
            case .licence?:
                continue
            default:
                previous = nil
            }
        }
    }

    static func endsSentence(_ text: String) -> Bool {
        var t = Substring(text)
        while let l = t.last, closers.contains(l) { t = t.dropLast() }
        guard let last = t.last else { return true }
        return terminals.contains(last)
    }

    private static let termSeparators = CharacterChoice(",;·•|")
    private static let closers = CharacterChoice("\"'”’»)]*")
    private static let terminals = CharacterChoice(".!?…:;")

    /// Gives every heading a level, from its numbering, its style and the standard section names.
    mutating func assignHeadingLevels() {
        let headings = blocks.indices.filter { blocks[$0].role == .heading && !blocks[$0].merged }
        let numberedCanonical = headings.contains { blocks[$0].canonical && blocks[$0].headingStyle == .numbered }
        var canonicalSeen = false
        var canonicalStyles: Set<HeadingStyle> = []
        var lastNumbered: Int? = nil
        for h in headings {
            let block = blocks[h]
            let level: Int
            switch block.headingStyle {
            case .markdown?:
                level = block.numberDepth
            case _ where block.canonical:
                level = block.headingStyle == .numbered ? max(1, block.numberDepth) : 1
                canonicalSeen = true
                if let s = block.headingStyle { canonicalStyles.insert(s) }
                lastNumbered = nil
            case .numbered?:
                level = numberedCanonical || !canonicalSeen ? block.numberDepth : block.numberDepth + 1
                lastNumbered = level
            case let s? where (s == .allCaps || s == .bold) && canonicalStyles.contains(s):
                level = 1
                lastNumbered = nil
            default:
                if let n = lastNumbered {
                    level = n + 1
                } else {
                    level = canonicalSeen ? 2 : 1
                }
            }
            blocks[h].level = max(1, min(level, 6))
        }
    }
}
