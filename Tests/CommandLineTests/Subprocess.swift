import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program and waits for it with `posix_spawn` and `waitpid`. Foundation's `Process`
/// sometimes never notices that a short-lived child exited when tests spawn many processes from
/// several threads; this does not depend on signals or run loops.
enum Subprocess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], directory: String? = nil
    )
        throws -> Result
    {
        let tmp = FileManager.default.temporaryDirectory
        let id = UUID().uuidString
        let outPath = tmp.appendingPathComponent("sub-\(id).out").path
        let errPath = tmp.appendingPathComponent("sub-\(id).err").path
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Nothing else the test process has open may pass on: a tmux server started here lives on
        // and would keep, say, a script another test is writing open, and running it then fails
        // with "Text file busy".
        closeFrom3(&actions)
        // `env -C DIR` changes directory before running the program.
        let program = directory == nil ? executable : "/usr/bin/env"
        let full = directory.map { ["/usr/bin/env", "-C", $0, executable] } ?? [executable]
        let argv = (full + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        // Test threads block signals; the child must start with none blocked and default
        // handlers, or a tmux server started here would pass blocked SIGWINCH and SIGTERM on.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = (status & 0x7F) == 0
        let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Result(status: code, stdout: out, stderr: err)
    }

    /// Adds glibc's `posix_spawn_file_actions_addclosefrom_np(actions, 3)`, which Swift's Glibc
    /// module leaves out (it is declared for _GNU_SOURCE only).
    private static func closeFrom3(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
    }
}
