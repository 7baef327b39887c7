import Foundation

/// What the analyst keeps for one corpus: evidence boards and notes, stored as two JSON files
/// in the corpus's folder under the user's data folder (see ``DataFolders``).
public struct Workspace: Equatable, Sendable {
    /// The folder the files live in.
    public var folder: String
    public var boards: [Board]
    public var notes: Notes

    struct BoardFile: Codable { var boards: [Board] }

    var boardsPath: String { folder + "/boards.json" }
    var notesPath: String { folder + "/notes.json" }

    /// An empty workspace in `folder` (nothing is written until something is saved).
    public init(folder: String) {
        self.folder = folder
        boards = []
        notes = Notes()
    }

    /// Loads the workspace in `folder`; damaged files are set aside with a warning.
    public static func load(folder: String) -> (Workspace, [String]) {
        AtomicFile.removeLeftovers(in: folder)
        var w = Workspace(folder: folder)
        let (b, bw) = StoredFile.load(BoardFile.self, from: w.boardsPath, empty: BoardFile(boards: []))
        let (n, nw) = StoredFile.load(Notes.self, from: w.notesPath, empty: Notes())
        w.boards = b.boards
        w.notes = n
        return (w, bw + nw)
    }

    /// The board named `name` (case-sensitive), if any.
    public func board(named name: String) -> Board? { boards.first { $0.name == name } }

    /// Adds `item` to the board `name`, creating the board if needed; returns the item count.
    @discardableResult
    public mutating func add(_ item: BoardItem, to name: String) throws(WorkspaceError) -> Int {
        guard Board.isValidName(name) else { throw .badName(name) }
        if let i = boards.firstIndex(where: { $0.name == name }) {
            boards[i].items.append(item)
            return boards[i].items.count
        }
        boards.append(Board(name: name, items: [item]))
        return 1
    }

    /// Removes item `index` of board `name`; an emptied board stays until removed.
    public mutating func remove(item index: Int, from name: String) throws(WorkspaceError) {
        guard let b = boards.firstIndex(where: { $0.name == name }) else { throw .noSuchBoard(name) }
        guard index >= 0 && index < boards[b].items.count else { return }
        boards[b].items.remove(at: index)
    }

    /// Removes the board `name`.
    public mutating func removeBoard(_ name: String) throws(WorkspaceError) {
        guard let b = boards.firstIndex(where: { $0.name == name }) else { throw .noSuchBoard(name) }
        boards.remove(at: b)
    }

    /// Writes the boards atomically.
    public func saveBoards() throws(WorkspaceError) {
        try StoredFile.save(BoardFile(boards: boards), to: boardsPath)
    }

    /// Writes the notes atomically.
    public func saveNotes() throws(WorkspaceError) {
        try StoredFile.save(notes, to: notesPath)
    }
}
