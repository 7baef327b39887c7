import DossierKit

/// The analyst's keys: evidence boards, notes, corrections, pager and clipboard.
extension Explorer {
    /// Handles a workflow key; false when `key` is not one.
    mutating func handleWorkflow(_ key: Key) -> Bool {
        if state.screen == .boards, boardsKey(key) { return true }
        switch key {
        case Action.boardAdd.defaultKey: addToBoard()
        case Action.boardMark.defaultKey: markRangeStart()
        case Action.boards.defaultKey:
            guard state.screen != .boards else { return true }
            push()
            state.screen = .boards
            state.boardSelection = workspace.boards.firstIndex { $0.name == currentBoard } ?? 0
            state.boardItemSelection = 0
            state.boardItemsFocused = !workspace.boards.isEmpty
        case Action.note.defaultKey: editNote()
        case Action.pager.defaultKey:
            guard let d = currentDocument() else {
                state.message = "p: choose an article first"
                return true
            }
            effects.append(.page(document: d))
        case Action.copy.defaultKey: copySentence()
        case Action.rename.defaultKey: correctionPrompt { .rename($0) }
        case Action.alias.defaultKey: correctionPrompt { .alias($0) }
        case Action.kind.defaultKey: correctionPrompt { .kind($0) }
        case Action.notActor.defaultKey:
            guard let a = correctableActor() else { return true }
            effects.append(.correct(.ignore(corpus.actors.actors[a].name)))
        case Action.merge.defaultKey: merge()
        case Action.undo.defaultKey: effects.append(.undoCorrection)
        case Action.nextSentence.defaultKey where state.screen == .reader: stepSentence(1)
        case Action.previousSentence.defaultKey where state.screen == .reader: stepSentence(-1)
        default: return false
        }
        return true
    }

    // MARK: The current sentence, article and actor

    /// The sentence under the cursor: the marked one in a reader (or the first one visible),
    /// the selected evidence, search result or timeline entry.
    func currentSentence() -> SentencePosition? {
        switch state.screen {
        case .reader:
            guard state.focusedReader < state.readers.count else { return nil }
            let r = state.readers[state.focusedReader]
            if let s = r.markedSentence { return SentencePosition(document: r.document, sentence: s) }
            let l = layout(for: state.focusedReader)
            let first = l.sentenceLine.filter { $0.value >= r.top }.min { ($0.value, $0.key) < ($1.value, $1.key) }
            return first.map { SentencePosition(document: r.document, sentence: $0.key) }
        case .browse where state.focus == .relations && state.evidencePair != nil:
            let rows = evidenceRows()
            guard state.evidenceSelection < rows.count, let e = rows[state.evidenceSelection].evidence else {
                return nil
            }
            return SentencePosition(document: e.document, sentence: e.sentence)
        case .search:
            guard state.searchSelection < state.searchResults.count else { return nil }
            let r = state.searchResults[state.searchSelection]
            return SentencePosition(document: r.document, sentence: r.sentence)
        case .timeline:
            let entries = timelineEntries()
            guard state.timelineSelection < entries.count else { return nil }
            let e = entries[state.timelineSelection]
            return SentencePosition(document: e.document, sentence: e.sentence)
        default:
            return nil
        }
    }

    /// The article under the cursor: the focused reader's, or the selected one in Articles.
    func currentDocument() -> Int? {
        switch state.screen {
        case .reader:
            return state.focusedReader < state.readers.count ? state.readers[state.focusedReader].document : nil
        case .browse where state.focus == .articles:
            let order = articleOrder()
            return order.isEmpty ? nil : order[min(state.articleSelection, order.count - 1)]
        default:
            return currentSentence()?.document
        }
    }

    /// The actor a correction applies to: the selected one in Actors or Relations, or the
    /// actor highlighted in a reader.
    private mutating func correctableActor() -> Int? {
        let actor: Int?
        switch state.screen {
        case .browse: actor = state.focus == .articles ? nil : currentActor()
        case .reader, .timeline: actor = state.highlightActor ?? state.timelineActor
        default: actor = nil
        }
        if actor == nil { state.message = "choose an actor first (Actors pane)" }
        return actor
    }

