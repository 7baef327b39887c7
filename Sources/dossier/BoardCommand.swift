import ArgumentParser
import DossierKit
import DossierUI
import Foundation

/// `dossier board`: the evidence boards kept for a corpus.
struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "List, show, add to and export the evidence boards of a corpus.",
        discussion: """
            Boards live in the user's data folder ($XDG_DATA_HOME/dossier, by default \
            ~/.local/share/dossier), one folder per corpus; nothing is written into the corpus. \
            In the explorer, b adds the sentence under the cursor and B shows the boards.
            """,
        subcommands: [List.self, Show.self, Add.self, Remove.self, Export.self],
        defaultSubcommand: List.self)

    /// The corpus a board command is about (only its paths: boards keep their own citations).
    struct CorpusChoice: ParsableArguments {
        @Option(name: .customLong("corpus"), help: "A folder or file of the corpus (default: ./seeds).")
        var paths: [String] = []

        var resolved: [String] { paths.isEmpty ? defaultCorpus() : paths }

        func workspace() -> Workspace {
            let (w, warnings) = Workspace.load(folder: DataFolders().corpusFolder(for: resolved))
            for warning in warnings { Terminal.warning(warning) }
            return w
        }

        func board(_ name: String, in workspace: Workspace) throws -> Board {
            guard let b = workspace.board(named: name) else {
                Terminal.error(WorkspaceError.noSuchBoard(name).description)
                throw ExitCode(1)
            }
            return b
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the boards with their item counts.")
        @Flag(help: "Print JSON: {\"boards\":[{\"name\",\"items\"}],\"folder\"}.") var json = false
        @OptionGroup var corpus: CorpusChoice

        func run() throws {
            let w = corpus.workspace()
            if json {
                struct Entry: Encodable {
                    var name: String
                    var items: Int
                }
                struct Out: Encodable {
                    var boards: [Entry]
                    var folder: String
                }
                Terminal.raw(
                    JSONOutput.encode(
                        Out(boards: w.boards.map { Entry(name: $0.name, items: $0.items.count) }, folder: w.folder)))
                return
            }
            if w.boards.isEmpty { Terminal.line("no boards yet (in the explorer, b adds a sentence to a board)") }
            for b in w.boards { Terminal.line("\(b.name)  \(b.items.count) item\(b.items.count == 1 ? "" : "s")") }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a board's items with their citations.")
        @Argument(help: "The board's name.") var name: String
        @Flag(help: "Print the board as JSON (as `export --format json`).") var json = false
        @OptionGroup var corpus: CorpusChoice

        func run() throws {
            let w = corpus.workspace()
            let b = try corpus.board(name, in: w)
            if json {
                Terminal.raw(
                    JSONOutput.escapeInvisible(BoardExport.json(b, notes: w.notes)).trimmingCharacters(in: .newlines))
                return
            }
            Terminal.line("\(b.name): \(b.items.count) item\(b.items.count == 1 ? "" : "s")")
            for (i, item) in b.items.enumerated() {
                Terminal.line("\(i + 1). “\(item.text)”")
                Terminal.line("   — \(item.citation)")
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add sentences of an article to a board (sentence numbers as in `dossier sentences`, from 1).")
        @Argument(help: "The board's name (created if needed).") var name: String
        @Argument(help: "The article: its path, or its file name within the corpus.") var article: String
        @Argument(help: "The first sentence (from 1).") var sentence: Int
        @Option(help: "The last sentence, for a range.") var to: Int?
        @OptionGroup var corpus: CorpusChoice

        func run() throws {
            let opened = try openCorpus(paths: corpus.resolved, extensions: "txt,md", maxFileSize: 16)
            guard let d = opened.documents.firstIndex(where: { $0.file == article || $0.path == article }) else {
                Terminal.error("\(article): not an article of this corpus (try: dossier articles)")
                throw ExitCode(1)
            }
            let count = opened.documents[d].structure.sentences.count
            let last = to ?? sentence
            guard sentence >= 1, last >= sentence, last <= count else {
                Terminal.error(
                    "\(article) has sentences 1 to \(count); \(sentence)\(to.map { "–\($0)" } ?? "") is not among them")
                throw ExitCode(1)
            }
            var w = corpus.workspace()
            do {
                let n = try w.add(
                    BoardItem(corpus: opened, document: d, sentences: (sentence - 1)...(last - 1)), to: name)
                try w.saveBoards()
                Terminal.line("added to \(name) (\(n) item\(n == 1 ? "" : "s"))")
            } catch {
                Terminal.error(error.description)
                throw ExitCode(1)
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove one item (by number) or a whole board.")
        @Argument(help: "The board's name.") var name: String
        @Argument(help: "The item's number (from 1); without it, the whole board.") var item: Int?
        @OptionGroup var corpus: CorpusChoice

        func run() throws {
            var w = corpus.workspace()
            let b = try corpus.board(name, in: w)
            do {
                if let item {
                    guard item >= 1 && item <= b.items.count else {
                        Terminal.error("\(name) has items 1 to \(b.items.count)")
                        throw ExitCode(1)
                    }
                    try w.remove(item: item - 1, from: name)
                } else {
                    try w.removeBoard(name)
                }
                try w.saveBoards()
            } catch let error as WorkspaceError {
                Terminal.error(error.description)
                throw ExitCode(1)
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a board with a citation for each item and the notes on its articles and actors.")
        enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }
        @Argument(help: "The board's name.") var name: String
        @Option(help: "markdown or json.") var format: Format = .markdown
        @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
        var output: String?
        @OptionGroup var corpus: CorpusChoice

        func run() throws {
            let w = corpus.workspace()
            let b = try corpus.board(name, in: w)
            let text = format == .json ? BoardExport.json(b, notes: w.notes) : BoardExport.markdown(b, notes: w.notes)
            guard let output else {
                if format == .json {
                    Terminal.raw(JSONOutput.escapeInvisible(text).trimmingCharacters(in: .newlines))
                } else {
                    Terminal.line(String(text.dropLast()))
                }
                return
            }
            do { try AtomicFile.write(text, to: output) } catch {
                Terminal.error(error.description)
                throw ExitCode(1)
            }
        }
    }
}
