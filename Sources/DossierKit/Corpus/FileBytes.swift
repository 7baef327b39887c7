#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole regular file with POSIX calls, refusing what is not a regular file or is
/// larger than a limit before reading a byte of it.
enum FileBytes {
    static func read(_ path: String, limit: Int) -> Result<[UInt8], CorpusLoader.ReadProblem> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable(reason(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(reason(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            let what =
                switch info.st_mode & S_IFMT {
                case S_IFIFO: "a named pipe"
                case S_IFCHR, S_IFBLK: "a device"
                case S_IFSOCK: "a socket"
                case S_IFDIR: "a folder"
                default: "not a regular file"
                }
            return .failure(.unreadable(what))
        }
        let size = Int(info.st_size)
        if size > limit { return .failure(.tooLarge(size: size, limit: limit)) }
        var bytes = [UInt8](repeating: 0, count: max(size, 0))
        var count = 0
        while true {
            if count == bytes.count {
                // The file grew, or reports no size (/proc): read on in steps.
                if count >= limit { return .failure(.tooLarge(size: count + 1, limit: limit)) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, count / 2)))
            }
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(fd, base + count, buffer.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason(errno)))
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(fd, buffer, count)
        #else
            Darwin.read(fd, buffer, count)
        #endif
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "it vanished"
        case EISDIR: return "a folder"
        case EIO: return "input/output error"
        default: return String(cString: strerror(code))
        }
    }
}
