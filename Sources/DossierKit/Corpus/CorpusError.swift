/// A problem that stops a corpus from being opened at all.
public enum CorpusError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The only path given does not exist.
    case notFound(path: String)
    /// The only path given cannot be read.
    case unreadable(path: String, reason: String)
    /// The only path given is a file that is not text.
    case notText(path: String)
    /// The only path given is a file over the loader's size limit (the message says so).
    case tooLarge(message: String)

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file or folder"
        case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
        case .notText(let path): return "\(path): binary file (it contains NUL bytes), not an article"
        case .tooLarge(let message): return message
        }
    }
}
