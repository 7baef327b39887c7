import DossierKit
import Foundation

/// Holds every corpus a command opened until the process exits: the command opens one and uses
/// it to its end, and freeing an analysed corpus of thousands of articles object by object (a
/// tenth of a second at 10,000) would only delay the exit, which gives the memory back at once.
enum CorpusKeeper {
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var corpora: [Corpus] = []
    }
    private static let slot = Slot()

    /// Keeps `corpus` until the process exits, and returns it.
    static func keep(_ corpus: Corpus) -> Corpus {
        slot.lock.withLock { slot.corpora.append(corpus) }
        return corpus
    }
}
