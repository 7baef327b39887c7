import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a kill at any moment leaves either the old content or the new one:
/// the bytes go to a temporary file beside the target, are flushed to disk, and the temporary
/// file is renamed over the target (an atomic step), then the folder is flushed too.
public enum AtomicFile {
    /// The prefix of temporary files; leftovers of a killed write are removed by ``removeLeftovers(in:)``.
    public static let temporaryPrefix = ".dossier-tmp-"

    /// Writes `bytes` to `path`, creating its folder (private to the user) when needed. With
    /// `durable` false the bytes are not flushed to disk before the rename: a kill still leaves
    /// the old file or the new one, but a power cut may leave neither (for files that can be
    /// rebuilt, such as the cache, whose damage is detected when it is read).
    public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws(WorkspaceError) {
        try write(parts: [bytes], to: path, durable: durable)
    }

    /// Writes the concatenation of `parts`, as ``write(_:to:durable:)`` writes bytes.
    public static func write(parts: [[UInt8]], to path: String, durable: Bool = true) throws(WorkspaceError) {
        try write(to: path, durable: durable) { emit in
            for part in parts { part.withUnsafeBytes(emit) }
        }
    }

    /// Writes the parts that `produce` hands to `emit`, in order, each written as it comes (so
    /// that a large file is never whole in memory), as ``write(_:to:durable:)`` writes bytes.
    public static func write(
        to path: String, durable: Bool = true, produce: (_ emit: (UnsafeRawBufferPointer) -> Void) -> Void
    ) throws(WorkspaceError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWrite(path: path, reason: "cannot create its folder")
        }
        let name = (path as NSString).lastPathComponent
        let temporary =
            (folder.isEmpty ? "" : folder + "/") + temporaryPrefix + name
            + "-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        produce { part in
            guard failure == nil else { return }
            var written = 0
            while written < part.count, let base = part.baseAddress {
                let n = systemWrite(fd, base + written, part.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                written += n
            }
        }
        if durable && failure == nil && fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if failure == nil && rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw .cannotWrite(path: path, reason: failure)
        }
        let dir = durable ? open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC) : -1
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String) throws(WorkspaceError) {
        try write(Array(text.utf8), to: path)
    }

    /// Removes temporary files that a killed write left in `folder`.
    public static func removeLeftovers(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) { unlink(folder + "/" + name) }
    }

    /// Removes temporary files left in `folder` by writes of processes that have ended (the
    /// process id is part of the name), leaving those that a running dossier is still writing.
    public static func removeLeftoversOfEndedProcesses(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) {
            let parts = name.split(separator: "-")
            guard parts.count >= 2, let pid = Int32(parts[parts.count - 2]), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(fd, buffer, count)
        #else
            Darwin.write(fd, buffer, count)
        #endif
    }
}
