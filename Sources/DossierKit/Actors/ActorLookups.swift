import Foundation

/// What the actor index derives from its actors for lookups (names to actors, mentions per
/// document), built the first time each is asked for: a corpus restored from the cache opens
/// without paying for lookups its first screen does not make.
final class ActorLookups: @unchecked Sendable {
    private let actors: [Actor]
    private let documentCount: Int
    private let lock = NSLock()
    private var names: [String: Int]?
    private var perDocument: DocumentMentions?

    init(actors: [Actor], documentCount: Int) {
        self.actors = actors
        self.documentCount = documentCount
    }

    /// Folded canonical names, then folded aliases, to the first actor that has them.
    var byName: [String: Int] {
        lock.lock()
        defer { lock.unlock() }
        if let names { return names }
        var built: [String: Int] = [:]
        for a in actors { built[TextFolding.fold(a.name)] = built[TextFolding.fold(a.name)] ?? a.id }
        for a in actors {
            for alias in a.aliases { built[TextFolding.fold(alias)] = built[TextFolding.fold(alias)] ?? a.id }
        }
        names = built
        return built
    }

    var mentionsByDocument: DocumentMentions {
        lock.lock()
        defer { lock.unlock() }
        if let perDocument { return perDocument }
        let built = DocumentMentions(actors: actors, documentCount: documentCount)
        perDocument = built
        return built
    }
}
