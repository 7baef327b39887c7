import Foundation

/// What the actor index derives from its actors for lookups by name, built the first time it
/// is asked for: a corpus restored from the cache opens without paying for it.
final class ActorLookups: @unchecked Sendable {
    private let actors: [Actor]
    private let lock = NSLock()
    private var names: [String: Int]?

    init(actors: [Actor]) { self.actors = actors }

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
}
