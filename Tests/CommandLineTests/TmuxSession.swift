import Foundation

/// Drives the real `dossier` binary inside a detached tmux session, as a person would.
final class TmuxSession {
    let name: String
    let exitFile: String

    /// Starts `dossier arguments` in a `width`×`height` session with `environment` prefixed.
    convenience init(_ arguments: [String], width: Int = 120, height: Int = 40, environment: String = "") throws {
        let args = arguments.map(Self.quoted).joined(separator: " ")
        // Keep the user's settings, catalog, boards and notes out of the tests unless a test sets its own.
        var defaults = ""
        if !environment.contains("XDG_CONFIG_HOME=") { defaults += "XDG_CONFIG_HOME=/nonexistent/dossier-tests " }
        if !environment.contains("XDG_CACHE_HOME=") {
            defaults += "XDG_CACHE_HOME=" + FileManager.default.temporaryDirectory.path + "/dossier-tests-cache "
        }
        if !environment.contains("XDG_DATA_HOME=") {
            defaults += "XDG_DATA_HOME=" + FileManager.default.temporaryDirectory.path + "/dossier-tests-data "
        }
        try self.init(
            shell: "\(defaults)\(environment) \(Self.quoted(CommandRunner.binary.path)) \(args)", width: width,
            height: height)
    }

    /// Starts the shell command `shell` (run in the package root) in a `width`×`height` session;
    /// `exitRecord()` then reports its exit status and the terminal's mode afterwards.
    init(shell: String, width: Int = 120, height: Int = 40) throws {
        name = "dossier-e2e-\(UUID().uuidString.prefix(8))"
        exitFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).exit").path
        let command =
            "cd '\(CommandRunner.root.path)' && \(shell); echo $? > '\(exitFile)'; stty -a | grep -o -- '-icanon\\|icanon' | head -1 >> '\(exitFile)'; sleep 60"
        // The tests' tmux server exits when its last session closes; a session started at that
        // moment is lost, so start again until tmux has it.
        for _ in 0..<20 {
            try Self.tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command])
            if try Self.status(["has-session", "-t", name]) == 0 { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
    }

    /// `text` quoted for the shell.
    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    deinit {
        _ = try? Self.tmux(["kill-session", "-t", name])
        try? FileManager.default.removeItem(atPath: exitFile)
    }

    /// The exit status of a tmux command.
    static func status(_ args: [String]) throws -> Int32 {
        try Subprocess.run(
            "/usr/bin/tmux", ["-L", "dossier-tests"] + args, environment: ProcessInfo.processInfo.environment
        )
        .status
    }

    @discardableResult
    static func tmux(_ args: [String]) throws -> String {
        // A server of the tests' own, started with no signal blocked, never a user's server.
        try Subprocess.run(
            "/usr/bin/tmux", ["-L", "dossier-tests"] + args, environment: ProcessInfo.processInfo.environment
        )
        .stdout
    }

    /// The screen as text.
    func screen() throws -> String { try Self.tmux(["capture-pane", "-p", "-t", name]) }

    /// Sends keys (tmux key names or literal text).
    func send(_ keys: String...) throws { try Self.tmux(["send-keys", "-t", name] + keys) }

    /// Sends literal text.
    func type(_ text: String) throws { try Self.tmux(["send-keys", "-t", name, "-l", text]) }

    /// Waits until the screen contains `text` (up to `seconds`); returns the screen.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 20) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError.timeout(text, last)
    }

    /// The exit status and terminal mode line written after dossier ended.
    func exitRecord(seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let s = try? String(contentsOfFile: exitFile, encoding: .utf8), s.contains("\n"),
                s.split(separator: "\n").count >= 2
            {
                return s
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return (try? String(contentsOfFile: exitFile, encoding: .utf8)) ?? ""
    }

    func format(_ f: String) throws -> String {
        try Self.tmux(["display-message", "-p", "-t", name, f]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(_ width: Int, _ height: Int) throws {
        try Self.tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    func pid() throws -> String { try format("#{pane_pid}") }
}

enum TmuxError: Error, CustomStringConvertible {
    case timeout(String, String)
    var description: String {
        switch self {
        case .timeout(let text, let screen): return "timed out waiting for “\(text)”; screen:\n\(screen)"
        }
    }
}
