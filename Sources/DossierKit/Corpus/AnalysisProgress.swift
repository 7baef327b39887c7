import Foundation

/// How far the analysis of a corpus has got, for a progress line: documents are counted as
/// they are parsed and their actors and dates extracted (on every core), then the corpus-wide
/// index (actors merged, dates, relations) is built. Any thread may read it at any time.
public final class AnalysisProgress: @unchecked Sendable {
    /// What the analysis is doing.
    public enum Phase: Sendable, Equatable {
        /// Parsing documents and extracting their actors and dates.
        case documents
        /// Merging actors across documents, ordering dates, relating actors.
        case index
        /// Finished.
        case done
    }

    private let lock = NSLock()
    private var phaseValue = Phase.documents
    private var count = 0

    public init() {}

    /// The phase and the number of documents analysed so far.
    public var state: (phase: Phase, documents: Int) {
        lock.withLock { (phaseValue, count) }
    }

    func documentDone() {
        lock.withLock { count += 1 }
    }

    func enter(_ phase: Phase) {
        lock.withLock { phaseValue = phase }
    }

    /// The progress line for `total` documents of `megabytes` MB: "analysing 4,200 of 10,000
    /// articles (63.4 MB)…", then "… indexing actors and relations…".
    public func line(total: Int, megabytes: Double) -> String {
        let (phase, done) = state
        let size = String(format: "%.1f MB", megabytes)
        switch phase {
        case .documents:
            return "dossier: analysing \(Self.grouped(min(done, total))) of \(Self.grouped(total)) articles (\(size))…"
        case .index, .done:
            return "dossier: analysed \(Self.grouped(total)) articles (\(size)); indexing actors and relations…"
        }
    }

    /// `n` with thousands separated by commas ("10,000").
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (k, c) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
