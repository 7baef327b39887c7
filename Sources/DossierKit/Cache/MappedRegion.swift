#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A regular file mapped read-only for as long as anything holds this object: documents
/// restored from the cache keep their still-undecoded text and structure here. dossier replaces
/// its cache files only by renaming a new file over them, so the mapped bytes never change.
final class MappedRegion: @unchecked Sendable {
    /// The file's bytes.
    let bytes: UnsafeRawBufferPointer

    private init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The file at `path` mapped, or nil when it cannot be (missing, not a regular file).
    static func map(_ path: String) -> MappedRegion? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        if size == 0 { return MappedRegion(bytes: UnsafeRawBufferPointer(start: nil, count: 0)) }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        return MappedRegion(bytes: UnsafeRawBufferPointer(start: base, count: size))
    }

    deinit {
        if let base = bytes.baseAddress, bytes.count > 0 {
            munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
        }
    }
}
