#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The result of decoding a file: its normalised text, how it was decoded, and what was odd.
public struct DecodedText: Sendable {
    /// The text with line endings normalised to LF and any byte-order mark removed.
    public var text: String
    /// The encoding that was used.
    public var encoding: SourceEncoding
    /// Problems worth telling the user about (a fallback encoding, for instance).
    public var warnings: [String]
}

/// Why a file could not be decoded at all.
public enum DecodingFailure: Error, Equatable, Sendable {
    /// The file holds NUL bytes and no UTF-16 byte-order mark: it is not text.
    case binary
}

/// Decodes raw file bytes: UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252 as a
/// fallback; normalises CRLF and CR line endings to LF.
public enum TextDecoder {
    /// Decodes `bytes`, or reports that they are binary.
    public static func decode(_ bytes: [UInt8]) -> Result<DecodedText, DecodingFailure> {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            let body = bytes[3...]
            if let text = String(validating: body, as: UTF8.self) {
                return .success(DecodedText(text: normaliseNewlines(text), encoding: .utf8WithBOM, warnings: []))
            }
            let text = String(decoding: body, as: UTF8.self)
            return .success(
                DecodedText(
                    text: normaliseNewlines(text), encoding: .utf8WithBOM,
                    warnings: ["invalid UTF-8 after a UTF-8 byte-order mark; bad bytes shown as \u{FFFD}"]))
        }
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            return .success(decodeUTF16(bytes, littleEndian: little))
        }
        if bytes.withUnsafeBufferPointer({ Self.holds(0, $0) }) { return .failure(.binary) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(DecodedText(text: normaliseNewlines(text), encoding: .utf8, warnings: []))
        }
        return .success(
            DecodedText(
                text: normaliseNewlines(decodeWindows1252(bytes)), encoding: .windows1252,
                warnings: ["not valid UTF-8; decoded as Windows-1252"]))
    }

    /// Replaces CRLF and lone CR with LF.
    public static func normaliseNewlines(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ holds(0x0D, $0) }) else { return text }
        var utf8 = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            let b = utf8[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < utf8.count && utf8[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        utf8 = out
        return String(decoding: utf8, as: UTF8.self)
    }

    /// True when `bytes` hold `byte` (`memchr`, many bytes at a time).
    private static func holds(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var warnings: [String] = []
        if bytes.count % 2 == 1 { warnings.append("UTF-16 file has an odd number of bytes; the last byte was dropped") }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var invalid = false
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error:
                invalid = true
                scalars.append("\u{FFFD}")
            }
        }
        if invalid { warnings.append("invalid UTF-16 sequences shown as \u{FFFD}") }
        return DecodedText(
            text: normaliseNewlines(String(scalars)),
            encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian, warnings: warnings)
    }

    /// Decodes Windows-1252; the five bytes it leaves undefined become U+FFFD.
    public static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            if b < 0x80 || b >= 0xA0 {
                scalars.append(Unicode.Scalar(b))
            } else {
                let v = windows1252High[Int(b - 0x80)]
                scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
        }
        return String(scalars)
    }

    /// Code points for bytes 0x80–0x9F in Windows-1252 (0xFFFD where undefined).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0xFFFD,
    ]
}
