/// Which screen the explorer shows.
public enum Screen: Equatable, Sendable {
    /// The article, actor and relation panes.
    case browse
    /// One article, or two side by side.
    case reader
    /// Dated sentences in time order.
    case timeline
    /// Full-text search results.
    case search
    /// Evidence boards and their items.
    case boards
}

/// The browse panes, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
    case articles, actors, relations

    public var title: String {
        switch self {
        case .articles: return "Articles"
        case .actors: return "Actors"
        case .relations: return "Relations"
        }
    }
}

/// How the article list is sorted.
public enum ArticleSort: String, CaseIterable, Sendable {
    case file, title, year, words, author
}

/// How the actor list is sorted.
public enum ActorSort: String, CaseIterable, Sendable {
    case mentions, name, documents
}
