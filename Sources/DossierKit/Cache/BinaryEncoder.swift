/// A compact positional binary encoding for `Codable` values, for dossier's own cache: values
/// are written in the order they are encoded, without keys; integers as LEB128 varints, strings
/// as a length and their UTF-8 bytes, arrays as a count and their elements, optionals (through
/// `encodeIfPresent`) as a flag and the value. Dictionaries keyed by strings or integers are not
/// supported (their keys are only known when decoding); the cache's types use arrays.
enum BinaryCoding {
    /// Encodes `value` into bytes.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let writer = BinaryWriter()
        try value.encode(to: BinaryEncoderImpl(writer: writer))
        return writer.bytes
    }

    /// Decodes a `T` from `bytes`; throws on truncated or malformed input.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let reader = BinaryReader(bytes)
        let value = try T(from: BinaryDecoderImpl(reader: reader))
        guard reader.offset == bytes.count else { throw BinaryCodingError.trailingBytes }
        return value
    }
}

/// Why cached bytes could not be decoded.
enum BinaryCodingError: Error {
    case truncated, malformed, trailingBytes, unsupported
}

final class BinaryWriter {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1 << 16) }

    func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    func int(_ value: Int64) { varint(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    func string(_ value: String) {
        var s = value
        s.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    func fixed32(_ value: UInt32, at offset: Int) {
        for i in 0..<4 { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
    }
}

private struct BinaryEncoderImpl: Encoder {
    let writer: BinaryWriter
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedEncoding<Key>(writer: writer))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedEncoding(writer: writer) }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleEncoding(writer: writer) }
}

/// Writes primitives; shared by the three container kinds.
private protocol PrimitiveWriting {
    var writer: BinaryWriter { get }
}

extension PrimitiveWriting {
    func put(_ value: Bool) { writer.bytes.append(value ? 1 : 0) }
    func put(_ value: String) { writer.string(value) }
    func put(_ value: Double) { writer.varint(value.bitPattern) }
    func put(_ value: Float) { writer.varint(UInt64(value.bitPattern)) }
    func put<T: BinaryInteger>(signed value: T) { writer.int(Int64(value)) }
    func put<T: BinaryInteger>(unsigned value: T) { writer.varint(UInt64(value)) }
    func put<T: Encodable>(value: T) throws { try value.encode(to: BinaryEncoderImpl(writer: writer)) }
}

private struct KeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol, PrimitiveWriting {
    let writer: BinaryWriter
    var codingPath: [any CodingKey] { [] }

    /// Only optionals through `encodeIfPresent` are supported (see ``BinaryCoding``).
    mutating func encodeNil(forKey key: Key) throws { throw BinaryCodingError.unsupported }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(signed: value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(signed: value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(signed: value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(signed: value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(signed: value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(unsigned: value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(unsigned: value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(unsigned: value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(unsigned: value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(unsigned: value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try put(value: value) }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try flagged(value) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try flagged(value) }

    /// A flag byte (0 absent, 1 present), then the value.
    private func flagged<T: Encodable>(_ value: T?) throws {
        guard let value else {
            writer.bytes.append(0)
            return
        }
        writer.bytes.append(1)
        try put(value: value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(KeyedEncoding<NestedKey>(writer: writer))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnkeyedEncoding(writer: writer)
    }
    mutating func superEncoder() -> any Encoder { BinaryEncoderImpl(writer: writer) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { BinaryEncoderImpl(writer: writer) }
}

/// An array: a 4-byte count patched as elements are written, then the elements. A struct, so
/// that each array costs no allocation of its own.
private struct UnkeyedEncoding: UnkeyedEncodingContainer, PrimitiveWriting {
    let writer: BinaryWriter
    let countOffset: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(writer: BinaryWriter) {
        self.writer = writer
        countOffset = writer.bytes.count
        writer.bytes.append(contentsOf: [0, 0, 0, 0])
    }

    private mutating func added() {
        count += 1
        writer.fixed32(UInt32(truncatingIfNeeded: count), at: countOffset)
    }

    mutating func encodeNil() throws { throw BinaryCodingError.unsupported }
    mutating func encode(_ value: Bool) throws {
        put(value)
        added()
    }
    mutating func encode(_ value: String) throws {
        put(value)
        added()
    }
    mutating func encode(_ value: Double) throws {
        put(value)
        added()
    }
    mutating func encode(_ value: Int) throws {
        put(signed: value)
        added()
    }
    mutating func encode(_ value: UInt8) throws {
        put(unsigned: value)
        added()
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try put(value: value)
        added()
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        added()
        return KeyedEncodingContainer(KeyedEncoding<NestedKey>(writer: writer))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        added()
        return UnkeyedEncoding(writer: writer)
    }
    mutating func superEncoder() -> any Encoder { BinaryEncoderImpl(writer: writer) }
}

private struct SingleEncoding: SingleValueEncodingContainer, PrimitiveWriting {
    let writer: BinaryWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { throw BinaryCodingError.unsupported }
    mutating func encode(_ value: Bool) throws { put(value) }
    mutating func encode(_ value: String) throws { put(value) }
    mutating func encode(_ value: Double) throws { put(value) }
    mutating func encode(_ value: Float) throws { put(value) }
    mutating func encode(_ value: Int) throws { put(signed: value) }
    mutating func encode(_ value: Int8) throws { put(signed: value) }
    mutating func encode(_ value: Int16) throws { put(signed: value) }
    mutating func encode(_ value: Int32) throws { put(signed: value) }
    mutating func encode(_ value: Int64) throws { put(signed: value) }
    mutating func encode(_ value: UInt) throws { put(unsigned: value) }
    mutating func encode(_ value: UInt8) throws { put(unsigned: value) }
    mutating func encode(_ value: UInt16) throws { put(unsigned: value) }
    mutating func encode(_ value: UInt32) throws { put(unsigned: value) }
    mutating func encode(_ value: UInt64) throws { put(unsigned: value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try put(value: value) }
}
