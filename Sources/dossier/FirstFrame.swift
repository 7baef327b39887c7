import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// With `DOSSIER_TRACE` set, writes the wall-clock time of the explorer's first full frame to
/// standard error (`trace: first frame at NANOSECONDS`), so that `scripts/launch-time` can
/// measure launch → first screen without counting tmux's own polling.
enum FirstFrame {
    static func report() {
        guard ProcessInfo.processInfo.environment["DOSSIER_TRACE"] != nil else { return }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let ns = Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec)
        FileHandle.standardError.write(Data("trace: first frame at \(ns)\n".utf8))
    }
}
