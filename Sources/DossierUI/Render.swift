import DossierKit

/// Turning the state into a canvas.
extension Explorer {
    /// The whole screen for the current state and size.
    public func render() -> Canvas {
        var c = Canvas(width: width, height: height)
        guard width >= Self.minimumWidth && height >= Self.minimumHeight else {
            let lines = [
                "Terminal too small", "\(width)×\(height): dossier needs",
                "at least \(Self.minimumWidth)×\(Self.minimumHeight)", "q quits",
            ]
            for (i, line) in lines.enumerated() where i < height {
                c.put(
                    DisplayWidth.truncate(line, to: width), x: max(0, (width - DisplayWidth.of(line)) / 2),
                    y: max(0, height / 2 - 2) + i)
            }
            return c
        }
        drawTitleBar(&c)
        switch state.screen {
        case .browse: drawBrowse(&c)
        case .reader: drawReaders(&c)
        case .timeline: drawTimeline(&c)
        case .search: drawSearch(&c)
        case .boards: drawBoards(&c)
        }
        if state.showHelp { drawHelp(&c) }
        drawStatus(&c)
        return c
    }

    private func drawTitleBar(_ c: inout Canvas) {
        let info =
            Self.count(corpus.documents.count, "article") + " · " + Self.count(corpus.actors.actors.count, "actor")
            + " · " + Self.count(corpus.relations.relations.count, "relation")
        let where_: String
        switch state.screen {
        case .browse: where_ = "Browse"
        case .reader: where_ = state.readers.count == 2 ? "Side by side" : "Reader"
        case .timeline: where_ = "Timeline" + (state.timelineActor.map { " · " + corpus.actors.actors[$0].name } ?? "")
        case .search: where_ = "Search"
        case .boards: where_ = "Boards"
        }
        c.putPadded(
            " dossier · \(corpusName) · \(where_)", x: 0, y: 0, width: width,
            style: Style(.title, bold: true, reverse: true))
        let right = info + " "
        if DisplayWidth.of(right) + DisplayWidth.of(" dossier · \(corpusName) · \(where_)") + 2 < width {
            c.put(right, x: width - DisplayWidth.of(right), y: 0, style: Style(.title, bold: true, reverse: true))
        }
    }

    private func drawStatus(_ c: inout Canvas) {
        let y = height - 1
        if let prompt = state.prompt {
            let label: String
            switch prompt.purpose {
            case .find: label = "/"
            case .narrowActors: label = "narrow actors: "
            case .search: label = "search: "
            case .rename(let a): label = "rename \(corpus.actors.actors[a].name) to: "
            case .alias(let a): label = "another name for \(corpus.actors.actors[a].name): "
            case .kind(let a):
                label =
                    "kind of \(corpus.actors.actors[a].name) ("
                    + ActorKind.allCases.map(\.rawValue).joined(separator: " ") + "): "
            case .board: label = "board to add to (new or existing): "
            }
            c.putPadded(label + prompt.text + "▏", x: 0, y: y, width: width, style: .status)
            return
        }
        var left: String
        switch state.screen {
        case .browse:
            let (count, selection) = listPosition()
            left = "\(state.focus.title) \(count == 0 ? 0 : selection + 1)/\(count)"
        case .reader:
            let r = state.readers[state.focusedReader]
            let total = layout(for: state.focusedReader).lines.count
            left = "\(corpus.documents[r.document].file) · line \(min(total, r.top + 1))/\(total)"
        case .timeline:
            let n = timelineEntries().count
            left = "Timeline \(n == 0 ? 0 : state.timelineSelection + 1)/\(n)"
        case .search:
            left = "Search \(state.searchResults.isEmpty ? 0 : state.searchSelection + 1)/\(state.searchResults.count)"
        case .boards:
            left = "Board \(currentBoard)"
        }
        if let message = state.message { left += " · " + message }
        let keys: String
        switch state.screen {
        case .browse: keys = "Tab pane · Enter open · / find · t timeline · f search · ? help · q quit"
        case .reader: keys = "]/[ mention · )/( sentence · b board · v side · w switch · ? help"
        case .timeline: keys = "Enter read · a actor · / find · Esc back · ? help"
        case .search: keys = "f new search · Enter read · b board · Esc back · ? help"
        case .boards: keys = "Tab boards/items · Enter read · d remove · a board · Esc back · ? help"
        }
        c.putPadded(" " + left, x: 0, y: y, width: width, style: .status)
        let kw = DisplayWidth.of(keys) + 1
        if DisplayWidth.of(left) + kw + 3 < width { c.put(keys + " ", x: width - kw, y: y, style: .status) }
    }

