import DossierKit
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Rewrites one progress line on standard error, a few times a second, while a corpus is
/// analysed ("dossier: analysing 4,200 of 10,000 articles (63.4 MB)…"), and clears it when
/// the analysis ends. Used only when standard error is a terminal.
final class ProgressTicker: @unchecked Sendable {
    private let progress: AnalysisProgress
    private let total: Int
    private let megabytes: Double
    /// Signalled by ``stop()``: wakes the ticker at once rather than after its pause.
    private let wake = DispatchSemaphore(value: 0)
    private let group = DispatchGroup()

    init(progress: AnalysisProgress, total: Int, megabytes: Double) {
        self.progress = progress
        self.total = total
        self.megabytes = megabytes
    }

    /// True when standard error is a terminal (the line can be rewritten in place).
    static var canRun: Bool { isatty(2) == 1 }

    /// Starts rewriting the line.
    func start() {
        DispatchQueue.global(qos: .utility).async(group: group) { [self] in
            repeat {
                Terminal.overwrite(progress.line(total: total, megabytes: megabytes))
            } while wake.wait(timeout: .now() + .milliseconds(150)) == .timedOut
        }
    }

    /// Stops and clears the line.
    func stop() {
        wake.signal()
        group.wait()
        Terminal.overwrite("")
    }
}
