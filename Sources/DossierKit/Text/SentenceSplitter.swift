/// Splits a block of text into sentences with exact ranges.
///
/// Handles abbreviations (`pp.`, `e.g.`, `Dr.`, `St.`), initials (`A. A.`, `Sh.`), decimals,
/// ordinals, closing quotes and brackets, and sentences that run across a page break.
public enum SentenceSplitter {
    /// Splits the text of `segments` (taken in order from `masked`) into sentence ranges.
    public static func split(_ masked: UnsafeBufferPointer<UInt8>, segments: [TextRange]) -> [TextRange] {
        split(masked, segments: segments, eightAtATime: true)
    }

    /// ``split(_:segments:)``, passing eight bytes at a time over runs of plain ASCII words and
    /// spaces when `eightAtATime` (false: byte by byte, as defined).
    static func split(_ masked: UnsafeBufferPointer<UInt8>, segments: [TextRange], eightAtATime: Bool) -> [TextRange] {
        var result: [TextRange] = []
        var start: Int? = nil
        var lastEnd = 0
        for (segIndex, seg) in segments.enumerated() {
            var i = seg.start
            let end = min(seg.end, masked.count)
            while i < end {
                if eightAtATime, i + 8 <= end, let base = masked.baseAddress,
                    let visible = plainVisibleBytes(ByteLanes.load(base, at: i))
                {
                    if visible != 0 {
                        if start == nil { start = i + visible.trailingZeroBitCount / 8 }
                        lastEnd = i + (63 - visible.leadingZeroBitCount) / 8 + 1
                    }
                    i += 8
                    continue
                }
                let b = masked[i]
                if b == MarkupMask.hiddenByte || b == 0x20 || b == 0x0A || b == 0x09 {
                    i += 1
                    continue
                }
                // Most bytes: visible ASCII that ends nothing.
                if b > 0x20 && b < 0x80 && b != 0x2E && b != 0x21 && b != 0x3F {
                    if start == nil { start = i }
                    lastEnd = i + 1
                    i += 1
                    continue
                }
                let (s, len) = UTF8Bytes.scalar(in: masked, at: i)
                if UTF8Bytes.isSpace(s) {
                    i += len
                    continue
                }
                if start == nil { start = i }
                lastEnd = i + len
                if isTerminator(s) {
                    var j = i + len
                    while j < end {
                        let (c, cl) = UTF8Bytes.scalar(in: masked, at: j)
                        guard isTerminator(c) || isCloser(c) || c.value == 0 else { break }
                        if c.value != 0 { lastEnd = j + cl }
                        j += cl
                    }
                    let next = peek(masked, segments: segments, segment: segIndex, from: j)
                    if shouldBreak(masked, terminator: s, at: i, sentenceStart: start ?? i, next: next) {
                        if let st = start { result.append(TextRange(st, lastEnd)) }
                        start = nil
                    }
                    i = j
                    continue
                }
                i += len
            }
        }
        if let st = start { result.append(TextRange(st, lastEnd)) }
        return result
    }

    /// The high bit of each visible byte of `word` (first byte lowest) when its eight bytes are
    /// all ones the byte loop passes over at once: the hidden byte, space, tab, line feed, or
    /// visible ASCII other than ".", "!" and "?"; nil otherwise.
    @inline(__always)
    private static func plainVisibleBytes(_ word: UInt64) -> UInt64? {
        guard ByteLanes.isASCII(word) else { return nil }
        let low = ~ByteLanes.atLeast(word, 0x21) & ByteLanes.highs
        let spaces =
            ByteLanes.equal(word, 0x00) | ByteLanes.equal(word, 0x09) | ByteLanes.equal(word, 0x0A)
            | ByteLanes.equal(word, 0x20)
        let ends = ByteLanes.equal(word, 0x2E) | ByteLanes.equal(word, 0x21) | ByteLanes.equal(word, 0x3F)
        guard low & ~spaces == 0, ends == 0 else { return nil }
        return ByteLanes.highs & ~low
    }

