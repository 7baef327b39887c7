import DossierKit

/// Turning keys into state changes.
extension Explorer {
    /// Handles one key or event.
    public mutating func handle(_ key: Key) {
        if case .resize(let w, let h) = key {
            width = w
            height = h
            return
        }
        state.message = nil
        if state.prompt != nil {
            handlePrompt(key)
            return
        }
        if state.showHelp {
            switch key {
            case .char("q"), .escape, .char("?"), .backspace: state.showHelp = false
            case .down, .char("j"): state.helpTop = min(state.helpTop + 1, Self.helpLines.count - 1)
            case .up, .char("k"): state.helpTop = max(0, state.helpTop - 1)
            case .pageDown, .char(" "): state.helpTop = min(state.helpTop + 10, Self.helpLines.count - 1)
            case .pageUp: state.helpTop = max(0, state.helpTop - 10)
            default: break
            }
            return
        }
        let key = settings.keys[key] ?? key
        if handleWorkflow(key) { return }
        switch key {
        case .char("q"): isRunning = false
        case .ctrl("c"): isRunning = false
        case .char("?"), .function(1):
            state.showHelp = true
            state.helpTop = 0
        case .escape, .backspace:
            back()
        case .left where state.screen != .browse:
            back()
        case .tab: cycleFocus(1)
        case .backTab: cycleFocus(-1)
        case .char("t"):
            push()
            state.screen = .timeline
            state.timelineActor = nil
            state.timelineSelection = 0
        case .char("T"):
            push()
            state.screen = .timeline
            state.timelineActor = state.highlightActor ?? currentActor()
            state.timelineSelection = 0
        case .char("f"):
            if state.screen != .search { push() }
            state.screen = .search
            state.prompt = Prompt(purpose: .search, text: state.searchQuery)
        case .char("/"):
            let narrowing = state.screen == .browse && state.focus == .actors
            state.prompt = Prompt(purpose: narrowing ? .narrowActors : .find, text: narrowing ? state.actorFilter : "")
        case .char("n"): find(forward: true)
        case .char("N"): find(forward: false)
        case .enter: drillIn()
        case .right where state.screen == .browse: drillIn()
        case .click(let x, let y): click(x: x, y: y)
        case .wheelUp: move(-3)
        case .wheelDown: move(3)
        default:
            if state.screen == .reader { readerKey(key) } else { listKey(key) }
        }
    }

    private mutating func cycleFocus(_ step: Int) {
        if state.screen == .reader {
            if state.readers.count == 2 { state.focusedReader = 1 - state.focusedReader }
            return
        }
        guard state.screen == .browse else { return }
        let panes = Pane.allCases
        let i = (state.focus.rawValue + step + panes.count) % panes.count
        state.focus = panes[i]
    }

    // MARK: Lists

    /// The number of rows of the list that has the focus, and its selection.
    private func currentList() -> (count: Int, selection: Int) {
        switch state.screen {
        case .browse:
            switch state.focus {
            case .articles: return (corpus.documents.count, state.articleSelection)
            case .actors: return (actorList().count, state.actorSelection)
            case .relations:
                if state.evidencePair != nil { return (evidenceRows().count, state.evidenceSelection) }
                return (relationList().count, state.relationSelection)
            }
        case .timeline: return (timelineEntries().count, state.timelineSelection)
        case .search: return (state.searchResults.count, state.searchSelection)
        case .reader, .boards: return (0, 0)
        }
    }

    private mutating func setSelection(_ value: Int) {
        let (count, _) = currentList()
        let v = max(0, min(count - 1, value))
        switch state.screen {
        case .browse:
            switch state.focus {
            case .articles: state.articleSelection = v
            case .actors:
                state.actorSelection = v
                state.relationActor = nil
                state.relationSelection = 0
                state.evidencePair = nil
            case .relations:
                if state.evidencePair != nil { state.evidenceSelection = v } else { state.relationSelection = v }
            }
        case .timeline: state.timelineSelection = v
        case .search: state.searchSelection = v
        case .reader, .boards: break
        }
    }

    mutating func move(_ delta: Int) {
        if state.screen == .reader {
            scrollReader(delta)
            return
        }
        let (count, selection) = currentList()
        guard count > 0 else { return }
        setSelection(selection + delta)
    }

