import Foundation
import Testing

/// The real explorer in tmux: open, visit every pane, read, follow evidence, search, timeline,
/// help, resize, quit with the terminal restored.
@Suite(.serialized) struct ExplorerEndToEndTests {
    @Test func aFullSession() throws {
        let t = try TmuxSession([])
        try t.waitFor("dossier · seeds · Browse")
        var s = try t.waitFor("Articles (5)")
        #expect(s.contains("Actors (131)") || s.contains("Actors ("))
        // Visit every pane.
        try t.send("Tab")
        s = try t.waitFor("Actors 1/")
        try t.send("Tab")
        s = try t.waitFor("Relations 1/")
        try t.send("Tab")
        try t.waitFor("Articles 1/")
        // Open an article and come back.
        try t.send("Enter")
        s = try t.waitFor("· Reader")
        #expect(s.contains("Political Power Balances and the Strategic Importance of Nakhchivan"))
        try t.send("Escape")
        try t.waitFor("· Browse")
        // Actor → relations → evidence → reader at that sentence.
        try t.send("2", "j", "Enter")
        s = try t.waitFor("Relations of Turkey")
        try t.send("Enter")
        s = try t.waitFor("Evidence · ")
        try t.send("Enter")
        s = try t.waitFor("· Reader")
        #expect(s.contains("▌"))  // the evidence sentence is marked
        try t.send("Escape")
        try t.waitFor("Evidence · ")
        // Side by side with the actor highlighted in both.
        try t.send("v")
        s = try t.waitFor("Side by side")
        #expect(s.components(separatedBy: "· Turkey").count >= 3)
        try t.send("]")
        try t.waitFor("Turkey: mention ")
        try t.send("w", "]")
        try t.send("Escape")
        try t.waitFor("· Browse")
        // Search.
        try t.send("f")
        try t.type("\"Treaty of Kars\"")
        try t.send("Enter")
        s = try t.waitFor("results for")
        #expect(s.contains("Treaty of Kars"))
        try t.send("Enter")
        try t.waitFor("· Reader")
        try t.send("Escape")
        // Timeline.
        try t.send("t")
        s = try t.waitFor("· Timeline")
        #expect(s.contains("1828"))
        // Help.
        try t.send("?")
        s = try t.waitFor("Keys — j/k scroll · ? or Esc closes")
        #expect(s.contains("Tab / Shift-Tab"))
        try t.send("Escape")
        // Resize: the layout follows.
        try t.resize(60, 20)
        s = try t.waitFor("Timeline 1/")
        #expect(s.split(separator: "\n").allSatisfy { $0.count <= 60 })
        try t.resize(20, 6)
        try t.waitFor("Terminal")
        try t.resize(120, 40)
        try t.waitFor("· Timeline")
        // Quit: the terminal is restored (normal screen, cooked mode).
        try t.send("q")
        let record = try t.exitRecord()
        #expect(record.hasPrefix("0\n"))
        #expect(record.contains("\nicanon"))
        #expect(try t.format("#{alternate_on}") == "0")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let t = try TmuxSession([])
        try t.waitFor("Articles (5)")
        let shell = try t.pid()
        _ = try Subprocess.run("/usr/bin/pkill", ["-TERM", "-P", shell, "-f", "dossier"], environment: [:])
        let record = try t.exitRecord()
        #expect(record.contains("\nicanon"), "\(record)")
        #expect(try t.format("#{alternate_on}") == "0")
    }

    @Test func sighupRestoresTheTerminal() throws {
        let t = try TmuxSession([])
        try t.waitFor("Articles (5)")
        let shell = try t.pid()
        _ = try Subprocess.run("/usr/bin/pkill", ["-HUP", "-P", shell, "-f", "dossier"], environment: [:])
        let record = try t.exitRecord()
        #expect(record.contains("\nicanon"), "\(record)")
        #expect(try t.format("#{alternate_on}") == "0")
    }

    @Test func aBurstOfResizesEndsOnACorrectScreen() throws {
        let t = try TmuxSession([])
        try t.waitFor("Articles (5)")
        for i in 0..<300 {
            let sizes = [(40, 12), (200, 60), (1, 1), (80, 24), (400, 150), (25, 7), (120, 40)]
            let (w, h) = sizes[i % sizes.count]
            try t.resize(w, h)
        }
        try t.resize(100, 30)
        let s = try t.waitFor("Relations of")
        let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix(" dossier · seeds · Browse") == true)
        #expect(lines.allSatisfy { $0.count <= 100 })
        try t.send("q")
        #expect(try t.exitRecord().hasPrefix("0\n"))
    }

    @Test(arguments: ["TERM=dumb", "TERM=nonexistent-terminal", "-u TERM"])
    func unusableTerminalsGetOneLineAndExitTwo(setting: String) throws {
        let env = setting.hasPrefix("-u") ? "env -u TERM" : "env \(setting)"
        let t = try TmuxSession([], environment: env)
        let record = try t.exitRecord()
        #expect(record.hasPrefix("2\n"), "\(record)")
        let s = try t.screen()
        #expect(s.contains("dossier: ") && s.contains("try: dossier articles"))
    }

    @Test func hostileDocumentsDoNotTouchTheTerminal() throws {
        let dir = try HostileText.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = try TmuxSession([dir.path])
        _ = try TmuxSession.tmux(["set-option", "-s", "set-clipboard", "on"])
        try t.waitFor("Articles (1)")
        let titleBefore = try t.format("#{pane_title}")
        try t.send("Enter")
        let s = try t.waitFor("· Reader")
        #expect(s.contains("␛]0;PWNED␇"))
        #expect(s.contains("bell␇␇ and back␈␈space") && s.contains("\u{FFFD}desrever\u{FFFD}"))
        #expect(s.split(separator: "\n").allSatisfy { $0.count <= 120 })
        #expect(try t.format("#{pane_title}") == titleBefore)
        try t.send("q")
        let record = try t.exitRecord()
        #expect(record.hasPrefix("0\n"))
        #expect(try t.format("#{pane_title}") == titleBefore)
        #expect(try t.format("#{cursor_flag}") == "1")
        // Other tests copy through OSC 52 on purpose: only the document's payload must be absent.
        #expect(!(try TmuxSession.tmux(["list-buffers", "-F", "#{buffer_sample}"])).contains("pwned"))
    }

    @Test(arguments: ["xterm-256color", "screen", "tmux-256color", "vt100", "linux"])
    func everyCommonTerminalTypeWorksAndIsRestored(term: String) throws {
        let t = try TmuxSession([], width: 100, height: 30, environment: "TERM=\(term)")
        try t.waitFor("Articles (5)")
        try t.send("Tab")
        try t.send("j")
        try t.send("Enter")
        try t.waitFor("Relations of")
        try t.send("q")
        let record = try t.exitRecord()
        #expect(record.hasPrefix("0\n"), "\(record)")
        #expect(record.contains("\nicanon"))
        #expect(try t.format("#{alternate_on}") == "0")
        #expect(try t.format("#{cursor_flag}") == "1")
    }
}
