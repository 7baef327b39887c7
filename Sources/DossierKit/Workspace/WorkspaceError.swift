/// A problem with a file dossier keeps for itself (boards, notes, settings, the user's catalog).
public enum WorkspaceError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    case noSuchBoard(String)
    case badName(String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "\(path): cannot be written (\(reason))"
        case .noSuchBoard(let name): return "no board named '\(name)' (try: dossier board list)"
        case .badName(let name): return "'\(name)': a board name needs a letter or digit and no '/'"
        }
    }
}
