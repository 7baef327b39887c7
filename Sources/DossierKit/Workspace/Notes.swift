import Foundation

/// The user's notes on actors (by canonical name) and articles (by file).
public struct Notes: Codable, Equatable, Sendable {
    public var actors: [String: String] = [:]
    public var articles: [String: String] = [:]

    public init() {}

    /// Sets or (with empty text) removes a note.
    public mutating func set(_ text: String, on target: NoteTarget) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch target {
        case .actor(let name): actors[name] = trimmed.isEmpty ? nil : trimmed
        case .article(let file): articles[file] = trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The note on `target`, if any.
    public func note(on target: NoteTarget) -> String? {
        switch target {
        case .actor(let name): return actors[name]
        case .article(let file): return articles[file]
        }
    }
}

/// What a note is about.
public enum NoteTarget: Equatable, Hashable, Sendable {
    case actor(String)
    case article(String)

    /// "actor Turkey", "article nakhchivan.txt".
    public var description: String {
        switch self {
        case .actor(let name): return "actor \(name)"
        case .article(let file): return "article \(file)"
        }
    }
}
