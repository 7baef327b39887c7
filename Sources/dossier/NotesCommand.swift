import ArgumentParser
import DossierKit
import Foundation

/// `dossier notes`: the notes written on actors and articles of a corpus.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List the notes on actors and articles (written in the explorer with e).")
    @Flag(help: "Print JSON: {\"actors\":{NAME:TEXT},\"articles\":{FILE:TEXT}}.") var json = false
    @OptionGroup var corpus: BoardCommand.CorpusChoice

    func run() throws {
        let w = corpus.workspace()
        if json {
            Terminal.raw(JSONOutput.encode(w.notes))
            return
        }
        if w.notes.actors.isEmpty && w.notes.articles.isEmpty {
            Terminal.line("no notes yet (in the explorer, e edits one)")
        }
        for (name, text) in w.notes.actors.sorted(by: { $0.key < $1.key }) { Terminal.line("actor \(name): \(text)") }
        for (file, text) in w.notes.articles.sorted(by: { $0.key < $1.key }) {
            Terminal.line("article \(file): \(text)")
        }
    }
}
