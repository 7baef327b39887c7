/// Finds the light markup that plain-text articles often carry (Markdown emphasis, escapes,
/// autolink brackets) so that display text can leave it out while ranges stay exact.
public enum MarkupMask {
    /// The byte that stands in a masked copy for a hidden markup byte.
    public static let hiddenByte: UInt8 = 0

    /// Returns the sorted ranges of markup bytes in `bytes`.
    public static func hiddenRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [TextRange] {
        hiddenRanges(in: bytes, eightAtATime: true)
    }

    /// ``hiddenRanges(in:)``, passing over eight bytes at a time where none may start markup
    /// when `eightAtATime` (false: byte by byte, as defined).
    static func hiddenRanges(in bytes: UnsafeBufferPointer<UInt8>, eightAtATime: Bool) -> [TextRange] {
        var hidden: [TextRange] = []
        let n = bytes.count
        var i = 0
        @inline(__always) func isSpaceOrEnd(_ j: Int) -> Bool {
            j < 0 || j >= n || bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09
        }
        @inline(__always) func isWordByte(_ j: Int) -> Bool {
            guard j >= 0 && j < n else { return false }
            let b = bytes[j]
            return b >= 0x80 || UTF8Bytes.isDigit(b) || (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
        }
        /// Finds a closing run of `count` copies of `mark` after `from`, before a blank line
        /// (or before the end of the line when `sameLine`).
        func findCloser(_ mark: UInt8, count: Int, from: Int, sameLine: Bool) -> Int? {
            var j = from
            while j + count <= n {
                let b = bytes[j]
                if b == 0x0A {
                    if sameLine { return nil }
                    var k = j + 1
                    while k < n && (bytes[k] == 0x20 || bytes[k] == 0x09) { k += 1 }
                    if k >= n || bytes[k] == 0x0A { return nil }
                }
                if b == mark {
                    var run = 0
                    while j + run < n && bytes[j + run] == mark { run += 1 }
                    if run == count && !isSpaceOrEnd(j - 1) && (mark != 0x5F || !isWordByte(j + count)) {
                        return j
                    }
                    j += run
                    continue
                }
                j += 1
            }
            return nil
        }
        while i < n {
            // Eight bytes at a time past text without a byte that may start markup.
            if eightAtATime, i + 8 <= n, let base = bytes.baseAddress,
                !mayStartMarkup(ByteLanes.load(base, at: i))
            {
                i += 8
                continue
            }
            let b = bytes[i]
            switch b {
            case 0x5C:  // backslash escape of ASCII punctuation
                if i + 1 < n, isASCIIPunctuation(bytes[i + 1]) {
                    hidden.append(TextRange(i, i + 1))
                    i += 2
                    continue
                }
            case 0x2A, 0x5F:  // * and _
                var run = 0
                while i + run < n && bytes[i + run] == b { run += 1 }
                let opens = (run == 1 || run == 2) && !isSpaceOrEnd(i + run) && (b != 0x5F || !isWordByte(i - 1))
                if opens, let close = findCloser(b, count: run, from: i + run, sameLine: run == 1) {
                    hidden.append(TextRange(i, i + run))
                    hidden.append(TextRange(close, close + run))
                    i += run
                    continue
                }
                i += run
                continue
            case 0x3C:  // <scheme://…> autolink
                if hasAutolinkScheme(bytes, at: i + 1) {
                    var j = i + 1
                    while j < n && bytes[j] != 0x3E && bytes[j] != 0x20 && bytes[j] != 0x0A { j += 1 }
                    if j < n && bytes[j] == 0x3E {
                        hidden.append(TextRange(i, i + 1))
                        hidden.append(TextRange(j, j + 1))
                        i = j + 1
                        continue
                    }
                }
            default:
                break
            }
            i += 1
        }
        hidden.sort()
        return hidden
    }

    /// True when one of the eight bytes of `word` is "\\", "*", "_" or "<".
    @inline(__always)
    private static func mayStartMarkup(_ word: UInt64) -> Bool {
        ByteLanes.contains(word, 0x5C) || ByteLanes.contains(word, 0x2A) || ByteLanes.contains(word, 0x5F)
            || ByteLanes.contains(word, 0x3C)
    }

    /// A copy of `bytes` in which every hidden byte is ``hiddenByte``.
    public static func masked(_ bytes: UnsafeBufferPointer<UInt8>, hidden: [TextRange]) -> [UInt8] {
        var out = Array(bytes)
        for r in hidden {
            for j in r.start..<min(r.end, out.count) { out[j] = hiddenByte }
        }
        return out
    }

    private static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }

    private static func hasAutolinkScheme(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        for scheme in ["https://", "http://", "mailto:", "ftp://", "doi:"] {
            let s = Array(scheme.utf8)
            if i + s.count <= bytes.count
                && zip(s, bytes[i..<(i + s.count)]).allSatisfy({ $0 == ($1 | 0x20) || $0 == $1 })
            {
                return true
            }
        }
        return false
    }
}