    private mutating func listKey(_ key: Key) {
        let page = max(1, bodyHeight - 2)
        switch key {
        case .down, .char("j"): move(1)
        case .up, .char("k"): move(-1)
        case .pageDown, .char(" "): move(page)
        case .pageUp: move(-page)
        case .ctrl("d"): move(page / 2)
        case .ctrl("u"): move(-page / 2)
        case .home, .char("g"): setSelection(0)
        case .end, .char("G"): setSelection(Int.max / 2)
        case .char("o"): cycleSort()
        case .char("c") where state.screen == .browse && state.focus == .actors: cycleKind()
        case .char("v"): sideBySideFromEvidence()
        case .char("a") where state.screen == .timeline:
            state.timelineActor = state.timelineActor == nil ? (state.highlightActor ?? currentActor()) : nil
            state.timelineSelection = 0
        case .char("1"): state.focus = .articles
        case .char("2"): state.focus = .actors
        case .char("3"): state.focus = .relations
        default: break
        }
    }

    private mutating func cycleSort() {
        guard state.screen == .browse else { return }
        if state.focus == .articles {
            let all = ArticleSort.allCases
            state.articleSort = all[((all.firstIndex(of: state.articleSort) ?? 0) + 1) % all.count]
            state.message = "articles sorted by \(state.articleSort.rawValue)"
        } else if state.focus == .actors {
            let all = ActorSort.allCases
            state.actorSort = all[((all.firstIndex(of: state.actorSort) ?? 0) + 1) % all.count]
            state.actorSelection = 0
            state.message = "actors sorted by \(state.actorSort.rawValue)"
        }
    }

    private mutating func cycleKind() {
        let kinds: [ActorKind?] = [nil] + ActorKind.allCases.map { $0 }
        let i = kinds.firstIndex(of: state.actorKind) ?? 0
        state.actorKind = kinds[(i + 1) % kinds.count]
        state.actorSelection = 0
        state.relationActor = nil
        state.evidencePair = nil
        state.message = "showing " + (state.actorKind.map { $0.rawValue + " actors" } ?? "all actors")
    }

    // MARK: Drilling in

    mutating func drillIn() {
        switch state.screen {
        case .browse:
            switch state.focus {
            case .articles:
                let order = articleOrder()
                guard !order.isEmpty else { return }
                let d = order[min(state.articleSelection, order.count - 1)]
                push()
                openReader(document: d, sentence: nil, highlight: currentActor())
            case .actors:
                guard let a = currentActor() else { return }
                push()
                state.relationActor = a
                state.highlightActor = a
                state.focus = .relations
                state.relationSelection = 0
                state.evidencePair = nil
            case .relations:
                if state.evidencePair != nil {
                    let rows = evidenceRows()
                    guard state.evidenceSelection < rows.count else { return }
                    let row = rows[state.evidenceSelection]
                    let e: Evidence
                    if let ev = row.evidence {
                        e = ev
                    } else if state.evidenceSelection + 1 < rows.count,
                        let ev = rows[state.evidenceSelection + 1].evidence
                    {
                        e = ev
                    } else {
                        return
                    }
                    push()
                    openReader(document: e.document, sentence: e.sentence, highlight: currentActor())
                } else {
                    guard !relationList().isEmpty else { return }
                    push()
                    state.evidencePair = state.relationSelection
                    state.evidenceSelection = 1
                }
            }
        case .timeline:
            let entries = timelineEntries()
            guard state.timelineSelection < entries.count else { return }
            let e = entries[state.timelineSelection]
            push()
            openReader(document: e.document, sentence: e.sentence, highlight: state.timelineActor)
        case .search:
            guard state.searchSelection < state.searchResults.count else { return }
            let r = state.searchResults[state.searchSelection]
            push()
            openReader(document: r.document, sentence: r.sentence, highlight: state.highlightActor)
        case .reader, .boards:
            break
        }
    }

    mutating func openReader(document: Int, sentence: Int?, highlight: Int?) {
        state.screen = .reader
        state.readers = [ReaderState(document: document, markedSentence: sentence)]
        state.focusedReader = 0
        if let highlight, corpus.actors.actors[highlight].documents.contains(where: { $0.document == document }) {
            state.highlightActor = highlight
        } else if highlight == nil {
            state.highlightActor = nil
        }
        scrollToMarked(0)
    }

