import DossierKit

/// The analyst's actions that a settings file may bind to other keys (`key.NAME = KEY`).
public enum Action: String, CaseIterable, Sendable {
    case quit, help, search, timeline, find
    case sort, kindFilter = "kind-filter", sideBySide = "side-by-side", switchReader = "switch-reader"
    case nextMention = "next-mention", previousMention = "previous-mention"
    case nextSentence = "next-sentence", previousSentence = "previous-sentence"
    case boardAdd = "board-add", boardMark = "board-mark", boards
    case note, pager, copy
    case rename, alias, kind, notActor = "not-actor", merge, undo

    /// The key that does it by default.
    public var defaultKey: Key {
        switch self {
        case .quit: return .char("q")
        case .help: return .char("?")
        case .search: return .char("f")
        case .timeline: return .char("t")
        case .find: return .char("/")
        case .sort: return .char("o")
        case .kindFilter: return .char("c")
        case .sideBySide: return .char("v")
        case .switchReader: return .char("w")
        case .nextMention: return .char("]")
        case .previousMention: return .char("[")
        case .nextSentence: return .char(")")
        case .previousSentence: return .char("(")
        case .boardAdd: return .char("b")
        case .boardMark: return .char("m")
        case .boards: return .char("B")
        case .note: return .char("e")
        case .pager: return .char("p")
        case .copy: return .char("y")
        case .rename: return .char("R")
        case .alias: return .char("A")
        case .kind: return .char("K")
        case .notActor: return .char("X")
        case .merge: return .char("M")
        case .undo: return .char("u")
        }
    }
}

/// Something the explorer asks its host to do outside the screen: write a file, run the
/// user's editor or pager, talk to the terminal. The explorer stays pure; the host (the
/// `dossier` executable, or a test) performs effects and reports back.
public enum ExplorerEffect: Equatable, Sendable {
    /// Write the boards (``Explorer/workspace``) to disk.
    case saveBoards
    /// Edit the note on `target` in the user's editor, then call ``Explorer/setNote(_:on:)``.
    case editNote(NoteTarget, current: String)
    /// Show the article in the user's pager.
    case page(document: Int)
    /// Put `text` on the terminal's clipboard (OSC 52).
    case copy(String)
    /// Write the correction to the user's catalog and re-analyse, then ``Explorer/replaceCorpus(_:message:)``.
    case correct(Correction)
    /// Undo the last correction, then re-analyse.
    case undoCorrection
}
