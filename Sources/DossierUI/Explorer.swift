import DossierKit

/// The explorer: a corpus, the state of the screen, and the two pure steps of its loop —
/// ``handle(_:)`` turns a key into a new state, ``render()`` turns the state into a canvas.
public struct Explorer {
    public internal(set) var corpus: Corpus
    /// A short name for the corpus shown in the title bar ("seeds").
    public let corpusName: String
    public internal(set) var state = ExplorerState()
    /// Earlier states, for Esc and Backspace.
    public internal(set) var history: [ExplorerState] = []
    /// The terminal size.
    public internal(set) var width: Int
    public internal(set) var height: Int
    /// False once the user asked to quit.
    public internal(set) var isRunning = true
    private(set) var cache = ExplorerCache()
    /// The analyst's boards and notes for this corpus.
    public internal(set) var workspace: Workspace
    /// The user's settings (key bindings, colours, clipboard, default board).
    public let settings: Settings
    /// The board that `b` adds to.
    public internal(set) var currentBoard: String
    /// Effects waiting for the host (see ``ExplorerEffect``).
    public internal(set) var effects: [ExplorerEffect] = []
    /// When true, a search asked for while the background index is still being built is left
    /// pending with a message, for the host to draw and then finish with
    /// ``finishPendingSearch()``; when false (the default) the search waits for the index.
    public var defersSearch = false
    /// The query of a deferred search.
    public internal(set) var pendingSearch: String?

    public init(
        corpus: Corpus, corpusName: String, width: Int = 80, height: Int = 24,
        workspace: Workspace = Workspace(folder: ""), settings: Settings = Settings()
    ) {
        self.corpus = corpus
        self.corpusName = corpusName
        self.width = width
        self.height = height
        self.workspace = workspace
        self.settings = settings
        currentBoard = settings.board
    }

    /// Starts building the search index in the background (the host calls this once the first
    /// screen is drawn; a search waits for the index if it is not ready yet).
    public func prepareSearch() {
        if cache.searchIndex == nil { cache.searchIndex = BackgroundSearchIndex(documents: corpus.documents) }
    }

    /// Runs the deferred search, waiting for the index if need be.
    public mutating func finishPendingSearch() {
        guard let query = pendingSearch else { return }
        pendingSearch = nil
        let deferring = defersSearch
        defersSearch = false
        runSearch(query)
        defersSearch = deferring
    }

    /// Returns and clears the effects the last keys asked for.
    public mutating func takeEffects() -> [ExplorerEffect] {
        defer { effects = [] }
        return effects
    }

    /// Stores the note the user wrote on `target` (the host saves ``workspace``'s notes).
    public mutating func setNote(_ text: String, on target: NoteTarget) {
        workspace.notes.set(text, on: target)
        state.message =
            workspace.notes.note(on: target) == nil
            ? "note on \(target.description) removed" : "note on \(target.description) saved"
    }

    /// Puts a re-analysed corpus in place (after a correction), keeping the selected actor by name.
    public mutating func replaceCorpus(_ newCorpus: Corpus, message: String) {
        let keep = currentActor().map { corpus.actors.actors[$0].name }
        let highlight = state.highlightActor.map { corpus.actors.actors[$0].name }
        corpus = newCorpus
        cache = ExplorerCache()
        history.removeAll()
        state.relationActor = nil
        state.evidencePair = nil
        state.mergeSource = nil
        state.timelineActor = nil
        state.searchResults = []
        state.highlightActor = highlight.flatMap { newCorpus.actors.actor(named: $0)?.id }
        state.actorSelection = 0
        if let keep, let a = newCorpus.actors.actor(named: keep), let i = actorList().firstIndex(of: a.id) {
            state.actorSelection = i
        }
        state.actorSelection = min(state.actorSelection, max(0, actorList().count - 1))
        state.message = message
    }

    /// The smallest size the explorer draws; below it a message says so.
    public static let minimumWidth = 30
    public static let minimumHeight = 8

    /// Rows between the title bar and the status line.
    var bodyHeight: Int { max(1, height - 2) }

    /// Shows a one-line message in the status bar.
    public mutating func note(_ message: String) { state.message = message }

    /// Remembers the current state so that Esc can come back to it.
    mutating func push() {
        history.append(state)
        if history.count > 200 { history.removeFirst() }
    }

    /// Goes back to the previous state, as a browser does.
    mutating func back() {
        if let previous = history.popLast() {
            state = previous
            state.message = nil
        } else if state.screen != .browse {
            state.screen = .browse
        }
    }
}
