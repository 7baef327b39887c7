import DossierKit

/// An article laid out for a reader of a given width: wrapped lines of styled runs, with the
/// line where each sentence starts and where each mention of the highlighted actor stands.
struct ReaderLayout {
    struct Run {
        var text: String
        var style: Style
        /// Byte offset in the document of the run's first character (nil for decoration).
        var offset: Int?
    }

    struct Line {
        var runs: [Run]
    }

    private(set) var lines: [Line] = []
    /// Line of each sentence's first character.
    private(set) var sentenceLine: [Int: Int] = [:]
    /// Mentions of the highlighted actor: (range start, line).
    private(set) var highlightLines: [(start: Int, line: Int)] = []

    init(corpus: Corpus, document d: Int, width: Int, highlight: Int?) {
        let doc = corpus.documents[d]
        let s = doc.structure
        let w = max(10, width)
        // Mentions of every actor, to colour them by kind.
        let mentions = d < corpus.actors.mentionsByDocument.count ? corpus.actors.mentionsByDocument[d] : []
        var styleAt: [(TextRange, Style, Bool)] = mentions.map { (actor, m) in
            let kind = corpus.actors.actors[actor].kind
            let isHighlight = actor == highlight
            return (
                m.range,
                Style(
                    ColorRole.of(kind), bold: isHighlight, reverse: isHighlight, underline: !isHighlight && m.adjectival
                ), isHighlight
            )
        }
        styleAt.sort { $0.0.start < $1.0.start }
        let highlightStarts = Set(styleAt.filter(\.2).map(\.0.start))

        // Title block.
        for line in Self.wrap(s.title, width: w) {
            lines.append(Line(runs: [Run(text: line, style: Style(.title, bold: true), offset: nil)]))
        }
        var meta: [String] = []
        if !s.authors.isEmpty { meta.append(s.authors.map(\.name).joined(separator: ", ")) }
        if let y = s.year { meta.append(String(y)) }
        meta.append(doc.file)
        for line in Self.wrap(meta.joined(separator: " · "), width: w) {
            lines.append(Line(runs: [Run(text: line, style: .muted, offset: nil)]))
        }
        lines.append(Line(runs: []))

        var sentenceStarts: [Int: Int] = [:]  // byte offset -> sentence index
        for (i, sentence) in s.sentences.enumerated() { sentenceStarts[sentence.range.start] = i }

        var text = doc.text
        text.withUTF8 { bytes in
            var mentionCursor = 0
            for block in s.blocks {
                let (base, indent, prefix): (Style, Int, String) = {
                    switch block.role {
                    case .heading: return (Style(.heading, bold: true), 0, "")
                    case .label: return (Style(.heading, bold: true), 0, "")
                    case .title, .translatedTitle, .frontMatter: return (.muted, 0, "")
                    case .listItem: return (.normal, 2, "• ")
                    case .reference: return (.muted, 2, "")
                    case .licence, .bio, .signature: return (.muted, 0, "")
                    case .keywords: return (.muted, 0, "Keywords: ")
                    default: return (.normal, 0, "")
                    }
                }()
                if block.role == .title || block.role == .translatedTitle { continue }
                // Author lines are already in the title block.
                if block.role == .frontMatter,
                    s.authors.contains(where: { block.range.contains($0.range) && !$0.fromSignature }),
                    block.segments.count == 1, block.range.length < 120
                {
                    continue
                }
                if block.role == .heading, let last = lines.last, !last.runs.isEmpty { lines.append(Line(runs: [])) }
                // Characters with their offsets, white space folded, markup left out.
                var chars: [(Unicode.Scalar, Int)] = []
                var hidden = 0
                for seg in block.segments {
                    if !chars.isEmpty { chars.append((" ", seg.start)) }
                    var i = seg.start
                    while i < min(seg.end, bytes.count) {
                        while hidden < s.hidden.count && s.hidden[hidden].end <= i { hidden += 1 }
                        if hidden < s.hidden.count && s.hidden[hidden].contains(i) {
                            i = s.hidden[hidden].end
                            continue
                        }
                        let (sc, len) = UTF8Bytes.scalar(in: bytes, at: i)
                        if UTF8Bytes.isSpace(sc) {
                            if let last = chars.last, last.0 != " " { chars.append((" ", i)) }
                        } else {
                            chars.append((sc, i))
                        }
                        i += len
                    }
                }
                while chars.last?.0 == " " { chars.removeLast() }
                guard !chars.isEmpty else { continue }
                // Words, then greedy wrapping by display width.
                var words: [[(Unicode.Scalar, Int)]] = []
                var current: [(Unicode.Scalar, Int)] = []
                for c in chars {
                    if c.0 == " " {
                        if !current.isEmpty { words.append(current) }
                        current = []
                    } else {
                        current.append(c)
                    }
                }
                if !current.isEmpty { words.append(current) }
                var line: [(Unicode.Scalar, Int?)] = prefix.unicodeScalars.map { ($0, nil) }
                var lineWidth = DisplayWidth.of(prefix) + indent
                let available = max(4, w - indent)
                func flushLine() {
                    lines.append(Self.styled(line, indent: indent, base: base, styles: styleAt, cursor: &mentionCursor))
                    line = []
                    lineWidth = indent + (prefix.isEmpty ? 0 : DisplayWidth.of(prefix))
                    if !prefix.isEmpty { line = prefix.unicodeScalars.map { _ in (" ", nil) } }
                }
                for word in words {
                    let ww = word.reduce(0) { $0 + DisplayWidth.of(TerminalSafe.visible($1.0)) }
                    if lineWidth > indent + (prefix.isEmpty ? 0 : DisplayWidth.of(prefix))
                        && lineWidth + 1 + ww > available + indent
                    {
                        flushLine()
                    }
                    if lineWidth > indent + (prefix.isEmpty ? 0 : DisplayWidth.of(prefix)) {
                        line.append((" ", word.first?.1))
                        lineWidth += 1
                    }
                    for c in word {
                        if let si = sentenceStarts[c.1], sentenceLine[si] == nil { sentenceLine[si] = lines.count }
                        let cw = DisplayWidth.of(TerminalSafe.visible(c.0))
                        if lineWidth + cw > available + indent && lineWidth > indent {
                            flushLine()
                        }
                        line.append((c.0, c.1))
                        lineWidth += cw
                        if highlightStarts.contains(c.1) { highlightLines.append((c.1, lines.count)) }
                    }
                }
                if !line.isEmpty { flushLine() }
                if block.role == .paragraph || block.role == .abstract || block.role == .label || block.role == .heading
                {
                    lines.append(Line(runs: []))
                }
            }
        }
    }

