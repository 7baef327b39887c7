import DossierKit
import Foundation

/// The cache file that this process is still writing in the background (see
/// ``CacheWrite``): commands show their result first, and the process waits for the write
/// before it exits.
enum PendingCacheWrite {
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var write: CacheWrite?
    }
    private static let slot = Slot()

    /// Keeps `write` until ``finish()``; an earlier write is finished first.
    static func keep(_ write: CacheWrite?) {
        finish()
        slot.lock.withLock { slot.write = write }
    }

    /// Waits for the pending write, if any, saying so when it is not done yet and `announce`
    /// is true, and prints its warning.
    static func finish(announce: Bool = false) {
        guard
            let write = slot.lock.withLock({ () -> CacheWrite? in
                defer { slot.write = nil }
                return slot.write
            })
        else { return }
        if announce && !write.isDone { Terminal.progress("dossier: writing the cache…") }
        if let warning = write.wait() { Terminal.warning(warning) }
    }
}
