import Foundation
import Testing

/// Every plain-text command prints a hostile document on a real terminal (tmux) without
/// changing the terminal's title, clipboard, cursor or colours.
@Suite struct HostileTerminalTests {
    @Test func plainOutputsLeaveTheTerminalAlone() throws {
        let dir = try HostileText.folder()
        defer {
            try? FileManager.default.removeItem(at: dir)
            try? FileManager.default.removeItem(atPath: dir.path + "-cache")
        }
        let dossier = TmuxSession.quoted(CommandRunner.binary.path)
        let corpus = TmuxSession.quoted(dir.path)
        let commands = [
            "articles --json \(corpus)", "timeline --json \(corpus)", "articles \(corpus)", "actors \(corpus)",
            "actor Georgia \(corpus)", "timeline \(corpus)", "search --corpus \(corpus) Georgia",
            "relations --corpus \(corpus) Georgia", "export --format csv --corpus \(corpus)", "sentences \(corpus)",
            "search --corpus \(corpus) moved",
        ]
        let script = commands.map { "\(dossier) \($0)" }.joined(separator: "; ")
        // Wait a moment so that the clipboard can be opened to OSC 52 before anything prints.
        let t = try TmuxSession(
            shell: "sleep 1; export XDG_CONFIG_HOME=/nonexistent XDG_CACHE_HOME=\(dir.path)-cache; \(script)",
            width: 160, height: 50)
        _ = try TmuxSession.tmux(["set-option", "-s", "set-clipboard", "on"])
        let record = try t.exitRecord(seconds: 60)
        #expect(record.hasPrefix("0\n"), "\(record)")
        let title = try t.format("#{pane_title}")
        #expect(!title.contains("PWNED") && !title.contains("C1TITLE"), "\(title)")
        #expect(try t.format("#{cursor_flag}") == "1")
        // Other tests copy through OSC 52 on purpose: only the document's payload must be absent.
        #expect(!(try TmuxSession.tmux(["list-buffers", "-F", "#{buffer_sample}"])).contains("pwned"))
        let styled = try TmuxSession.tmux(["capture-pane", "-p", "-e", "-t", t.name])
        #expect(!styled.contains("\u{1B}"), "a colour or attribute reached the screen")
        #expect(styled.contains("cursor␛[10;10H [moved]"), "\(styled)")
    }

    @Test func jsonEscapesWhatCouldActOnATerminal() throws {
        let dir = try HostileText.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CommandRunner.run(["sentences", "--json", dir.path])
        #expect(result.status == 0)
        for bad in ["\u{1B}", "\u{07}", "\u{08}", "\u{9B}", "\u{9D}", "\u{202E}", "\u{2067}", "\u{200B}", "\u{FEFF}"] {
            #expect(!result.stdout.contains(bad))
        }
        #expect(result.stdout.contains("\\u202e") && result.stdout.contains("\\u009b"))
        // The escapes decode back to the document's own characters.
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let sentences = try #require(object?["sentences"] as? [[String: Any]])
        #expect(sentences.contains { ($0["text"] as? String)?.contains("\u{202E}desrever") == true })
    }
}