    func listPosition() -> (Int, Int) {
        switch state.focus {
        case .articles: return (corpus.documents.count, state.articleSelection)
        case .actors: return (actorList().count, state.actorSelection)
        case .relations:
            return state.evidencePair != nil
                ? (evidenceRows().count, state.evidenceSelection) : (relationList().count, state.relationSelection)
        }
    }

    // MARK: Browse

    private func drawBrowse(_ c: inout Canvas) {
        let rects = paneRects()
        if rects.count == 1 {
            // A tab bar names every pane.
            var x = 0
            for pane in Pane.allCases {
                let label = " \(pane.rawValue + 1) \(pane.title) "
                x = c.put(
                    label, x: x, y: 1, style: pane == state.focus ? Style(.accent, bold: true, reverse: true) : .muted)
            }
        }
        for (pane, rect) in rects {
            switch pane {
            case .articles: drawArticles(&c, rect)
            case .actors: drawActors(&c, rect)
            case .relations: drawRelations(&c, rect)
            }
            if rect.x + rect.width < width {
                for y in rect.y..<(rect.y + rect.height) { c.put("│", x: rect.x + rect.width, y: y, style: .muted) }
            }
        }
    }

    private func header(_ c: inout Canvas, _ rect: Rect, _ text: String, focused: Bool) {
        c.putPadded(
            " " + text, x: rect.x, y: rect.y, width: rect.width,
            style: focused ? Style(.accent, bold: true, reverse: true) : Style(.accent, bold: true))
    }

    /// The first row shown for a list of `count` rows with `selection`, in pages of `rows`.
    func firstRow(selection: Int, rows: Int) -> Int { rows <= 0 ? 0 : (selection / rows) * rows }

    private func drawArticles(_ c: inout Canvas, _ rect: Rect) {
        let order = articleOrder()
        header(
            &c, rect, "Articles (\(order.count)) · sort: \(state.articleSort.rawValue)",
            focused: state.focus == .articles)
        let rows = rect.height - 1
        let top = firstRow(selection: state.articleSelection, rows: rows)
        for i in 0..<rows where top + i < order.count {
            let d = order[top + i]
            let s = corpus.documents[d].summary
            let selected = top + i == state.articleSelection
            let style: Style =
                selected ? (state.focus == .articles ? .selected : Style(.selection, bold: true)) : .normal
            let year = s.year.map(String.init) ?? "    "
            let size = "\(s.wordCount / 1000 > 0 ? "\(s.wordCount / 1000)k" : "\(s.wordCount)")"
            let meta = " " + year + " " + DisplayWidth.pad(size, to: 4)
            let author = s.authors.first ?? ""
            let titleWidth = max(4, rect.width - DisplayWidth.of(meta) - 1)
            var line = (workspace.notes.articles[corpus.documents[d].file] != nil ? "✎ " : "") + s.title
            if !author.isEmpty && rect.width >= 50 { line += " — " + author }
            c.putPadded(
                " " + DisplayWidth.pad(line, to: titleWidth - 1) + meta, x: rect.x, y: rect.y + 1 + i,
                width: rect.width, style: style)
        }
    }

    static func marker(_ kind: ActorKind) -> String {
        switch kind {
        case .state: return "S"
        case .person: return "P"
        case .organization: return "O"
        case .place: return "L"
        case .agreement: return "A"
        case .project: return "J"
        case .event: return "E"
        case .group: return "G"
        }
    }

