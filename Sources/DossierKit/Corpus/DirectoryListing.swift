#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The entries of one folder, read with `readdir`: the kind of most entries comes with the
/// name, so that listing ten thousand articles costs no `stat` call per file.
enum DirectoryListing {
    enum Kind: Equatable {
        /// A folder, or a link to one.
        case folder
        /// Anything else that exists (a file, or a link to one).
        case other
        /// A link to nothing.
        case missing
    }

    /// The names in `folder` (without `.` and `..`) with their kinds, or nil when the folder
    /// cannot be read.
    static func entries(of folder: String) -> [(name: String, kind: Kind)]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var result: [(name: String, kind: Kind)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) {
                    String(cString: $0)
                }
            }
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_REG): kind = .other
            default: kind = Self.kind(of: folder.hasSuffix("/") ? folder + name : folder + "/" + name)
            }
            result.append((name, kind))
        }
        return result
    }

    /// The kind of `path`, following links.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        return info.st_mode & S_IFMT == S_IFDIR ? .folder : .other
    }
}