    /// The first visible scalar at or after `from`, looking into later segments; nil at the end.
    /// `spaced` tells whether white space (or a segment gap) came before it.
    private static func peek(
        _ masked: UnsafeBufferPointer<UInt8>, segments: [TextRange], segment: Int, from: Int
    ) -> (scalar: Unicode.Scalar, spaced: Bool, offset: Int)? {
        var spaced = false
        var seg = segment
        var i = from
        while seg < segments.count {
            let end = min(segments[seg].end, masked.count)
            while i < end {
                let b = masked[i]
                if b == MarkupMask.hiddenByte {
                    i += 1
                    continue
                }
                let (s, len) = UTF8Bytes.scalar(in: masked, at: i)
                if UTF8Bytes.isSpace(s) {
                    spaced = true
                    i += len
                    continue
                }
                return (s, spaced, i)
            }
            seg += 1
            spaced = true
            if seg < segments.count { i = segments[seg].start }
        }
        return nil
    }

    private static func shouldBreak(
        _ masked: UnsafeBufferPointer<UInt8>, terminator: Unicode.Scalar, at i: Int, sentenceStart: Int,
        next: (scalar: Unicode.Scalar, spaced: Bool, offset: Int)?
    ) -> Bool {
        guard let next else { return true }
        guard next.spaced else { return false }  // "4.0", "Minval.az", "U.S."
        let ns = next.scalar
        if UTF8Bytes.isLowercase(ns) { return false }
        let startsSentence =
            UTF8Bytes.isUppercase(ns) || UTF8Bytes.isDigit(UInt8(truncatingIfNeeded: ns.value)) && ns.value < 0x80
            || isOpener(ns) || !UTF8Bytes.isLetter(ns)
        guard startsSentence else { return false }
        guard terminator == "." else { return true }
        // Look at the word before the full stop.
        var k = i
        while k > sentenceStart {
            let prev = UTF8Bytes.previousScalarStart(in: masked, before: k)
            let (p, _) = UTF8Bytes.scalar(in: masked, at: prev)
            if UTF8Bytes.isSpace(p) || p.value == 0 || isOpener(p) || p == "(" || p == "[" { break }
            k = prev
        }
        let token = String(decoding: UnsafeBufferPointer(rebasing: masked[k..<i]), as: UTF8.self)
        if token.isEmpty { return true }
        let lower = token.lowercased()
        if Abbreviations.always.contains(lower) {
            if Abbreviations.beforeNumber.contains(lower) && !lower.isEmpty {
                let isNumber = ns.value < 0x80 && UTF8Bytes.isDigit(UInt8(ns.value))
                // "no." or "art." at the end of a sentence still ends it.
                if ["no", "art", "ch", "sec", "nr", "nos", "nº"].contains(lower) { return !isNumber }
            }
            return false
        }
        if Abbreviations.beforeNumber.contains(lower) && ns.value < 0x80 && UTF8Bytes.isDigit(UInt8(ns.value)) {
            return false
        }
        let scalars = Array(token.unicodeScalars)
        // A single capital letter is an initial: "A. A. Guluzade".
        if scalars.count == 1 && UTF8Bytes.isUppercase(scalars[0]) { return false }
        // Transliterated two-letter initials: "Sh. Hajiyeva".
        if scalars.count <= 3, let first = scalars.first, UTF8Bytes.isUppercase(first),
            Abbreviations.digraphInitials.contains(lower), UTF8Bytes.isUppercase(ns)
        {
            return false
        }
        // Dotted abbreviations: "e.g", "i.e", "U.S".
        if token.utf8.contains(0x2E) {
            let parts = token.split(separator: ".")
            if parts.allSatisfy({ $0.unicodeScalars.count == 1 }) { return false }
        }
        return true
    }

    private static func isTerminator(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "\u{2026}" || s == "\u{3002}" || s == "\u{061F}"
    }

    private static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", "*", "_": return true
        default: return false
        }
    }

    private static func isOpener(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", "(", "[", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}", "\u{201E}", "-", "\u{2013}",
            "\u{2014}":
            return true
        default: return false
        }
    }
}