    private func drawActors(_ c: inout Canvas, _ rect: Rect) {
        let list = actorList()
        var title = "Actors (\(list.count)) · \(state.actorSort.rawValue)"
        if let k = state.actorKind { title += " · \(k.rawValue)" }
        if !state.actorFilter.isEmpty { title += " · “\(state.actorFilter)”" }
        header(&c, rect, title, focused: state.focus == .actors)
        let rows = rect.height - 1
        let top = firstRow(selection: state.actorSelection, rows: rows)
        let actors = corpus.actors.actors
        for i in 0..<rows where top + i < list.count {
            let a = actors[list[top + i]]
            let selected = top + i == state.actorSelection
            let y = rect.y + 1 + i
            let counts =
                " " + DisplayWidth.pad(String(a.mentionCount + a.adjectivalCount), to: 5) + " "
                + DisplayWidth.pad(String(a.documents.count), to: 3)
            let nameWidth = max(3, rect.width - 4 - DisplayWidth.of(counts))
            let base: Style = selected ? (state.focus == .actors ? .selected : Style(.selection, bold: true)) : .normal
            c.fill(x: rect.x, y: y, width: rect.width, height: 1, style: base)
            c.put(" ", x: rect.x, y: y, style: base)
            c.put(
                Self.marker(a.kind), x: rect.x + 1, y: y,
                style: Style(ColorRole.of(a.kind), bold: true, reverse: base.reverse))
            let name = (workspace.notes.actors[a.name] != nil ? "✎ " : "") + a.name
            c.put(
                " " + DisplayWidth.pad(name, to: nameWidth), x: rect.x + 2, y: y, maxWidth: nameWidth + 1, style: base
            )
            c.put(counts, x: rect.x + 3 + nameWidth, y: y, maxWidth: rect.width - 3 - nameWidth, style: base)
        }
    }

    private func drawRelations(_ c: inout Canvas, _ rect: Rect) {
        let actors = corpus.actors.actors
        guard let a = currentActor() else {
            header(&c, rect, "Relations", focused: state.focus == .relations)
            c.put(" choose an actor", x: rect.x, y: rect.y + 2, style: .muted)
            return
        }
        let relations = relationList()
        let rows = rect.height - 1
        if let pairIndex = state.evidencePair, pairIndex < relations.count {
            let r = relations[pairIndex]
            header(
                &c, rect, "Evidence · \(actors[r.a].name) — \(actors[r.b].name) · \(r.evidence.count) sentences",
                focused: state.focus == .relations)
            let evidence = evidenceRows()
            let top = firstRow(selection: state.evidenceSelection, rows: rows)
            for i in 0..<rows where top + i < evidence.count {
                let y = rect.y + 1 + i
                let selected = top + i == state.evidenceSelection
                let style: Style =
                    selected ? (state.focus == .relations ? .selected : Style(.selection, bold: true)) : .normal
                switch evidence[top + i] {
                case .document(let d, let n):
                    c.putPadded(
                        " ▸ \(corpus.documents[d].file) (\(n))", x: rect.x, y: y, width: rect.width,
                        style: selected ? style : Style(.heading, bold: true))
                case .evidence(let e):
                    let doc = corpus.documents[e.document]
                    let tags =
                        e.types.map(\.rawValue).joined(separator: ",")
                        + (e.negated ? ",¬" + e.negatedTypes.map(\.rawValue).joined(separator: ",") : "")
                    c.putPadded(
                        "   [\(tags)] " + doc.displayText(of: doc.structure.sentences[e.sentence]), x: rect.x, y: y,
                        width: rect.width, style: style)
                }
            }
            return
        }
        header(&c, rect, "Relations of \(actors[a].name) (\(relations.count))", focused: state.focus == .relations)
        // The analyst's note on the actor, above its relations.
        var noteRows = 0
        if let note = workspace.notes.actors[actors[a].name], rows > 4 {
            let first = note.split(separator: "\n").first.map(String.init) ?? note
            c.putPadded(" ✎ " + first, x: rect.x, y: rect.y + 1, width: rect.width, style: Style(.heading))
            noteRows = 1
        }
        let listRows = rows - noteRows
        let top = firstRow(selection: state.relationSelection, rows: listRows)
        for i in 0..<listRows where top + i < relations.count {
            let r = relations[top + i]
            let other = actors[r.other(than: a)]
            let selected = top + i == state.relationSelection
            let style: Style =
                selected ? (state.focus == .relations ? .selected : Style(.selection, bold: true)) : .normal
            let (types, right) = cache.relationRow(r)
            let nameWidth = max(6, min(28, rect.width / 3))
            let y = rect.y + 1 + noteRows + i
            c.fill(x: rect.x, y: y, width: rect.width, height: 1, style: style)
            c.put(
                " " + Self.marker(other.kind), x: rect.x, y: y,
                style: Style(ColorRole.of(other.kind), bold: true, reverse: style.reverse))
            c.put(
                " " + DisplayWidth.pad(other.name, to: nameWidth), x: rect.x + 2, y: y, maxWidth: nameWidth + 1,
                style: style)
            let typesWidth = max(0, rect.width - 3 - nameWidth - DisplayWidth.of(right))
            c.put(
                " " + DisplayWidth.pad(types, to: max(0, typesWidth - 1)), x: rect.x + 3 + nameWidth, y: y,
                maxWidth: typesWidth, style: selected ? style : Style(.muted, reverse: style.reverse))
            c.put(right, x: rect.x + rect.width - DisplayWidth.of(right), y: y, style: style)
        }
    }