    /// Splits characters into runs by style (mentions coloured, the rest in `base`).
    private static func styled(
        _ chars: [(Unicode.Scalar, Int?)], indent: Int, base: Style, styles: [(TextRange, Style, Bool)],
        cursor: inout Int
    ) -> Line {
        var runs: [Run] = []
        if indent > 0 { runs.append(Run(text: String(repeating: " ", count: indent), style: .normal, offset: nil)) }
        for (scalar, offset) in chars {
            var style = base
            if let offset {
                while cursor < styles.count && styles[cursor].0.end <= offset { cursor += 1 }
                var k = cursor
                while k < styles.count && styles[k].0.start <= offset {
                    if styles[k].0.contains(offset) {
                        style = styles[k].1
                        if base.bold { style.bold = true }
                    }
                    k += 1
                }
            }
            if let last = runs.last, last.style == style, last.offset != nil || offset == nil {
                runs[runs.count - 1].text.unicodeScalars.append(scalar)
            } else {
                runs.append(Run(text: String(scalar), style: style, offset: offset))
            }
        }
        return Line(runs: runs)
    }

    /// Word-wraps plain text to `width` columns.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ") {
            let w = DisplayWidth.of(String(word))
            if lineWidth > 0 && lineWidth + 1 + w > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += w
        }
        if !line.isEmpty { lines.append(line) }
        return lines.flatMap { l in DisplayWidth.of(l) > width ? Self.hardSplit(l, width) : [l] }
    }

    private static func hardSplit(_ s: String, _ width: Int) -> [String] {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        var w = 0
        for sc in s.unicodeScalars {
            let cw = DisplayWidth.of(sc)
            if w + cw > width {
                out.append(String(cur))
                cur = String.UnicodeScalarView()
                w = 0
            }
            cur.append(sc)
            w += cw
        }
        if !cur.isEmpty { out.append(String(cur)) }
        return out
    }
}
