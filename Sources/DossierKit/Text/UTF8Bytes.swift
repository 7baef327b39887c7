/// Byte-level helpers for scanning UTF-8 text quickly without building `Character`s.
public enum UTF8Bytes {
    /// Decodes the scalar that starts at `index`, returning it with its byte length.
    /// Malformed input yields U+FFFD and a length of one, so scanning always advances.
    @inlinable
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let count = bytes.count
        func cont(_ i: Int) -> UInt32? {
            guard i < count else { return nil }
            let b = bytes[i]
            return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
        }
        let replacement = (Unicode.Scalar(0xFFFD as UInt32) ?? "?", 1)
        if b0 & 0xE0 == 0xC0 {
            guard let c1 = cont(index + 1) else { return replacement }
            let v = (UInt32(b0 & 0x1F) << 6) | c1
            guard v >= 0x80, let s = Unicode.Scalar(v) else { return replacement }
            return (s, 2)
        }
        if b0 & 0xF0 == 0xE0 {
            guard let c1 = cont(index + 1), let c2 = cont(index + 2) else { return replacement }
            let v = (UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2
            guard v >= 0x800, let s = Unicode.Scalar(v) else { return replacement }
            return (s, 3)
        }
        if b0 & 0xF8 == 0xF0 {
            guard let c1 = cont(index + 1), let c2 = cont(index + 2), let c3 = cont(index + 3) else {
                return replacement
            }
            let v = (UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            guard v >= 0x10000, let s = Unicode.Scalar(v) else { return replacement }
            return (s, 4)
        }
        return replacement
    }

    /// The offset of the scalar that ends just before `index` (its first byte).
    @inlinable
    public static func previousScalarStart(in bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var i = index - 1
        while i > 0 && bytes[i] & 0xC0 == 0x80 && index - i < 4 { i -= 1 }
        return max(i, 0)
    }

    /// True for ASCII letters and for any alphabetic scalar beyond ASCII.
    @inlinable
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return s.properties.isAlphabetic && !s.properties.isWhitespace
    }

    /// True for uppercase and titlecase letters.
    @inlinable
    public static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase || s.properties.generalCategory == .titlecaseLetter
    }

    /// True for lowercase letters.
    @inlinable
    public static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    /// True for ASCII digits.
    @inlinable
    public static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The number of characters of `text`, counted on its bytes when they are all ASCII.
    static func characterCount(of text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
    }

    /// True when the first and the last character of the text whose UTF-8 is `u` are each one
    /// ASCII byte that `keeps` accepts: an ASCII byte beside another ASCII byte is a character of
    /// its own unless the two are CR LF, which is why CR and LF never count as kept here.
    @inline(__always)
    static func hasAsciiEnds<C: BidirectionalCollection<UInt8>>(_ u: C, keeping keeps: (UInt8) -> Bool) -> Bool {
        guard let first = u.first, let last = u.last, first < 0x80, last < 0x80, first != 0x0D, first != 0x0A,
            last != 0x0D, last != 0x0A, keeps(first), keeps(last)
        else { return false }
        let second = u.index(after: u.startIndex)
        guard second != u.endIndex else { return true }
        return u[second] < 0x80 && u[u.index(before: u.index(before: u.endIndex))] < 0x80
    }

    /// Space, tab, line feed, vertical tab, form feed or carriage return.
    @inline(__always)
    static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// An ASCII upper-case letter lower-cased; any other byte as it is.
    @inline(__always)
    static func lowercased(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// An ASCII letter or digit: what `Character.isLetter || isNumber` is for an ASCII byte.
    @inline(__always)
    static func isAlphanumeric(_ b: UInt8) -> Bool { isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) }

    /// True for white space, including no-break and typographic spaces.
    @inlinable
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680: return true
        default: return false
        }
    }

    /// True for letters, digits and marks that belong inside a word.
    @inlinable
    public static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A)
        }
        let p = s.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