    /// From an evidence row: its document on the left, the next evidence from another document
    /// on the right, both at their sentences, the actor highlighted in both.
    private mutating func sideBySideFromEvidence() {
        guard state.screen == .browse, state.focus == .relations, state.evidencePair != nil else {
            state.message = "v: choose a relation's evidence first (Actors → Enter → Enter)"
            return
        }
        let rows = evidenceRows()
        let evidence = rows.compactMap(\.evidence)
        guard state.evidenceSelection < rows.count else { return }
        let chosen =
            rows[state.evidenceSelection].evidence ?? rows[min(rows.count - 1, state.evidenceSelection + 1)].evidence
        guard let left = chosen else { return }
        guard
            let right = evidence.first(where: { $0.document != left.document && $0.document > left.document })
                ?? evidence.first(where: { $0.document != left.document })
        else {
            state.message = "all the evidence is in one article"
            return
        }
        push()
        openReader(document: left.document, sentence: left.sentence, highlight: currentActor())
        state.readers.append(ReaderState(document: right.document, markedSentence: right.sentence))
        scrollToMarked(1)
    }

    // MARK: Reader

    func readerWidth() -> Int {
        state.readers.count == 2 ? max(10, (width - 1) / 2) : width
    }

    func layout(for reader: Int) -> ReaderLayout {
        cache.layout(
            document: state.readers[reader].document, width: readerWidth() - 2, highlight: state.highlightActor,
            corpus: corpus)
    }

    mutating func scrollToMarked(_ r: Int) {
        guard r < state.readers.count, let s = state.readers[r].markedSentence else { return }
        let l = layout(for: r)
        if let line = l.sentenceLine[s] { state.readers[r].top = max(0, line - 3) }
    }

    private mutating func scrollReader(_ delta: Int) {
        guard !state.readers.isEmpty else { return }
        let r = state.focusedReader
        let count = layout(for: r).lines.count
        state.readers[r].top = max(0, min(max(0, count - bodyHeight + 2), state.readers[r].top + delta))
    }

    private mutating func readerKey(_ key: Key) {
        let page = max(1, bodyHeight - 3)
        switch key {
        case .down, .char("j"): scrollReader(1)
        case .up, .char("k"): scrollReader(-1)
        case .pageDown, .char(" "): scrollReader(page)
        case .pageUp: scrollReader(-page)
        case .ctrl("d"): scrollReader(page / 2)
        case .ctrl("u"): scrollReader(-page / 2)
        case .home, .char("g"): scrollReader(-Int.max / 4)
        case .end, .char("G"): scrollReader(Int.max / 4)
        case .char("w"): cycleFocus(1)
        case .char("]"): jumpMention(forward: true)
        case .char("["): jumpMention(forward: false)
        case .char("v"):
            if state.readers.count == 2 {
                state.readers.removeLast()
                state.focusedReader = 0
            } else if let d = state.readers.first?.document, let link = DocumentLinks.links(for: d, in: corpus).first {
                state.readers.append(ReaderState(document: link.document))
                state.message = "side by side: " + link.reason
            }
        default: break
        }
    }

    /// Moves the focused reader to the next (or previous) mention of the highlighted actor.
    private mutating func jumpMention(forward: Bool) {
        guard let actor = state.highlightActor else {
            state.message = "no actor highlighted: choose one in Actors, then open the article"
            return
        }
        let r = state.focusedReader
        let l = layout(for: r)
        guard !l.highlightLines.isEmpty else {
            state.message = "\(corpus.actors.actors[actor].name) is not mentioned in this article"
            return
        }
        let current = state.readers[r].currentMention
        let next: (start: Int, line: Int)?
        if forward {
            next =
                l.highlightLines.first { current == nil ? $0.line >= state.readers[r].top : $0.start > (current ?? -1) }
                ?? l.highlightLines.first
        } else {
            next =
                l.highlightLines.last {
                    current == nil ? $0.line < state.readers[r].top : $0.start < (current ?? Int.max)
                }
                ?? l.highlightLines.last
        }
        guard let next else { return }
        state.readers[r].currentMention = next.start
        state.readers[r].top = max(0, next.line - 3)
        let index = (l.highlightLines.firstIndex { $0.start == next.start } ?? 0) + 1
        state.message = "\(corpus.actors.actors[actor].name): mention \(index) of \(l.highlightLines.count)"
    }

    // MARK: Prompts, find and search

