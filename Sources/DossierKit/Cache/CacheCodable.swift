/// A value that writes itself to dossier's cache and reads itself back, field by field in a
/// fixed order. Hand-written rather than `Codable`: generic `Codable` decoding spent most of
/// its time looking up type metadata and read the cache at 11–20 MB/s.
protocol CacheCodable {
    func write(to writer: inout CacheWriter)
    init(from reader: inout CacheReader) throws(CacheCodingError)
}

/// Why cached bytes could not be read.
enum CacheCodingError: Error {
    case truncated, malformed, trailingBytes
}

/// Encodes and decodes whole values.
enum CacheCoding {
    /// The bytes of `value`.
    static func encode<T: CacheCodable>(_ value: T, capacity: Int = 1 << 16) -> [UInt8] {
        var writer = CacheWriter(capacity: capacity)
        value.write(to: &writer)
        return writer.bytes
    }

    /// A `T` read from all of `bytes`; throws on truncated, malformed or trailing bytes.
    static func decode<T: CacheCodable>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws(CacheCodingError)
        -> T
    {
        var reader = CacheReader(bytes)
        let value = try T(from: &reader)
        guard reader.isAtEnd else { throw .trailingBytes }
        return value
    }

    /// A `T` read from all of `bytes`.
    static func decode<T: CacheCodable>(_ type: T.Type, from bytes: [UInt8]) throws(CacheCodingError) -> T {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(CacheCodingError) -> T in try decode(type, from: raw) }
        }
        return try result.get()
    }
}

extension Int: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.int(self) }
    init(from reader: inout CacheReader) throws(CacheCodingError) { self = try reader.int() }
}

extension String: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.string(self) }
    init(from reader: inout CacheReader) throws(CacheCodingError) { self = try reader.string() }
}

extension TextRange: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.int(start)
        writer.int(end - start)
    }

    init(from reader: inout CacheReader) throws(CacheCodingError) {
        let start = try reader.int()
        let (end, overflow) = start.addingReportingOverflow(try reader.int())
        guard !overflow else { throw .malformed }
        self.init(start, end)
    }
}
