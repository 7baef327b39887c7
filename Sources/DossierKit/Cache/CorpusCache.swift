import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The on-disk cache of analysed corpora, in `$XDG_CACHE_HOME/dossier` (never inside a corpus).
///
/// One file per corpus holds the whole analysed corpus in a compact binary form (see
/// ``CacheCoding``), with a stamp per file: path, size, modification time and a hash of its
/// bytes. The cache is used when every file is unchanged (same size and time, or, when only
/// the time changed, the same bytes), when the dossier build is the same and when the user's
/// catalogs and the loading options are the same; otherwise the corpus is analysed again and
/// the file rewritten atomically. A damaged file, or one from another build, is replaced with
/// a warning.
public struct CorpusCache: Sendable {
    /// The cache folder.
    public var folder: String

    /// The cache in `folder`, by default `$XDG_CACHE_HOME/dossier` (`~/.cache/dossier`).
    public init(folder: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let folder {
            self.folder = folder
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            let base = environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.cache"
            self.folder = base + "/dossier"
        }
    }

    /// How an open went.
    public enum Outcome: Equatable, Sendable {
        /// Read from the cache.
        case hit
        /// Analysed (and the cache written, when it could be).
        case analysed
        /// Read from the cache except for `analysed` files that changed or are new; the
        /// corpus-wide index (actors, relations) was built again.
        case updated(analysed: Int)
    }

    /// The cache file of the corpus made of `paths`.
    public func file(for paths: [String]) -> String {
        let name = (DataFolders().corpusFolder(for: paths) as NSString).lastPathComponent
        return folder + "/corpora/" + name + ".dossier-cache"
    }

    static let magic = Array("DOSSIER-CACHE-6\n".utf8)

    /// What is about to be analysed when the cache cannot be used as it is: `files` of `total`
    /// files, `bytes` of text on disk.
    public struct Work: Sendable, Equatable {
        public var files: Int
        public var total: Int
        public var bytes: Int

        public init(files: Int, total: Int, bytes: Int) {
            self.files = files
            self.total = total
            self.bytes = bytes
        }
    }

    /// Opens `paths` from the cache when nothing changed, else analyses what changed (or
    /// everything) and writes the cache; `beforeAnalysis` hears how much first, to tell the
    /// user. Problems with the cache itself are warnings; they never stop the corpus opening.
    public func open(
        paths: [String], loader: CorpusLoader = CorpusLoader(), beforeAnalysis: (Work) -> Void = { _ in }
    ) throws(CorpusError) -> (corpus: Corpus, outcome: Outcome, warnings: [String]) {
        let (corpus, outcome, warnings, write) = try openWritingLater(
            paths: paths, loader: loader, beforeAnalysis: beforeAnalysis)
        let trace = Trace()
        let failure = write?.wait()
        trace.mark("cache: write")
        return (corpus, outcome, warnings + (failure.map { [$0] } ?? []))
    }

    /// Like ``open(paths:loader:beforeAnalysis:)``, returning as soon as the corpus is ready:
    /// the cache file, when it must be written, is written on a background thread (`write`);
    /// wait for it before the process exits, and report its warning. `progress`, when given,
    /// follows the analysis (for a progress line).
    public func openWritingLater(
        paths: [String], loader: CorpusLoader = CorpusLoader(), progress: AnalysisProgress? = nil,
        beforeAnalysis: (Work) -> Void = { _ in }
    ) throws(CorpusError) -> (corpus: Corpus, outcome: Outcome, warnings: [String], write: CacheWrite?) {
        let trace = Trace()
        let (candidates, _) = try loader.list(paths: paths)
        let stamps = candidates.map { Self.stamp($0.path) }
        let build = Self.buildIdentity()
        let inputs = Self.inputsIdentity(paths: paths, loader: loader)
        let path = file(for: paths)
        var warnings: [String] = []
        trace.mark("cache: stat")
        // nil: no cache file; .some(nil): a damaged one.
        var fresh: [FileStamp]? = nil
        let decoded = MappedRegion.map(path).map { region in
            Self.decode(region.bytes, region: region) { snapshot in
                guard snapshot.build == build, snapshot.inputs == inputs else { return false }
                fresh = Self.unchanged(snapshot.files, stamps, candidates, limit: loader.maxFileSize)
                // Files changed (analyse those again) or only their times (rewrite the cache):
                // either way the per-file extractions are needed.
                return fresh != snapshot.files
            }
        }
        var previous: [String: PreviousAnalysis] = [:]
        var oldStamps: [String: FileStamp] = [:]
        switch decoded {
        case .some(.none) where MappedRegion.map(path).map { Self.isOtherFormat($0.bytes) } == true:
            warnings.append("\(path): cache from another dossier build; analysing the corpus again")
        case .some(.none):
            warnings.append("\(path): damaged cache; analysing the corpus again")
        case .some(.some(let snapshot)) where snapshot.build != build:
            warnings.append("\(path): cache from another dossier build; analysing the corpus again")
        case .some(.some(let snapshot)) where snapshot.inputs == inputs:
            trace.mark("cache: read")
            if let fresh {
                var write: CacheWrite? = nil
                if fresh != snapshot.files {
                    // Only times changed: keep the analysis, remember the new times.
                    var updated = snapshot
                    updated.files = fresh
                    write = CacheWrite(updated, to: path)
                }
                let corpus = snapshot.corpus()
                trace.mark("cache: restore")
                return (corpus, .hit, warnings, write)
            }
            previous = snapshot.previousAnalyses()
            for stamp in snapshot.files { oldStamps[stamp.path] = stamp }
        default:
            break
        }
        // Files whose size and bytes are those the cache knows are not analysed again.
        var kept: [String: PreviousAnalysis] = [:]
        var files: [FileStamp] = []
        for (c, s) in zip(candidates, stamps) {
            if let p = previous[c.path], let old = oldStamps[c.path], old.size == s.size, s.size >= 0,
                old.modified == s.modified || Self.hash(of: c.path, limit: loader.maxFileSize) == old.hash
            {
                kept[c.path] = p
                files.append(FileStamp(path: c.path, size: s.size, modified: s.modified, hash: old.hash))
            } else {
                // Hashed as it is read for analysis (below).
                files.append(FileStamp(path: c.path, size: s.size, modified: s.modified, hash: 0))
            }
        }
        var work = Work(files: 0, total: candidates.count, bytes: 0)
        for (c, st) in zip(candidates, stamps) where kept[c.path] == nil {
            work.files += 1
            work.bytes += max(0, st.size)
        }
        beforeAnalysis(work)
        trace.mark("cache: what to reuse")
        let (corpus, analysed, hashes) = try Corpus.open(
            paths: paths, loader: loader, catalog: nil, previous: kept, progress: progress)
        trace.mark("cache: analysis")
        for i in files.indices where kept[files[i].path] == nil {
            // A file that could not be read as text was not hashed while read.
            files[i].hash = hashes[files[i].path] ?? Self.hash(of: files[i].path, limit: loader.maxFileSize)
        }
        let write = CacheWrite(CorpusSnapshot(corpus: corpus, build: build, inputs: inputs, files: files), to: path)
        return (corpus, kept.isEmpty ? .analysed : .updated(analysed: analysed), warnings, write)
    }

