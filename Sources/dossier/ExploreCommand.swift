import ArgumentParser
import DossierKit
import DossierTerminal
import DossierUI
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `dossier [PATH...]`: the interactive explorer.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the explorer (the default): articles, actors, relations, readers, timeline and search.",
        discussion: """
            Needs a terminal. Without one (or with TERM unset or unknown) dossier prints one line \
            on stderr and exits with code 2; the other commands work without a terminal. \
            NO_COLOR=1 turns colours off.

            Keys (? lists them all): Tab panes, Enter open, Esc back, / find, t timeline, \
            f search, v side by side, ] [ mentions, ) ( sentences, b add to a board, m start a \
            range, B boards, e note in $EDITOR, p $PAGER, y copy (OSC 52), R A K X M rename, \
            alias, kind, not an actor, merge (written to your catalog), u undo, q quit.

            Settings: $XDG_CONFIG_HOME/dossier/settings (corpus, board, clipboard, editor, pager, \
            color.ROLE, key.ACTION); see the README.
            """)

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        guard isatty(0) == 1 && isatty(1) == 1 else {
            Terminal.error(
                "the explorer needs a terminal; without one, try: dossier articles, dossier actors, dossier search QUERY"
            )
            throw ExitCode(2)
        }
        let settings = Settings.load(path: Settings.path())
        let paths = corpus.resolvedPaths
        let opened = try corpus.openWithProgress()
        let (workspace, workspaceWarnings) = Workspace.load(folder: DataFolders().corpusFolder(for: paths))
        let name =
            paths.count == 1
            ? (paths[0].split(separator: "/").last.map(String.init) ?? paths[0]) : "\(paths.count) paths"
        let backend: TerminalBackend
        do {
            backend = try TerminalBackend(useColor: Environment.noColor == false, colorOverrides: settings.colors)
        } catch {
            Terminal.error(error.description + "; try: dossier articles, dossier actors, dossier search QUERY")
            throw ExitCode(2)
        }
        defer { backend.close() }
        let (w, h) = backend.size
        var explorer = Explorer(
            corpus: opened, corpusName: name, width: w, height: h, workspace: workspace, settings: settings)
        var host = ExplorerHost(
            backend: backend, paths: paths,
            loaderWarnings: opened.sourceWarnings,
            settings: settings)
        let problems = settings.errors + workspaceWarnings
        if let first = problems.first {
            explorer.note(problems.count == 1 ? first : "\(first) (and \(problems.count - 1) more)")
        } else if !opened.warnings.isEmpty {
            explorer.note("\(opened.warnings.count) warning(s): see dossier articles")
        }
        backend.draw(explorer.render())
        FirstFrame.report()
        explorer.prepareSearch()
        explorer.defersSearch = true
        while explorer.isRunning {
            guard let key = backend.readKey() else { continue }
            explorer.handle(key)
            for effect in explorer.takeEffects() { host.perform(effect, on: &explorer) }
            backend.draw(explorer.render())
            if explorer.pendingSearch != nil {
                explorer.finishPendingSearch()
                backend.draw(explorer.render())
            }
        }
    }
}

extension CorpusOptions {
    /// Opens the corpus, telling the user on stderr when there is much to analyse.
    func openWithProgress() throws -> Corpus {
        // On a terminal, a line counts the articles as they are analysed; elsewhere one line
        // says what is being analysed.
        let progress = AnalysisProgress()
        var ticker: ProgressTicker? = nil
        defer { ticker?.stop() }
        return try open(progress: progress) { work in
            // Analysing takes a while: say so (the cache, when it is used as it is, skips this).
            let mb = (Double(work.bytes) / 1_048_576 * 10).rounded() / 10
            let changed = work.files < work.total
            // A few changed files are analysed again, and the index of the whole corpus rebuilt.
            guard changed ? work.total > 100 : work.files > 100 || work.bytes > 1 << 20 else { return }
            if ProgressTicker.canRun {
                ticker = ProgressTicker(progress: progress, total: work.files, megabytes: mb)
                ticker?.start()
            } else if changed {
                Terminal.progress(
                    "dossier: \(work.files) of \(work.total) articles changed; analysing them and rebuilding the index…"
                )
            } else {
                Terminal.progress("dossier: reading and analysing \(work.files) articles (\(mb) MB)…")
            }
        }
    }
}

enum Environment {
    /// True when NO_COLOR is set to anything non-empty.
    static var noColor: Bool {
        guard let v = getenv("NO_COLOR") else { return false }
        return !String(cString: v).isEmpty
    }
}
