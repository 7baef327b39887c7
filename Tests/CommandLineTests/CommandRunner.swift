import Foundation

/// Runs the built `dossier` executable and captures what it prints.
struct CommandRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `dossier` binary next to the test bundle.
    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("dossier")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/dossier")
    }

    /// Runs `dossier` with `arguments` in `directory` (the package root by default).
    static func run(_ arguments: [String], in directory: URL = root, environment: [String: String] = [:]) throws
        -> Output
    {
        var env = ProcessInfo.processInfo.environment
        // Keep the user's own catalog out of the tests.
        env["XDG_CONFIG_HOME"] = "/nonexistent/dossier-test-config"
        // A cache of the tests' own, so that the user's is never touched.
        env["XDG_CACHE_HOME"] = FileManager.default.temporaryDirectory.path + "/dossier-tests-cache"
        for (k, v) in environment { env[k] = v }
        let r = try Subprocess.run(binary.path, arguments, environment: env, directory: directory.path)
        return Output(status: r.status, stdout: r.stdout, stderr: r.stderr)
    }
}
