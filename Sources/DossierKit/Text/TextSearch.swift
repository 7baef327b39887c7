#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fast substring tests on UTF-8 bytes (Foundation's `contains` is slow on Linux).
public enum TextSearch {
    /// True when `text` contains `needle`, comparing bytes.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        var t = text
        var n = needle
        return t.withUTF8 { tb in n.withUTF8 { nb in find(tb, nb) } }
    }

    /// True when `text` contains any of `needles`.
    public static func containsAny(_ text: String, _ needles: [String]) -> Bool {
        var t = text
        return t.withUTF8 { tb in
            needles.contains { needle in
                var n = needle
                return n.withUTF8 { find(tb, $0) }
            }
        }
    }

    /// The first range of `text` whose bytes are those of `needle` and whose ends fall between
    /// characters: what `firstRange(of:)` finds, without its generic, character-by-character
    /// search. Should the bytes occur nowhere, a canonically equivalent spelling is looked for
    /// the slow way (only when either side is not ASCII).
    public static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
        guard !needle.isEmpty else { return text.startIndex..<text.startIndex }
        var t = text
        var n = needle
        let found: Range<String.Index>?? = t.withUTF8 { tb in
            n.withUTF8 { nb -> Range<String.Index>?? in
                // `;`, `` ` `` and `K` are also spelled U+037E, U+1FEF and U+212A, which may come first.
                let oddNeedle = nb.contains { $0 == 0x3B || $0 == 0x60 || $0 == 0x4B }
                if oddNeedle && !tb.allSatisfy({ $0 < 0x80 }) { return nil }
                var from = 0
                while let at = offset(tb, nb, from: from) {
                    let u = text.utf8
                    let lower = u.index(u.startIndex, offsetBy: at)
                    let upper = u.index(lower, offsetBy: nb.count)
                    if let l = String.Index(lower, within: text), let r = String.Index(upper, within: text),
                        text[l..<r] == needle
                    {
                        return .some(l..<r)
                    }
                    from = at + 1
                }
                // No other spelling equals a needle of ASCII and one-spelling scalars without
                // those three, nor any needle in an ASCII text: the bytes decide.
                let plainNeedle = needle.unicodeScalars.allSatisfy { $0.isASCII || hasOneSpelling($0) }
                return plainNeedle && (!oddNeedle || tb.allSatisfy({ $0 < 0x80 })) ? .some(nil) : nil
            }
        }
        if let found { return found }
        return text.firstRange(of: needle)
    }

    /// Scalars that no other sequence is canonically equivalent to and that compose with
    /// nothing: the no-break space, guillemets, dashes, curly quotes and the ellipsis.
    private static func hasOneSpelling(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00A0, 0x00AB, 0x00BB, 0x2010...0x2015, 0x2018...0x201F, 0x2026: true
        default: false
        }
    }

    /// The offset of the first occurrence of `n` in `t` at or after `from` (nil for an empty
    /// `n`): the byte search every fast text test here shares.
    static func offset(_ t: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard !n.isEmpty, t.count >= n.count, let base = t.baseAddress else { return nil }
        let first = Int32(n[0])
        var i = max(0, from)
        let last = t.count - n.count
        while i <= last {
            // memchr finds the next candidate first byte many bytes at a time.
            guard let hit = memchr(base + i, first, last - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var k = 1
            while k < n.count && t[i + k] == n[k] { k += 1 }
            if k == n.count { return i }
            i += 1
        }
        return nil
    }

    private static func find(_ t: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        n.isEmpty || offset(t, n) != nil
    }
}
