/// One document's ``DocumentExtraction`` in the cache's encoding: what a corpus keeps of it
/// once the actor index is built, for the cache to write. About a tenth of the decoded form's
/// memory (a decoded mention takes some 70 bytes and a string; encoded, a dozen).
struct EncodedExtraction: Sendable, CacheCodable {
    /// The bytes that ``DocumentExtraction/write(to:)`` writes, at their exact size.
    let bytes: [UInt8]

    init(_ extraction: DocumentExtraction) {
        var writer = CacheWriter(capacity: 64 + 16 * extraction.mentions.count)
        extraction.write(to: &writer)
        bytes = writer.bytes.withUnsafeBufferPointer { Array($0) }
    }

    /// Reads one extraction (checking it decodes) and keeps its bytes.
    init(from reader: inout CacheReader) throws(CacheCodingError) {
        let start = reader.offset
        _ = try DocumentExtraction(from: &reader)
        bytes = reader.bytes(from: start)
    }

    /// Writes the bytes as they are: the same as writing the decoded extraction.
    func write(to writer: inout CacheWriter) { writer.append(bytes) }

    /// The extraction these bytes encode.
    func decoded() throws(CacheCodingError) -> DocumentExtraction {
        try bytes.withUnsafeBytes { raw in
            Result { () throws(CacheCodingError) in try CacheCoding.decode(DocumentExtraction.self, from: raw) }
        }.get()
    }
}
