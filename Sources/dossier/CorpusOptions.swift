import ArgumentParser
import DossierKit

/// Options shared by every command that reads a corpus.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Folders or files to read (default: ./seeds).", completion: .file())
    var paths: [String] = []

    @Option(name: .customLong("ext"), help: "File extensions read from folders, comma-separated.")
    var extensions: String = "txt,md"

    /// The paths to read, with the default corpus when none was given.
    var resolvedPaths: [String] { paths.isEmpty ? ["seeds"] : paths }

    /// Opens the corpus or exits with a one-line error and exit code 1.
    func open() throws -> Corpus {
        let exts = Set(extensions.split(separator: ",").map { $0.trimmingCharacters(in: .init(charactersIn: ". ")) })
        do {
            return try Corpus.open(paths: resolvedPaths, loader: CorpusLoader(extensions: exts))
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}