    private mutating func handlePrompt(_ key: Key) {
        guard var prompt = state.prompt else { return }
        switch key {
        case .escape:
            if prompt.purpose == .narrowActors { state.actorFilter = "" }
            state.prompt = nil
            return
        case .enter:
            state.prompt = nil
            switch prompt.purpose {
            case .find:
                state.findPattern = prompt.text
                find(forward: true, includeCurrent: true)
            case .narrowActors:
                state.actorFilter = prompt.text
            case .search:
                runSearch(prompt.text)
            default:
                answer(prompt.purpose, prompt.text)
            }
            return
        case .backspace, .delete:
            if !prompt.text.isEmpty { prompt.text.removeLast() }
        case .ctrl("u"):
            prompt.text = ""
        case .ctrl("w"):
            while prompt.text.last == " " { prompt.text.removeLast() }
            while let last = prompt.text.last, last != " " { prompt.text.removeLast() }
        case .char(let c):
            prompt.text.append(c)
        case .resize(let w, let h):
            width = w
            height = h
        default:
            return
        }
        state.prompt = prompt
        if prompt.purpose == .narrowActors {
            state.actorFilter = prompt.text
            state.actorSelection = 0
            state.relationActor = nil
            state.evidencePair = nil
        }
    }

    mutating func runSearch(_ query: String) {
        state.searchQuery = query
        state.searchSelection = 0
        prepareSearch()
        if defersSearch, cache.searchIndex?.isReady == false {
            // The host draws this message, then calls finishPendingSearch().
            pendingSearch = query
            state.searchResults = []
            state.message = "indexing \(corpus.documents.count) articles for search…"
            return
        }
        guard let index = cache.searchIndex?.index else { return }
        let hits = index.search(SearchQuery(query), actors: corpus.actors, limit: 200)
        state.searchResults = hits.map { h in
            let line = Concordance.line(for: h, in: corpus, width: 60)
            return SearchResult(
                document: h.document, sentence: h.sentence, left: line.left, keyword: line.keyword, right: line.right)
        }
        state.message = "\(hits.count) result\(hits.count == 1 ? "" : "s") for \(query)"
    }

    /// Texts of the rows of the focused list, for `/` find.
    private func rowTexts() -> [String] {
        switch state.screen {
        case .browse:
            switch state.focus {
            case .articles:
                return articleOrder().map { d in
                    let s = corpus.documents[d].summary
                    return s.title + " " + s.authors.joined(separator: " ") + " " + corpus.documents[d].file
                }
            case .actors: return actorList().map { corpus.actors.actors[$0].name }
            case .relations:
                if state.evidencePair != nil {
                    return evidenceRows().map { row in
                        switch row {
                        case .document(let d, _): return corpus.documents[d].file
                        case .evidence(let e):
                            let doc = corpus.documents[e.document]
                            return doc.displayText(of: doc.structure.sentences[e.sentence])
                        }
                    }
                }
                guard let a = currentActor() else { return [] }
                return relationList().map { corpus.actors.actors[$0.other(than: a)].name }
            }
        case .timeline:
            return timelineEntries().map { e in
                let doc = corpus.documents[e.document]
                return e.text + " " + doc.displayText(of: doc.structure.sentences[e.sentence])
            }
        case .search: return state.searchResults.map { $0.left + $0.keyword + $0.right }
        case .boards: return []
        case .reader:
            guard !state.readers.isEmpty else { return [] }
            return layout(for: state.focusedReader).lines.map { $0.runs.map(\.text).joined() }
        }
    }

    mutating func find(forward: Bool, includeCurrent: Bool = false) {
        let pattern = TextFolding.fold(state.findPattern)
        guard !pattern.isEmpty else {
            state.message = "no pattern: type / first"
            return
        }
        let rows = rowTexts()
        guard !rows.isEmpty else { return }
        let current = state.screen == .reader ? state.readers[state.focusedReader].top : currentList().selection
        let n = rows.count
        for step in (includeCurrent ? 0 : 1)...n {
            let i = ((forward ? current + step : current - step) % n + n) % n
            if TextFolding.fold(rows[i]).contains(pattern) {
                if state.screen == .reader {
                    state.readers[state.focusedReader].top = i
                } else {
                    setSelection(i)
                }
                return
            }
        }
        state.message = "not found: \(state.findPattern)"
    }

    // MARK: Mouse

    private mutating func click(x: Int, y: Int) {
        guard state.screen == .browse else {
            if state.screen == .timeline || state.screen == .search {
                let (count, selection) = currentList()
                let top = (selection / max(1, bodyHeight - 1)) * max(1, bodyHeight - 1)
                let row = top + (y - 2)
                if y >= 2 && row < count { setSelection(row) }
            }
            return
        }
        for (pane, rect) in paneRects()
        where x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height {
            state.focus = pane
            let listTop = rect.y + 1
            let rows = rect.height - 1
            let (count, selection) = currentList()
            let top = (selection / max(1, rows)) * max(1, rows)
            let row = top + (y - listTop)
            if y >= listTop && row < count { setSelection(row) }
        }
    }
}
