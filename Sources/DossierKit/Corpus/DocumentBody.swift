import Foundation

/// The text and structure of a document: at hand once analysed, or still in the cache file it
/// was restored from, decoded the first time they are asked for. Opening a large corpus from
/// the cache therefore reads only what the first screen shows.
final class DocumentBody: @unchecked Sendable {
    /// A document's text and structure.
    struct Content: Sendable {
        var text: String
        var structure: ArticleStructure
    }

    /// Where an undecoded body lies: `count` bytes at `offset` in `region`, whose
    /// ``checksum(_:)`` was `sum` when written.
    struct Stored: Sendable {
        var region: MappedRegion
        var offset: Int
        var count: Int
        var sum: UInt64
        /// The file the body was analysed from, read again should the stored bytes be damaged.
        var path: String

        var bytes: UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(rebasing: region.bytes[offset..<(offset + count)])
        }
    }

    private static let emptyStructure = ArticleParser.parse("")

    private let ready: Content?
    /// The stored bytes, for a body restored from the cache (written back as they are).
    let stored: Stored?
    private let lock = NSLock()
    private var decoded: Content?

    init(text: String, structure: ArticleStructure) {
        ready = Content(text: text, structure: structure)
        stored = nil
    }

    init(stored: Stored) {
        ready = nil
        self.stored = stored
    }

    var content: Content {
        if let ready { return ready }
        lock.lock()
        defer { lock.unlock() }
        if let decoded { return decoded }
        let content = decode()
        decoded = content
        return content
    }

    /// True once the content is at hand (analysed, or decoded and kept).
    var isDecoded: Bool {
        if ready != nil { return true }
        lock.lock()
        defer { lock.unlock() }
        return decoded != nil
    }

    /// Calls `work` with the content; a body not decoded yet is decoded for the call only.
    func withContent<R>(_ work: (Content) -> R) -> R {
        if let ready { return work(ready) }
        lock.lock()
        let content = decoded ?? decode()
        lock.unlock()
        return work(content)
    }

    var text: String { ready?.text ?? content.text }
    var structure: ArticleStructure { ready?.structure ?? content.structure }

    /// Writes the body (text, then structure) as ``decode()`` reads it.
    static func write(text: String, structure: ArticleStructure, to w: inout CacheWriter) {
        w.string(text)
        w.write(structure)
    }

    /// The stored body; should its bytes be damaged, the file itself read and parsed again
    /// (the cache holds it only while the file is unchanged), else an empty document.
    private func decode() -> Content {
        guard let stored else { return Content(text: "", structure: Self.emptyStructure) }
        var r = CacheReader(stored.bytes)
        if Self.checksum(stored.bytes) == stored.sum, let text = try? r.string(),
            let structure = try? r.read(ArticleStructure.self), r.isAtEnd
        {
            return Content(text: text, structure: structure)
        }
        let candidate = CorpusLoader.Candidate(file: stored.path, path: stored.path)
        guard case .success(let source) = CorpusLoader().read(candidate) else {
            return Content(text: "", structure: Self.emptyStructure)
        }
        return Content(text: source.text, structure: ArticleParser.parse(source.text))
    }

    /// The checksum of a stored body (``ContentHash``), to tell damaged bytes from good ones.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 { ContentHash.of(bytes) }
}
