/// Reads what ``BinaryCoding`` wrote.
final class BinaryReader {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw BinaryCodingError.truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw BinaryCodingError.malformed }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    func int() throws -> Int64 {
        let v = try varint()
        return Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1)))
    }

    func string() throws -> String {
        let n = try varint()
        guard n <= UInt64(bytes.count - offset) else { throw BinaryCodingError.truncated }
        let end = offset + Int(n)
        defer { offset = end }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    func fixed32() throws -> Int {
        var v = 0
        for i in 0..<4 { v |= Int(try byte()) << (8 * i) }
        return v
    }
}

/// Reads primitives; shared by the three container kinds.
private protocol PrimitiveReading {
    var reader: BinaryReader { get }
}

extension PrimitiveReading {
    func takeBool() throws -> Bool {
        switch try reader.byte() {
        case 0: return false
        case 1: return true
        default: throw BinaryCodingError.malformed
        }
    }
    func takeString() throws -> String { try reader.string() }
    func takeDouble() throws -> Double { Double(bitPattern: try reader.varint()) }
    func takeFloat() throws -> Float {
        guard let bits = UInt32(exactly: try reader.varint()) else { throw BinaryCodingError.malformed }
        return Float(bitPattern: bits)
    }
    func takeInt() throws -> Int {
        guard let v = Int(exactly: try reader.int()) else { throw BinaryCodingError.malformed }
        return v
    }
    func takeInt8() throws -> Int8 {
        guard let v = Int8(exactly: try reader.int()) else { throw BinaryCodingError.malformed }
        return v
    }
    func takeInt16() throws -> Int16 {
        guard let v = Int16(exactly: try reader.int()) else { throw BinaryCodingError.malformed }
        return v
    }
    func takeInt32() throws -> Int32 {
        guard let v = Int32(exactly: try reader.int()) else { throw BinaryCodingError.malformed }
        return v
    }
    func takeInt64() throws -> Int64 {
        guard let v = Int64(exactly: try reader.int()) else { throw BinaryCodingError.malformed }
        return v
    }
    func takeUInt() throws -> UInt {
        guard let v = UInt(exactly: try reader.varint()) else { throw BinaryCodingError.malformed }
        return v
    }
    func takeUInt8() throws -> UInt8 {
        guard let v = UInt8(exactly: try reader.varint()) else { throw BinaryCodingError.malformed }
        return v
    }
    func takeUInt16() throws -> UInt16 {
        guard let v = UInt16(exactly: try reader.varint()) else { throw BinaryCodingError.malformed }
        return v
    }
    func takeUInt32() throws -> UInt32 {
        guard let v = UInt32(exactly: try reader.varint()) else { throw BinaryCodingError.malformed }
        return v
    }
    func takeUInt64() throws -> UInt64 {
        guard let v = UInt64(exactly: try reader.varint()) else { throw BinaryCodingError.malformed }
        return v
    }
    func take<T: Decodable>(_ type: T.Type) throws -> T { try T(from: BinaryDecoderImpl(reader: reader)) }
}

struct BinaryDecoderImpl: Decoder {
    let reader: BinaryReader
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedDecoding<Key>(reader: reader))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try UnkeyedDecoding(reader: reader) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleDecoding(reader: reader) }
}

private struct KeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol, PrimitiveReading {
    let reader: BinaryReader
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { try reader.byte() == 0 }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try takeBool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try takeString() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try takeDouble() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try takeFloat() }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try takeInt() }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try takeInt8() }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try takeInt16() }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try takeInt32() }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try takeInt64() }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try takeUInt() }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try takeUInt8() }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try takeUInt16() }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try takeUInt32() }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try takeUInt64() }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try take(T.self) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try flagged { try takeBool() } }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try flagged { try takeString() } }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try flagged { try takeDouble() } }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try flagged { try takeFloat() } }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try flagged { try takeInt() } }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try flagged { try takeInt8() } }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try flagged { try takeInt16() } }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try flagged { try takeInt32() } }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try flagged { try takeInt64() } }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try flagged { try takeUInt() } }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try flagged { try takeUInt8() } }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try flagged { try takeUInt16() } }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try flagged { try takeUInt32() } }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try flagged { try takeUInt64() } }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try flagged { try take(T.self) }
    }

    /// A flag byte (0 absent, 1 present), then the value.
    private func flagged<T>(_ body: () throws -> T) throws -> T? {
        switch try reader.byte() {
        case 0: return nil
        case 1: return try body()
        default: throw BinaryCodingError.malformed
        }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        KeyedDecodingContainer(KeyedDecoding<NestedKey>(reader: reader))
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try UnkeyedDecoding(reader: reader)
    }
    func superDecoder() throws -> any Decoder { BinaryDecoderImpl(reader: reader) }
    func superDecoder(forKey key: Key) throws -> any Decoder { BinaryDecoderImpl(reader: reader) }
}