    /// Removes the cache file of `paths`; true when there was one.
    @discardableResult
    public func remove(for paths: [String]) -> Bool { unlink(file(for: paths)) == 0 }

    /// Writes `snapshot` to `path` atomically; a warning when it cannot.
    static func write(_ snapshot: CorpusSnapshot, to path: String) -> String? {
        do {
            try AtomicFile.write(to: path, durable: false) { emit in snapshot.write(magic: Self.magic, emit: emit) }
            return nil
        } catch {
            return error.description + "; the cache is not kept"
        }
    }

    /// True for a cache file in another format of dossier's (another magic number).
    static func isOtherFormat(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let family = magic.prefix(magic.count - 2)
        return bytes.count >= magic.count && bytes.prefix(family.count).elementsEqual(family)
            && !bytes.prefix(magic.count).elementsEqual(magic)
    }

    /// The snapshot in `bytes` (nil when damaged), with its per-file extractions when
    /// `wantsExtractions` says so once the rest is read.
    static func decode(
        _ bytes: UnsafeRawBufferPointer, region: MappedRegion? = nil,
        wantsExtractions: (CorpusSnapshot) -> Bool = { _ in false }
    ) -> CorpusSnapshot? {
        guard bytes.count > magic.count, bytes.prefix(magic.count).elementsEqual(magic) else { return nil }
        return CorpusSnapshot.read(
            from: UnsafeRawBufferPointer(rebasing: bytes[magic.count...]), region: region,
            wantsExtractions: wantsExtractions)
    }

    /// The stamps of the snapshot with new times where only times changed, or nil when a file
    /// was added, removed or changed.
    static func unchanged(
        _ old: [FileStamp], _ now: [(size: Int, modified: Int)], _ candidates: [CorpusLoader.Candidate], limit: Int
    ) -> [FileStamp]? {
        guard old.count == now.count else { return nil }
        var fresh = old
        for i in old.indices {
            guard old[i].path == candidates[i].path, old[i].size == now[i].size, now[i].size >= 0 else { return nil }
            if old[i].modified != now[i].modified {
                guard hash(of: candidates[i].path, limit: limit) == old[i].hash else { return nil }
                fresh[i].modified = now[i].modified
            }
        }
        return fresh
    }

    static func stamp(_ path: String) -> (size: Int, modified: Int) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (-1, 0) }
        #if canImport(Glibc)
            let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        #else
            let modified = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
        #endif
        return (Int(info.st_size), modified)
    }

    /// ``ContentHash`` of the file's bytes (0 when it is not a readable regular file).
    static func hash(of path: String, limit: Int = CorpusLoader.defaultMaxFileSize) -> UInt64 {
        guard case .success(let bytes) = FileBytes.read(path, limit: limit) else { return 0 }
        return bytes.withUnsafeBytes { ContentHash.of($0) }
    }

    static func fnv(_ bytes: UnsafeRawBufferPointer, _ seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var h = seed
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The running executable's size and time: any new build analyses afresh.
    static func buildIdentity() -> String {
        let (size, modified) = stamp("/proc/self/exe")
        return "\(size)-\(modified)"
    }

    /// User catalog contents and loader options.
    static func inputsIdentity(paths: [String], loader: CorpusLoader) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in UserCatalogs.files(for: paths) {
            if let data = FileManager.default.contents(atPath: file) {
                h = data.withUnsafeBytes { fnv($0, h) }
            }
            h = Array(file.utf8).withUnsafeBytes { fnv($0, h) }
        }
        let options = loader.extensions.sorted().joined(separator: ",") + "|\(loader.maxFileSize)"
        return String(h, radix: 16) + "|" + options
    }
}
