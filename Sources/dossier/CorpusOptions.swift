import ArgumentParser
import DossierKit
import DossierUI
import Foundation

/// Options shared by every command that reads a corpus.
struct CorpusOptions: ParsableArguments {
    @Argument(
        help: "Folders or files to read (default: ./seeds, or corpus = in the settings file).", completion: .file())
    var paths: [String] = []

    @Option(name: .customLong("ext"), help: "File extensions read from folders, comma-separated.")
    var extensions: String = "txt,md"

    @Option(help: "Skip files larger than this many megabytes (default 16).")
    var maxFileSize: Double = Double(CorpusLoader.defaultMaxFileSize >> 20)

    @OptionGroup var caching: CacheOptions

    /// The paths to read, with the default corpus when none was given.
    var resolvedPaths: [String] { paths.isEmpty ? defaultCorpus() : paths }

    /// Opens the corpus or exits with a one-line error and exit code 1.
    func open(
        progress: AnalysisProgress? = nil, beforeAnalysis: (CorpusCache.Work) -> Void = { _ in }
    ) throws -> Corpus {
        try openCorpus(
            paths: resolvedPaths, loader: makeLoader(extensions: extensions, maxFileSize: maxFileSize),
            cache: caching.cache, progress: progress, beforeAnalysis: beforeAnalysis)
    }
}

/// Corpus options for commands whose arguments are not paths (`relations NAME`, `search QUERY`).
struct CorpusPathOptions: ParsableArguments {
    @Option(
        name: .customLong("corpus"),
        help: "A folder or file to read; repeat for several (default: ./seeds, or the settings file's corpus).")
    var paths: [String] = []

    @Option(name: .customLong("ext"), help: "File extensions read from folders, comma-separated.")
    var extensions: String = "txt,md"

    @Option(help: "Skip files larger than this many megabytes (default 16).")
    var maxFileSize: Double = Double(CorpusLoader.defaultMaxFileSize >> 20)

    @OptionGroup var caching: CacheOptions

    /// Opens the corpus or exits with a one-line error and exit code 1.
    func open() throws -> Corpus {
        try openCorpus(
            paths: resolvedPaths, loader: makeLoader(extensions: extensions, maxFileSize: maxFileSize),
            cache: caching.cache)
    }

    /// The paths to read, with the default corpus when none was given.
    var resolvedPaths: [String] {
        paths.isEmpty ? defaultCorpus() : paths
    }
}

/// Where the analysed corpus is cached, or that it is not.
struct CacheOptions: ParsableArguments {
    @Flag(name: .customLong("no-cache"), help: "Analyse the corpus without reading or writing the cache.")
    var noCache = false

    @Option(
        name: .customLong("cache-dir"), help: "Keep the cache in this folder (default: $XDG_CACHE_HOME/dossier).",
        completion: .directory)
    var cacheDir: String?

    var cache: CorpusCache? { noCache ? nil : CorpusCache(folder: cacheDir) }
}

/// The corpus used when no path is given: `corpus =` in the settings file, else ./seeds.
func defaultCorpus() -> [String] {
    let configured = Settings.load(path: Settings.path()).corpus
    return configured.isEmpty ? ["seeds"] : configured
}

/// Opens `paths` or prints one line on stderr and exits with code 1.
func openCorpus(paths: [String], extensions: String, maxFileSize: Double) throws -> Corpus {
    try openCorpus(
        paths: paths, loader: makeLoader(extensions: extensions, maxFileSize: maxFileSize), cache: CorpusCache())
}

/// The loader for `--ext` and `--max-file-size`.
func makeLoader(extensions: String, maxFileSize: Double) -> CorpusLoader {
    let exts = Set(extensions.split(separator: ",").map { $0.trimmingCharacters(in: .init(charactersIn: ". ")) })
    let limit = maxFileSize.isFinite && maxFileSize > 0 ? Int(min(maxFileSize, 1_000_000) * 1_048_576) : Int.max
    return CorpusLoader(extensions: exts, maxFileSize: limit)
}

/// Opens `paths` with `loader`, through `cache` when there is one, or prints one line on
/// stderr and exits with code 1. Problems with the cache are warnings.
func openCorpus(
    paths: [String], loader: CorpusLoader, cache: CorpusCache?, progress: AnalysisProgress? = nil,
    beforeAnalysis: (CorpusCache.Work) -> Void = { _ in }
) throws -> Corpus {
    do {
        guard let cache else {
            if let (candidates, _) = try? loader.list(paths: paths) {
                let bytes = candidates.reduce(0) { $0 + $1.size }
                beforeAnalysis(CorpusCache.Work(files: candidates.count, total: candidates.count, bytes: bytes))
            }
            return CorpusKeeper.keep(try Corpus.open(paths: paths, loader: loader, progress: progress))
        }
        PendingCacheWrite.finish()
        let (corpus, _, warnings, write) = try cache.openWritingLater(
            paths: paths, loader: loader, progress: progress, beforeAnalysis: beforeAnalysis)
        for w in warnings { Terminal.warning(w) }
        PendingCacheWrite.keep(write)
        return CorpusKeeper.keep(corpus)
    } catch {
        Terminal.error(error.description)
        throw ExitCode(1)
    }
}

/// Finds an actor by name or alias, or exits with a one-line error and exit code 1.
func findActor(_ name: String, in corpus: Corpus) throws -> Actor {
    guard let actor = corpus.actors.actor(named: name) ?? corpus.actors.search(name).first else {
        Terminal.error("no actor named '\(name)' (try: dossier actors)")
        throw ExitCode(1)
    }
    return actor
}