private struct UnkeyedDecoding: UnkeyedDecodingContainer, PrimitiveReading {
    let reader: BinaryReader
    let count: Int?
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    init(reader: BinaryReader) throws {
        self.reader = reader
        let n = try reader.fixed32()
        // Every element takes at least one byte: a larger count is damage, not data.
        guard n <= reader.bytes.count - reader.offset else { throw BinaryCodingError.truncated }
        count = n
    }

    private mutating func advance() throws {
        guard !isAtEnd else { throw BinaryCodingError.truncated }
        currentIndex += 1
    }

    /// Nil elements are never written (the encoder refuses them).
    func decodeNil() throws -> Bool { false }
    mutating func decode(_ type: Bool.Type) throws -> Bool {
        try advance()
        return try takeBool()
    }
    mutating func decode(_ type: String.Type) throws -> String {
        try advance()
        return try takeString()
    }
    mutating func decode(_ type: Double.Type) throws -> Double {
        try advance()
        return try takeDouble()
    }
    mutating func decode(_ type: Float.Type) throws -> Float {
        try advance()
        return try takeFloat()
    }
    mutating func decode(_ type: Int.Type) throws -> Int {
        try advance()
        return try takeInt()
    }
    mutating func decode(_ type: Int8.Type) throws -> Int8 {
        try advance()
        return try takeInt8()
    }
    mutating func decode(_ type: Int16.Type) throws -> Int16 {
        try advance()
        return try takeInt16()
    }
    mutating func decode(_ type: Int32.Type) throws -> Int32 {
        try advance()
        return try takeInt32()
    }
    mutating func decode(_ type: Int64.Type) throws -> Int64 {
        try advance()
        return try takeInt64()
    }
    mutating func decode(_ type: UInt.Type) throws -> UInt {
        try advance()
        return try takeUInt()
    }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
        try advance()
        return try takeUInt8()
    }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
        try advance()
        return try takeUInt16()
    }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
        try advance()
        return try takeUInt32()
    }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
        try advance()
        return try takeUInt64()
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try advance()
        return try take(T.self)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try advance()
        return KeyedDecodingContainer(KeyedDecoding<NestedKey>(reader: reader))
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try advance()
        return try UnkeyedDecoding(reader: reader)
    }
    func superDecoder() throws -> any Decoder { BinaryDecoderImpl(reader: reader) }
}

private struct SingleDecoding: SingleValueDecodingContainer, PrimitiveReading {
    let reader: BinaryReader
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try takeBool() }
    func decode(_ type: String.Type) throws -> String { try takeString() }
    func decode(_ type: Double.Type) throws -> Double { try takeDouble() }
    func decode(_ type: Float.Type) throws -> Float { try takeFloat() }
    func decode(_ type: Int.Type) throws -> Int { try takeInt() }
    func decode(_ type: Int8.Type) throws -> Int8 { try takeInt8() }
    func decode(_ type: Int16.Type) throws -> Int16 { try takeInt16() }
    func decode(_ type: Int32.Type) throws -> Int32 { try takeInt32() }
    func decode(_ type: Int64.Type) throws -> Int64 { try takeInt64() }
    func decode(_ type: UInt.Type) throws -> UInt { try takeUInt() }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try takeUInt8() }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try takeUInt16() }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try takeUInt32() }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try takeUInt64() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try take(T.self) }
}