    // MARK: Reader

    private func drawReaders(_ c: inout Canvas) {
        let w = readerWidth()
        for (i, r) in state.readers.enumerated() {
            let x = i == 0 ? 0 : w + 1
            let rect = Rect(x: x, y: 1, width: i == 0 ? w : width - w - 1, height: bodyHeight)
            drawReader(&c, i, r, rect)
            if i == 0 && state.readers.count == 2 {
                for y in 1...bodyHeight { c.put("│", x: w, y: y, style: .muted) }
            }
        }
    }

    private func drawReader(_ c: inout Canvas, _ index: Int, _ r: ReaderState, _ rect: Rect) {
        let l = layout(for: index)
        let doc = corpus.documents[r.document]
        let focused = index == state.focusedReader
        var head = doc.file
        if let a = state.highlightActor { head += " · " + corpus.actors.actors[a].name }
        if let note = workspace.notes.articles[doc.file] {
            head += " · ✎ " + (note.split(separator: "\n").first.map(String.init) ?? note)
        }
        c.putPadded(
            " " + head, x: rect.x, y: rect.y, width: rect.width,
            style: focused && state.readers.count == 2
                ? Style(.accent, bold: true, reverse: true) : Style(.accent, bold: true))
        let markedLine = r.markedSentence.flatMap { l.sentenceLine[$0] }
        let markedRange = r.markedSentence.map { doc.structure.sentences[$0].range }
        for row in 0..<(rect.height - 1) {
            let n = r.top + row
            guard n < l.lines.count else { break }
            var x = rect.x + 1
            if let markedLine, n >= markedLine, let range = markedRange,
                l.lines[n].runs.contains(where: { $0.offset.map { range.contains($0) } ?? false })
            {
                c.put("▌", x: rect.x, y: rect.y + 1 + row, style: Style(.accent, bold: true))
            }
            for run in l.lines[n].runs {
                x = c.put(run.text, x: x, y: rect.y + 1 + row, maxWidth: rect.x + rect.width - x, style: run.style)
            }
        }
    }

    // MARK: Timeline and search

    private func drawTimeline(_ c: inout Canvas) {
        let entries = timelineEntries()
        let rows = bodyHeight - 1
        c.putPadded(
            " Date" + String(repeating: " ", count: 18) + "Article" + String(repeating: " ", count: 20) + "Sentence",
            x: 0, y: 1, width: width, style: Style(.accent, bold: true))
        let top = firstRow(selection: state.timelineSelection, rows: rows)
        for i in 0..<rows where top + i < entries.count {
            let e = entries[top + i]
            let doc = corpus.documents[e.document]
            let selected = top + i == state.timelineSelection
            let style: Style = selected ? .selected : .normal
            let fileWidth = width >= 100 ? 26 : 0
            var line = " " + DisplayWidth.pad(e.period.description, to: 21) + " "
            if fileWidth > 0 { line += DisplayWidth.pad(doc.file, to: fileWidth) + " " }
            line += doc.displayText(of: doc.structure.sentences[e.sentence])
            c.putPadded(line, x: 0, y: 2 + i, width: width, style: style)
        }
        if entries.isEmpty { c.put(" no dated sentences", x: 0, y: 3, style: .muted) }
    }

