import ArgumentParser
import DossierKit
import DossierUI

/// Options shared by every command that reads a corpus.
struct CorpusOptions: ParsableArguments {
    @Argument(
        help: "Folders or files to read (default: ./seeds, or corpus = in the settings file).", completion: .file())
    var paths: [String] = []

    @Option(name: .customLong("ext"), help: "File extensions read from folders, comma-separated.")
    var extensions: String = "txt,md"

    @Option(help: "Skip files larger than this many megabytes (default 16).")
    var maxFileSize: Double = Double(CorpusLoader.defaultMaxFileSize >> 20)

    /// The paths to read, with the default corpus when none was given.
    var resolvedPaths: [String] { paths.isEmpty ? defaultCorpus() : paths }

    /// Opens the corpus or exits with a one-line error and exit code 1.
    func open() throws -> Corpus {
        try openCorpus(paths: resolvedPaths, extensions: extensions, maxFileSize: maxFileSize)
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

    /// Opens the corpus or exits with a one-line error and exit code 1.
    func open() throws -> Corpus {
        try openCorpus(paths: resolvedPaths, extensions: extensions, maxFileSize: maxFileSize)
    }

    /// The paths to read, with the default corpus when none was given.
    var resolvedPaths: [String] {
        paths.isEmpty ? defaultCorpus() : paths
    }
}

/// The corpus used when no path is given: `corpus =` in the settings file, else ./seeds.
func defaultCorpus() -> [String] {
    let configured = Settings.load(path: Settings.path()).corpus
    return configured.isEmpty ? ["seeds"] : configured
}

/// Opens `paths` or prints one line on stderr and exits with code 1.
func openCorpus(paths: [String], extensions: String, maxFileSize: Double) throws -> Corpus {
    try openCorpus(paths: paths, loader: makeLoader(extensions: extensions, maxFileSize: maxFileSize))
}

/// The loader for `--ext` and `--max-file-size`.
func makeLoader(extensions: String, maxFileSize: Double) -> CorpusLoader {
    let exts = Set(extensions.split(separator: ",").map { $0.trimmingCharacters(in: .init(charactersIn: ". ")) })
    let limit = maxFileSize.isFinite && maxFileSize > 0 ? Int(min(maxFileSize, 1_000_000) * 1_048_576) : Int.max
    return CorpusLoader(extensions: exts, maxFileSize: limit)
}

/// Opens `paths` with `loader` or prints one line on stderr and exits with code 1.
func openCorpus(paths: [String], loader: CorpusLoader) throws -> Corpus {
    do {
        return try Corpus.open(paths: paths, loader: loader)
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
