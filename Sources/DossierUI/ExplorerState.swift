import DossierKit

/// Everything the explorer shows, apart from the corpus itself: what is selected, filtered,
/// open and typed. A value: every screen is reproducible from (corpus, state, size).
public struct ExplorerState: Equatable, Sendable {
    public var screen: Screen = .browse
    public var focus: Pane = .articles
    public var showHelp = false
    /// The first help line shown (the help scrolls on small terminals).
    public var helpTop = 0

    public var articleSelection = 0
    public var articleSort: ArticleSort = .file

    public var actorSelection = 0
    public var actorSort: ActorSort = .mentions
    public var actorKind: ActorKind? = nil
    /// Narrows the actor list as the user types after `/` in the actor pane.
    public var actorFilter = ""

    /// The actor whose relations the relation pane lists (an id), if any.
    public var relationActor: Int? = nil
    public var relationSelection = 0
    /// When set, the relation pane shows this pair's evidence.
    public var evidencePair: Int? = nil
    public var evidenceSelection = 0

    /// One reader, or two side by side.
    public var readers: [ReaderState] = []
    public var focusedReader = 0
    /// The actor highlighted in readers.
    public var highlightActor: Int? = nil

    public var timelineSelection = 0
    public var timelineActor: Int? = nil

    public var searchQuery = ""
    public var searchResults: [SearchResult] = []
    public var searchSelection = 0

    /// Boards screen: the selected board, the selected item, and whether items have the focus.
    public var boardSelection = 0
    public var boardItemSelection = 0
    public var boardItemsFocused = false
    /// The start of a range for the board (`m`): a document and a sentence.
    public var rangeAnchor: SentencePosition? = nil
    /// The actor waiting to be merged (`M` once on it, `M` again on the actor it joins).
    public var mergeSource: Int? = nil

    /// Text typed at a prompt (`/` find, or the search box), when one is open.
    public var prompt: Prompt? = nil
    /// The last `/` pattern, for `n` and `N`.
    public var findPattern = ""
    /// A one-line message for the status bar.
    public var message: String? = nil

    public init() {}
}

/// A prompt at the bottom of the screen.
public struct Prompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case find, narrowActors, search
        /// Corrections of one actor (by id), and the name of the board to add to.
        case rename(Int), alias(Int), kind(Int), board
    }
    public var purpose: Purpose
    public var text: String
}

/// A search hit kept in the state (document, sentence, keyword-in-context text).
public struct SearchResult: Equatable, Sendable {
    public var document: Int
    public var sentence: Int
    public var left: String
    public var keyword: String
    public var right: String
}

/// A sentence of a document.
public struct SentencePosition: Equatable, Sendable {
    public var document: Int
    public var sentence: Int
}
