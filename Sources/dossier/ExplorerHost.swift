import DossierKit
import DossierTerminal
import DossierUI
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Performs what the explorer asks for outside the screen: saving boards, running the editor
/// and the pager, the clipboard, and corrections written to the user's catalog followed by a
/// new analysis of the same documents.
struct ExplorerHost {
    let backend: TerminalBackend
    let paths: [String]
    let loaderWarnings: [String]
    let settings: Settings
    var catalog = CatalogEditor()

    mutating func perform(_ effect: ExplorerEffect, on explorer: inout Explorer) {
        switch effect {
        case .saveBoards:
            do { try explorer.workspace.saveBoards() } catch { explorer.note(error.description) }
        case .editNote(let target, let current):
            editNote(target, current, &explorer)
        case .page(let document):
            page(document, &explorer)
        case .copy(let text):
            backend.copyToClipboard(text)
        case .correct(let correction):
            do {
                try catalog.apply(correction)
                reanalyse(&explorer, message: correction.summary + " · written to \(catalog.path) · u undoes")
            } catch {
                explorer.note(error.description)
            }
        case .undoCorrection:
            do {
                if try catalog.undo() {
                    reanalyse(&explorer, message: "correction undone")
                } else {
                    explorer.note("nothing to undo")
                }
            } catch {
                explorer.note(error.description)
            }
        }
    }

    private var editorCommand: String {
        let env = ProcessInfo.processInfo.environment
        return settings.editor ?? env["VISUAL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? env["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
    }

    private var pagerCommand: String {
        settings.pager ?? ProcessInfo.processInfo.environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less"
    }

    private func editNote(_ target: NoteTarget, _ current: String, _ explorer: inout Explorer) {
        guard let file = ChildProcess.temporaryFile(current.isEmpty ? "" : current + "\n", suffix: ".md") else {
            explorer.note("cannot create a temporary file for the note")
            return
        }
        defer { unlink(file) }
        backend.suspend()
        let status = ChildProcess.run(editorCommand, arguments: [file])
        backend.resume()
        guard status == 0, let data = FileManager.default.contents(atPath: file) else {
            explorer.note("note not changed: " + Self.failure(status, editorCommand))
            return
        }
        explorer.setNote(String(decoding: data, as: UTF8.self), on: target)
        do { try explorer.workspace.saveNotes() } catch { explorer.note(error.description) }
    }

    /// Why a child failed, status first so that a narrow status line still shows it.
    private static func failure(_ status: Int32?, _ command: String) -> String {
        (status.map { "exit status \($0) from " } ?? "could not start ") + command
    }

    private func page(_ document: Int, _ explorer: inout Explorer) {
        let doc = explorer.corpus.documents[document]
        // The pager gets the text made safe: a document must not reach the terminal through it either.
        let safe = doc.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalSafe.sanitize(String($0)) }.joined(separator: "\n")
        guard let file = ChildProcess.temporaryFile(safe, suffix: ".txt") else {
            explorer.note("cannot create a temporary file for the pager")
            return
        }
        defer { unlink(file) }
        backend.suspend()
        let status = ChildProcess.run(pagerCommand, input: file)
        backend.resume()
        if status != 0 { explorer.note("pager: " + Self.failure(status, pagerCommand)) }
    }

    private func reanalyse(_ explorer: inout Explorer, message: String) {
        explorer.note("re-analysing with your catalog…")
        backend.draw(explorer.render())
        let catalog = UserCatalogs.catalog(for: paths)
        let corpus = Corpus(documents: explorer.corpus.documents, warnings: loaderWarnings, catalog: catalog)
        let problems =
            catalog.errors.isEmpty ? "" : " · \(catalog.errors.count) catalog problem(s): \(catalog.errors[0])"
        explorer.replaceCorpus(corpus, message: message + problems)
    }
}
