import Foundation

/// Finds article files under the paths a user gives and reads them. Never writes anything.
public struct CorpusLoader: Sendable {
    /// File extensions (lower-case, without the dot) that are read when walking a folder.
    public var extensions: Set<String>

    /// Files larger than this many bytes are skipped with a warning: an article is kilobytes,
    /// and a data dump of hundreds of megabytes would stall the whole corpus.
    public var maxFileSize: Int

    /// The default ``maxFileSize``: 16 MiB.
    public static let defaultMaxFileSize = 16 << 20

    /// Creates a loader for the given extensions (`txt` and `md` by default).
    public init(extensions: Set<String> = ["txt", "md"], maxFileSize: Int = CorpusLoader.defaultMaxFileSize) {
        self.extensions = Set(extensions.map { $0.lowercased() })
        self.maxFileSize = maxFileSize
    }

    /// A file found on disk, not yet read.
    public struct Candidate: Sendable, Equatable {
        /// The path shown to the user.
        public var file: String
        /// The path used to read it.
        public var path: String

        /// The file's size on disk in bytes, from one `stat` call (0 when it cannot be had).
        public var size: Int { max(0, CorpusCache.stamp(path).size) }
    }

    /// What loading produced: the readable files and every warning, in a stable order.
    public struct Result: Sendable {
        public var files: [SourceFile]
        public var warnings: [String]
    }

    /// Lists and reads every article under `paths`.
    ///
    /// A missing or unreadable path is a warning, or a thrown ``CorpusError`` when it is the only
    /// path given.
    public func load(paths: [String]) throws(CorpusError) -> Result {
        let (entries, warnings) = try load(paths: paths, skipping: { _ in false })
        return Result(
            files: entries.compactMap {
                if case .read(let file) = $0 { return file }
                return nil
            }, warnings: warnings)
    }

    /// One file of a listing: read, or left for the caller (its analysis is known already).
    enum Entry {
        case read(SourceFile)
        case skipped(Candidate)
    }

    /// Lists every article under `paths` and reads those that `skipping` does not claim, in
    /// listing order.
    func load(paths: [String], skipping: (Candidate) -> Bool) throws(CorpusError) -> ([Entry], [String]) {
        let (candidates, listWarnings) = try list(paths: paths)
        var entries: [Entry] = []
        var warnings = listWarnings
        entries.reserveCapacity(candidates.count)
        // Files are read and decoded on every core, then taken in listing order.
        let skipped = candidates.map(skipping)
        let loader = self
        let reads = Parallel.map(candidates) { i, candidate in skipped[i] ? nil : loader.read(candidate) }
        for (i, candidate) in candidates.enumerated() {
            guard let result = reads[i] else {
                entries.append(.skipped(candidate))
                continue
            }
            switch result {
            case .success(let file):
                entries.append(.read(file))
            case .failure(let problem):
                if paths.count == 1 && candidates.count == 1 && candidate.path == paths[0] {
                    throw problem.asError(path: candidate.file)
                }
                warnings.append(problem.message(file: candidate.file))
            }
        }
        return (entries, warnings)
    }

    /// Walks `paths` and returns the files to read, sorted within each folder, plus warnings.
    public func list(paths: [String]) throws(CorpusError) -> ([Candidate], [String]) {
        var candidates: [Candidate] = []
        var warnings: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if paths.count == 1 { throw .notFound(path: path) }
                warnings.append("\(path): no such file or folder")
                continue
            }
            if isDirectory.boolValue {
                var visited: Set<String> = []
                let before = candidates.count
                walk(folder: path, relative: "", into: &candidates, warnings: &warnings, visited: &visited)
                if candidates.count == before {
                    let list = extensions.sorted().map { "." + $0 }.joined(separator: ", ")
                    warnings.append("\(path): no article files (\(list)) in this folder")
                }
            } else {
                guard fm.isReadableFile(atPath: path) else {
                    if paths.count == 1 { throw .unreadable(path: path, reason: "permission denied") }
                    warnings.append("\(path): cannot be read (permission denied)")
                    continue
                }
                candidates.append(Candidate(file: path, path: path))
            }
        }
        return (candidates, warnings)
    }

    private func walk(
        folder: String, relative: String, into candidates: inout [Candidate], warnings: inout [String],
        visited: inout Set<String>
    ) {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            warnings.append("\(display(folder, relative)): folder visited twice (a symbolic-link loop?); skipped")
            return
        }
        guard let entries = DirectoryListing.entries(of: folder) else {
            warnings.append("\(display(folder, relative)): folder cannot be read")
            return
        }
        for (name, kind) in entries.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) {
            if name.hasPrefix(".") { continue }
            let full = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            guard kind != .missing else {
                warnings.append("\(rel): broken link or vanished file; skipped")
                continue
            }
            if kind == .folder {
                walk(folder: full, relative: rel, into: &candidates, warnings: &warnings, visited: &visited)
            } else if let dot = name.lastIndex(of: "."),
                extensions.contains(name[name.index(after: dot)...].lowercased())
            {
                candidates.append(Candidate(file: rel, path: full))
            }
        }
    }

    private func display(_ folder: String, _ relative: String) -> String {
        relative.isEmpty ? folder : relative
    }

    /// Why one file could not be read.
    public enum ReadProblem: Error, Sendable {
        case unreadable(String)
        case binary
        case tooLarge(size: Int, limit: Int)

        func message(file: String) -> String {
            switch self {
            case .unreadable(let reason): return "\(file): cannot be read (\(reason)); skipped"
            case .binary: return "\(file): binary file (it contains NUL bytes); skipped"
            case .tooLarge(let size, let limit):
                return "\(file): \(megabytes(size)) is over the \(megabytes(limit)) limit for one article; "
                    + "skipped (see --max-file-size)"
            }
        }

        func asError(path: String) -> CorpusError {
            switch self {
            case .unreadable(let reason): return .unreadable(path: path, reason: reason)
            case .binary: return .notText(path: path)
            case .tooLarge: return .tooLarge(message: message(file: path))
            }
        }

        private func megabytes(_ bytes: Int) -> String {
            let mb = Double(bytes) / 1_048_576
            return mb >= 10 || mb == mb.rounded() ? "\(Int(mb.rounded())) MB" : "\((mb * 10).rounded() / 10) MB"
        }
    }

    /// Reads and decodes one file. Only regular files are read: a FIFO or a device named
    /// `*.txt` would block or never end.
    public func read(_ candidate: Candidate) -> Swift.Result<SourceFile, ReadProblem> {
        let bytes: [UInt8]
        switch FileBytes.read(candidate.path, limit: maxFileSize) {
        case .success(let read): bytes = read
        case .failure(let problem): return .failure(problem)
        }
        switch TextDecoder.decode(bytes) {
        case .failure: return .failure(.binary)
        case .success(let decoded):
            var warnings = decoded.warnings.map { "\(candidate.file): \($0)" }
            if decoded.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) {
                warnings.append("\(candidate.file): empty file")
            }
            return .success(
                SourceFile(
                    file: candidate.file, path: candidate.path, text: decoded.text, encoding: decoded.encoding,
                    warnings: warnings, byteCount: bytes.count,
                    contentHash: bytes.withUnsafeBytes { ContentHash.of($0) }))
        }
    }
}