    private func drawSearch(_ c: inout Canvas) {
        c.putPadded(
            " Search: " + (state.searchQuery.isEmpty ? "(press f and type)" : state.searchQuery), x: 0, y: 1,
            width: width, style: Style(.accent, bold: true))
        let rows = bodyHeight - 1
        let top = firstRow(selection: state.searchSelection, rows: rows)
        let fileWidth = width >= 100 ? 26 : 0
        let contextWidth = max(8, (width - fileWidth - 4) / 2 - 4)
        for i in 0..<rows where top + i < state.searchResults.count {
            let r = state.searchResults[top + i]
            let selected = top + i == state.searchSelection
            let base: Style = selected ? .selected : .normal
            let y = 2 + i
            c.fill(x: 0, y: y, width: width, height: 1, style: base)
            var x = 1
            if fileWidth > 0 {
                x = c.put(
                    DisplayWidth.pad(corpus.documents[r.document].file, to: fileWidth) + " ", x: x, y: y,
                    style: selected ? base : .muted)
            }
            let left = DisplayWidth.of(r.left) > contextWidth ? "…" + String(r.left.suffix(contextWidth - 1)) : r.left
            x = c.put(
                String(repeating: " ", count: max(0, contextWidth - DisplayWidth.of(left))) + left, x: x, y: y,
                style: base)
            x = c.put(r.keyword, x: x, y: y, style: Style(.match, bold: true, reverse: !selected))
            c.put(r.right, x: x, y: y, maxWidth: width - x, style: base)
        }
        if state.searchResults.isEmpty && !state.searchQuery.isEmpty { c.put(" no results", x: 0, y: 3, style: .muted) }
    }

    // MARK: Help

    static let helpLines: [(String, String)] = [
        ("Tab / Shift-Tab", "next / previous pane (side by side: the other reader)"),
        ("1 2 3", "Articles, Actors, Relations pane"),
        ("↑ ↓  j k", "move (in a reader: scroll)"),
        ("PgUp PgDn  Space", "page up / down"),
        ("Ctrl-u Ctrl-d", "half a page up / down"),
        ("Home End  g G", "first / last"),
        ("Enter  →", "open: article → reader, actor → relations → evidence → reader"),
        ("Esc  Backspace  ←", "back to where you were"),
        ("/", "find in the pane (Actors: narrow the list as you type)"),
        ("n N", "next / previous match"),
        ("o", "change sort order (Articles, Actors)"),
        ("c", "filter Actors by kind"),
        ("v", "evidence: both articles side by side; reader: a second reader"),
        ("w", "switch between the two readers"),
        ("] [", "next / previous mention of the highlighted actor"),
        ("t  T", "timeline (T: only sentences with the selected actor)"),
        ("a", "timeline: toggle the actor filter"),
        ("f", "full-text search"),
        (") (", "reader: next / previous sentence (marks it)"),
        ("b", "add the sentence under the cursor to the current board"),
        ("m", "mark the start of a range; b then adds every sentence up to here"),
        ("B", "boards: Tab boards/items, Enter read, d remove, a choose a board"),
        ("e", "edit the note on the article or actor in $EDITOR"),
        ("p", "open the article in $PAGER"),
        ("y", "copy the sentence (OSC 52; needs clipboard = osc52 in settings)"),
        ("R  A  K", "actor: rename, add a name (alias), change its kind"),
        ("X", "actor: not an actor (ignored from now on)"),
        ("M", "merge: M on one actor, then M on the actor it belongs to"),
        ("u", "undo the last correction (corrections go to your catalog)"),
        ("mouse", "click selects, wheel scrolls"),
        ("?  F1", "this help"),
        ("q  Ctrl-C", "quit"),
    ]

    private func drawHelp(_ c: inout Canvas) {
        let w = min(width - 2, 92)
        let h = min(bodyHeight, Self.helpLines.count + 4)
        let x0 = (width - w) / 2
        let y0 = 1 + max(0, (bodyHeight - h) / 2)
        c.fill(x: x0, y: y0, width: w, height: h, style: .normal)
        c.putPadded(
            " Keys — j/k scroll · ? or Esc closes", x: x0, y: y0, width: w,
            style: Style(.accent, bold: true, reverse: true))
        let top = min(state.helpTop, max(0, Self.helpLines.count - (h - 2)))
        for (i, (key, what)) in Self.helpLines.dropFirst(top).enumerated() where i + 2 < h {
            c.put(
                " " + DisplayWidth.pad(key, to: 18), x: x0, y: y0 + 1 + i, maxWidth: 19,
                style: Style(.accent, bold: true))
            c.put(what, x: x0 + 20, y: y0 + 1 + i, maxWidth: w - 21)
        }
        let legend = " S state  P person  O organization  L place  A agreement  J project  E event  G group"
        if h >= 3 { c.put(legend, x: x0, y: y0 + h - 1, maxWidth: w, style: .muted) }
    }
}

extension Explorer {
    /// "1 article", "5 articles".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
