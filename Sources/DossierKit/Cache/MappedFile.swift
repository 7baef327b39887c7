#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A regular file mapped read-only into memory for the time of one call: reading a large
/// cache this way costs no copy and no zero-filled buffer. dossier replaces its cache files
/// only by renaming a new file over them, so a mapped file never changes under the reader.
enum MappedFile {
    /// Calls `body` with the bytes of `path`, or returns nil when it cannot be mapped (missing,
    /// not a regular file).
    static func withBytes<R>(_ path: String, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        if size == 0 { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        defer { munmap(base, size) }
        #if canImport(Glibc)
            _ = madvise(base, size, MADV_SEQUENTIAL)
        #endif
        return body(UnsafeRawBufferPointer(start: base, count: size))
    }
}