    // MARK: Boards

    private mutating func markRangeStart() {
        guard let position = currentSentence() else {
            state.message = "m: choose a sentence first (reader, evidence, search or timeline)"
            return
        }
        state.rangeAnchor = position
        state.message = "range starts at sentence \(position.sentence + 1); move, then b adds the range"
    }

    private mutating func addToBoard() {
        guard let position = currentSentence() else {
            state.message = "b: choose a sentence first (reader, evidence, search or timeline)"
            return
        }
        var range = position.sentence...position.sentence
        if let anchor = state.rangeAnchor, anchor.document == position.document {
            range = min(anchor.sentence, position.sentence)...max(anchor.sentence, position.sentence)
        }
        state.rangeAnchor = nil
        let item = BoardItem(corpus: corpus, document: position.document, sentences: range)
        do {
            let n = try workspace.add(item, to: currentBoard)
            effects.append(.saveBoards)
            let what = range.count == 1 ? "sentence" : "\(range.count) sentences"
            state.message = "\(what) added to board \(currentBoard) (\(n) item\(n == 1 ? "" : "s"))"
        } catch {
            state.message = error.description
        }
    }

    /// Keys of the Boards screen; false for keys it leaves to the rest.
    private mutating func boardsKey(_ key: Key) -> Bool {
        let boards = workspace.boards
        switch key {
        case .tab, .backTab,
            .right where !state.boardItemsFocused, .left where state.boardItemsFocused:
            state.boardItemsFocused.toggle()
        case .down, .char("j"), .up, .char("k"), .home, .char("g"), .end, .char("G"):
            let delta: Int
            switch key {
            case .down, .char("j"): delta = 1
            case .up, .char("k"): delta = -1
            case .home, .char("g"): delta = -Int.max / 2
            default: delta = Int.max / 2
            }
            if state.boardItemsFocused {
                let count = boards.isEmpty ? 0 : boards[min(state.boardSelection, boards.count - 1)].items.count
                state.boardItemSelection = max(0, min(count - 1, state.boardItemSelection &+ delta))
            } else {
                state.boardSelection = max(0, min(boards.count - 1, state.boardSelection &+ delta))
                state.boardItemSelection = 0
                if state.boardSelection < boards.count { currentBoard = boards[state.boardSelection].name }
            }
        case .enter:
            if !state.boardItemsFocused {
                state.boardItemsFocused = true
                return true
            }
            guard let item = selectedBoardItem() else { return true }
            guard let d = corpus.documents.firstIndex(where: { $0.file == item.file }) else {
                state.message = "\(item.file) is not in this corpus any more"
                return true
            }
            let last = corpus.documents[d].structure.sentences.count - 1
            guard item.firstSentence <= last else {
                state.message = "\(item.file) has changed: the sentence is gone"
                return true
            }
            push()
            openReader(document: d, sentence: item.firstSentence, highlight: nil)
        case .char("d"), .delete:
            guard state.boardItemsFocused, state.boardSelection < boards.count, selectedBoardItem() != nil else {
                return true
            }
            try? workspace.remove(item: state.boardItemSelection, from: boards[state.boardSelection].name)
            let count = workspace.boards[state.boardSelection].items.count
            state.boardItemSelection = max(0, min(state.boardItemSelection, count - 1))
            effects.append(.saveBoards)
            state.message = "item removed"
        case .char("a"):
            state.prompt = Prompt(purpose: .board, text: "")
        default:
            return false
        }
        return true
    }

    func selectedBoardItem() -> BoardItem? {
        let boards = workspace.boards
        guard state.boardSelection < boards.count else { return nil }
        let items = boards[state.boardSelection].items
        return state.boardItemSelection < items.count ? items[state.boardItemSelection] : nil
    }

