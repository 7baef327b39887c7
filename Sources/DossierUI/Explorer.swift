import DossierKit

/// The explorer: a corpus, the state of the screen, and the two pure steps of its loop —
/// ``handle(_:)`` turns a key into a new state, ``render()`` turns the state into a canvas.
public struct Explorer {
    public let corpus: Corpus
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
    let cache = ExplorerCache()

    public init(corpus: Corpus, corpusName: String, width: Int = 80, height: Int = 24) {
        self.corpus = corpus
        self.corpusName = corpusName
        self.width = width
        self.height = height
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
