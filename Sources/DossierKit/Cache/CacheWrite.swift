import Foundation

/// A cache file being written on a background thread, so that an analysed corpus is shown
/// before its cache is on disk. The write is atomic: until it ends, the previous cache file
/// (or none) stays in place; ``wait()`` before the process exits.
public final class CacheWrite: Sendable {
    private let group = DispatchGroup()
    private let outcome = Handoff<String?>(nil)

    /// Starts writing `snapshot` to `path`, first removing what writes killed on the way
    /// (by a signal, a closed terminal) left beside it.
    init(_ snapshot: CorpusSnapshot, to path: String) {
        let outcome = self.outcome
        DispatchQueue.global(qos: .utility).async(group: group) {
            AtomicFile.removeLeftoversOfEndedProcesses(in: (path as NSString).deletingLastPathComponent)
            outcome.value = CorpusCache.write(snapshot, to: path)
        }
    }

    /// True once the file is written (or the write failed).
    public var isDone: Bool { group.wait(timeout: .now()) == .success }

    /// Waits for the write to end; returns a warning when the cache could not be kept.
    @discardableResult
    public func wait() -> String? {
        group.wait()
        return outcome.value
    }
}
