import Foundation

/// Writes corrections to the user's catalog file, atomically, and undoes them: every change
/// is a new version of the whole file, and undo writes back the version before it.
public struct CatalogEditor: Sendable {
    /// The catalog file (the user's config catalog by default).
    public let path: String
    private var undoStack: [String?] = []

    public init(path: String = UserCatalogs.configFile()) {
        self.path = path
    }

    /// True when there is a change to undo.
    public var canUndo: Bool { !undoStack.isEmpty }

    /// Appends `correction` to the file.
    public mutating func apply(_ correction: Correction) throws(WorkspaceError) {
        guard let line = correction.line else {
            throw .cannotWrite(path: path, reason: "a name with '|', '#', '@' or a line break cannot go in a catalog")
        }
        let before = Self.read(path)
        var text =
            before
            ?? "# dossier: your catalog (format in dossier's README). Corrections made in the explorer are added below.\n"
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += line + "\n"
        try AtomicFile.write(text, to: path)
        undoStack.append(before)
    }

    /// Restores the file as it was before the last correction; returns false when there is none.
    public mutating func undo() throws(WorkspaceError) -> Bool {
        guard let previous = undoStack.popLast() else { return false }
        if let previous {
            try AtomicFile.write(previous, to: path)
        } else if unlink(path) != 0 && errno != ENOENT {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        return true
    }

    static func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}
