import Foundation

/// A search index built on a background thread: the explorer starts one once its first screen
/// is drawn, so that on a large corpus the first search does not wait for the whole index.
public final class BackgroundSearchIndex: @unchecked Sendable {
    private let condition = NSCondition()
    private var built: SearchIndex?

    /// Starts indexing `documents`.
    public init(documents: [Document]) {
        DispatchQueue.global(qos: .utility).async { [self] in
            let index = SearchIndex(documents: documents)
            condition.lock()
            built = index
            condition.broadcast()
            condition.unlock()
        }
    }

    /// True once the index is built.
    public var isReady: Bool {
        condition.lock()
        defer { condition.unlock() }
        return built != nil
    }

    /// The index, waiting for it if it is still being built.
    public var index: SearchIndex {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let built { return built }
            condition.wait()
        }
    }
}
