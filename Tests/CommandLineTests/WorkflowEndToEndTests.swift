import Foundation
import Testing

/// The analyst's workflow in the real explorer, in tmux: boards, notes in $EDITOR, the pager,
/// the clipboard, and corrections that land in the catalog file, survive a restart and change
/// the index.
@Suite(.serialized) struct WorkflowEndToEndTests {
    let home: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-flow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("config/dossier"), withIntermediateDirectories: true)
        let editor = home.appendingPathComponent("editor.sh")
        try Data("#!/bin/sh\nprintf 'Check the 1921 treaty.\\n' > \"$1\"\n".utf8).write(to: editor)
        try Data("clipboard = osc52\n".utf8).write(to: home.appendingPathComponent("config/dossier/settings"))
    }

    var environment: String {
        // The script is run by sh, not executed: a file just written may still be open in a
        // process spawned meanwhile, and executing it would then fail with "Text file busy".
        "XDG_CONFIG_HOME=\(home.path)/config XDG_DATA_HOME=\(home.path)/data EDITOR='sh \(home.path)/editor.sh' "
            + "PAGER='cat > \(home.path)/paged.txt'"
    }

    func dossier(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(
            arguments,
            environment: ["XDG_CONFIG_HOME": home.path + "/config", "XDG_DATA_HOME": home.path + "/data"])
    }

    @Test func boardNotePagerAndClipboard() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let t = try TmuxSession([], environment: environment)
        _ = try TmuxSession.tmux(["set-option", "-s", "set-clipboard", "on"])
        try t.waitFor("Articles (5)")
        try t.send("Enter")
        try t.waitFor("· Reader")
        try t.send(")")
        try t.send("b")
        try t.waitFor("sentence added to board evidence (1 item)")
        // y: the sentence reaches tmux's clipboard through OSC 52.
        try t.send("y")
        try t.waitFor("sentence copied")
        let buffer = try TmuxSession.tmux(["show-buffer"])
        #expect(buffer.hasPrefix("This article investigates the political dynamics"), "\(buffer)")
        // e: the note is written in $EDITOR and shown at once.
        try t.send("e")
        try t.waitFor("✎ Check the 1921 treaty.")
        // p: the article goes to $PAGER, made safe, and the explorer comes back.
        try t.send("p")
        var paged = ""
        for _ in 0..<100 where !paged.contains("Nakhchivan") {
            Thread.sleep(forTimeInterval: 0.1)
            paged = (try? String(contentsOf: home.appendingPathComponent("paged.txt"), encoding: .utf8)) ?? ""
        }
        try t.waitFor("· Reader")
        #expect(paged.contains("Political Power Balances and the Strategic Importance of Nakhchivan"))
        // B: the board, with the item and its citation.
        try t.send("B")
        let s = try t.waitFor("evidence · 1 item")
        #expect(s.contains("1. “This article investigates"))
        #expect(s.contains("— Political Power Balances"))
        try t.send("q")
        #expect(try t.exitRecord().hasPrefix("0\n"))
        // Everything is still there for the command line, and after a restart.
        let show = try dossier(["board", "show", "evidence"])
        #expect(show.stdout.contains("1. “This article investigates the political dynamics"))
        let export = try dossier(["board", "export", "evidence"])
        #expect(export.stdout.contains("Note on the article: Check the 1921 treaty."))
        let again = try TmuxSession([], environment: environment)
        try again.waitFor("Articles (5)")
        #expect(try again.screen().contains("✎ Political Power"))
        try again.send("q")
    }

    @Test func correctionsLandInTheCatalogSurviveARestartAndUndo() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let t = try TmuxSession([], environment: environment)
        try t.waitFor("Articles (5)")
        try t.send("2")
        try t.send("j")
        try t.waitFor("Relations of Turkey")
        try t.send("R")
        try t.waitFor("rename Turkey to: Turkey")
        try t.send("C-u")
        try t.type("Republic of Türkiye")
        try t.send("Enter")
        try t.waitFor("renamed Turkey to Republic of Türkiye")
        try t.waitFor("Relations of Republic of Türkiye")
        // A second correction, then undo: only the first stays in the file.
        try t.send("j")
        try t.send("X")
        try t.waitFor("is no longer an actor")
        try t.send("u")
        try t.waitFor("correction undone")
        try t.send("q")
        #expect(try t.exitRecord().hasPrefix("0\n"))
        let catalog = try String(
            contentsOf: home.appendingPathComponent("config/dossier/catalog"), encoding: .utf8)
        #expect(catalog.hasSuffix("\nrename: Turkey | Republic of Türkiye\n"))
        #expect(!catalog.contains("ignore:"))
        // After a restart the index uses it: in the explorer and on the command line.
        let again = try TmuxSession([], environment: environment)
        try again.waitFor("Articles (5)")
        try again.send("2")
        #expect(try again.waitFor("Republic of Türkiye").contains("S Republic of Türkiye"))
        try again.send("q")
        let actors = try dossier(["actors", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(actors.stdout.utf8)) as? [String: Any]
        let names = (object?["actors"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(names.contains("Republic of Türkiye"))
        #expect(!names.contains("Turkey"))
    }
}
