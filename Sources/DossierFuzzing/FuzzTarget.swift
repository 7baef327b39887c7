import DossierKit

/// The entry points that libFuzzer drives (see `Fuzz/`) and that the regression tests replay.
/// Each one feeds arbitrary bytes to one part of the model and checks invariants a user relies
/// on; a broken invariant stops the process, which is what the fuzzer reports as a crash.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Bytes as a file: decoding, structure, sentences, display text.
    case parse
    /// Bytes as an article: actors, mentions and relations with the built-in catalog.
    case actors
    /// Bytes as an article: dates and periods.
    case dates
    /// Bytes as a search query against a fixed corpus.
    case search
    /// Bytes as a user catalog file, then used on a fixed article.
    case catalog

    /// Runs the target on `bytes`.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .parse: FuzzChecks.parse(bytes)
        case .actors: FuzzChecks.actors(bytes)
        case .dates: FuzzChecks.dates(bytes)
        case .search: FuzzChecks.search(bytes)
        case .catalog: FuzzChecks.catalog(bytes)
        }
    }
}