    /// The board prompt's answer: that board becomes the one `b` adds to.
    mutating func chooseBoard(_ name: String) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard Board.isValidName(trimmed) else {
            state.message = WorkspaceError.badName(trimmed).description
            return
        }
        currentBoard = trimmed
        if workspace.board(named: trimmed) == nil {
            workspace.boards.append(Board(name: trimmed))
            effects.append(.saveBoards)
        }
        state.boardSelection = workspace.boards.firstIndex { $0.name == trimmed } ?? 0
        state.boardItemSelection = 0
        state.message = "b now adds to board \(trimmed)"
    }

    // MARK: Notes, pager, clipboard

    private mutating func editNote() {
        let target: NoteTarget
        if state.screen == .browse && state.focus == .articles || state.screen == .reader {
            guard let d = currentDocument() else { return }
            target = .article(corpus.documents[d].file)
        } else if state.screen == .browse, let a = currentActor() {
            target = .actor(corpus.actors.actors[a].name)
        } else {
            state.message = "e: notes are on articles (Articles, a reader) and actors (Actors, Relations)"
            return
        }
        effects.append(.editNote(target, current: workspace.notes.note(on: target) ?? ""))
    }

    private mutating func copySentence() {
        guard let position = currentSentence() else {
            state.message = "y: choose a sentence first (reader, evidence, search or timeline)"
            return
        }
        guard settings.clipboard else {
            state.message = "copying is off: add 'clipboard = osc52' to \(Settings.path())"
            return
        }
        let doc = corpus.documents[position.document]
        let text = doc.displayText(of: doc.structure.sentences[position.sentence])
        effects.append(.copy(text))
        state.message = "sentence copied"
    }

    // MARK: Corrections

    private mutating func correctionPrompt(_ purpose: (Int) -> Prompt.Purpose) {
        guard let a = correctableActor() else { return }
        let p = purpose(a)
        let text: String
        if case .rename = p { text = corpus.actors.actors[a].name } else { text = "" }
        state.prompt = Prompt(purpose: p, text: text)
    }

    private mutating func merge() {
        guard let a = correctableActor() else { return }
        guard let source = state.mergeSource, source != a else {
            state.mergeSource = a
            state.message = "merge \(corpus.actors.actors[a].name) into…: select the other actor and press M"
            return
        }
        state.mergeSource = nil
        effects.append(.correct(.merge(corpus.actors.actors[source].name, into: corpus.actors.actors[a].name)))
    }

    /// The answer to a correction or board prompt.
    mutating func answer(_ purpose: Prompt.Purpose, _ text: String) {
        let value = text.trimmingCharacters(in: .whitespaces)
        let correction: Correction
        switch purpose {
        case .rename(let a):
            guard !value.isEmpty, value != corpus.actors.actors[a].name else { return }
            correction = .rename(corpus.actors.actors[a].name, to: value)
        case .alias(let a):
            guard !value.isEmpty else { return }
            correction = .alias(corpus.actors.actors[a].name, alias: value)
        case .kind(let a):
            guard let kind = ActorKind.allCases.first(where: { $0.rawValue.hasPrefix(value.lowercased()) }),
                !value.isEmpty
            else {
                state.message = "kinds: " + ActorKind.allCases.map(\.rawValue).joined(separator: ", ")
                return
            }
            correction = .kind(corpus.actors.actors[a].name, kind)
        case .board:
            chooseBoard(value)
            return
        default:
            return
        }
        guard correction.line != nil else {
            state.message = "a name cannot hold '|', '#', '@' or a line break"
            return
        }
        effects.append(.correct(correction))
    }

    // MARK: Reader sentences

    private mutating func stepSentence(_ step: Int) {
        guard let current = currentSentence() else { return }
        let count = corpus.documents[current.document].structure.sentences.count
        let r = state.focusedReader
        let hasMark = state.readers[r].markedSentence != nil
        let next = hasMark ? max(0, min(count - 1, current.sentence + step)) : current.sentence
        state.readers[r].markedSentence = next
        let l = layout(for: r)
        if let line = l.sentenceLine[next] {
            let rows = max(1, bodyHeight - 2)
            if line < state.readers[r].top || line >= state.readers[r].top + rows {
                state.readers[r].top = max(0, line - 3)
            }
        }
        state.message = "sentence \(next + 1) of \(count)"
    }
}
