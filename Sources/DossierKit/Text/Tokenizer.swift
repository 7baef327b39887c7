/// A word of a sentence: its exact range, its folded form, and the shape facts that actor and
/// date extraction look at.
public struct Token: Sendable, Equatable {
    /// Byte range in the document's text.
    public var start: Int
    public var end: Int
    /// Case- and diacritic-folded form ("turkiye" for "Türkiye").
    public var key: String
    /// First letter upper-case.
    public var isCapitalized: Bool
    /// Two or more letters, all upper-case.
    public var isAllCaps: Bool
    /// Only digits.
    public var isNumber: Bool
    /// Where the gap before this token starts (the previous token's end, or the piece start).
    public var gapStart: Int

    public var range: TextRange { TextRange(start, end) }
}

/// Splits text into word tokens (letters, digits and combining marks); hyphens, apostrophes and
/// punctuation separate tokens and stay visible in the gaps between them.
public enum Tokenizer {
    /// Tokens of `pieces` (ranges of `masked`, in order).
    public static func tokens(_ masked: UnsafeBufferPointer<UInt8>, pieces: [TextRange]) -> [Token] {
        var tokens: [Token] = []
        // About one token per six bytes of prose: most sentences need no regrowth.
        tokens.reserveCapacity(byteCount(of: pieces) / 6 + 1)
        scan(masked, pieces: pieces) { word in
            let key = Self.key(of: UnsafeBufferPointer(rebasing: masked[word.start..<word.end]), isASCII: word.isASCII)
            tokens.append(
                Token(
                    start: word.start, end: word.end, key: key, isCapitalized: word.isCapitalized,
                    isAllCaps: word.upper >= 2 && word.lower == 0,
                    isNumber: word.digits > 0 && word.upper == 0 && word.lower == 0, gapStart: word.gapStart))
        }
        return tokens
    }

    /// The words of `pieces` as ``tokens(_:pieces:)`` finds them, without their keys (which
    /// ``TokenWords`` makes only for the words asked about).
    static func words(_ masked: UnsafeBufferPointer<UInt8>, pieces: [TextRange]) -> [WordSpan] {
        var words: [WordSpan] = []
        words.reserveCapacity(byteCount(of: pieces) / 6 + 1)
        scan(masked, pieces: pieces) { word in
            words.append(WordSpan(start: word.start, end: word.end, isASCII: word.isASCII))
        }
        return words
    }

    /// ``words(_:pieces:)`` that start outside every range of `names` (sorted by start), put
    /// in `words` (emptied first).
    static func words(
        _ masked: UnsafeBufferPointer<UInt8>, pieces: [TextRange], outside names: [TextRange],
        into words: inout [WordSpan]
    ) {
        words.removeAll(keepingCapacity: true)
        var i = 0
        var reach = Int.min  // the furthest end among names starting at or before the word
        scan(masked, pieces: pieces) { word in
            while i < names.count && names[i].start <= word.start {
                reach = max(reach, names[i].end)
                i += 1
            }
            if word.start >= reach { words.append(WordSpan(start: word.start, end: word.end, isASCII: word.isASCII)) }
        }
    }

    /// The folded key of a word's bytes (``Token/key``): ASCII is lower-cased in place.
    @inline(__always)
    static func key(of word: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        guard isASCII else { return TextFolding.fold(String(decoding: word, as: UTF8.self)) }
        return String(unsafeUninitializedCapacity: word.count) { out in
            for (k, c) in word.enumerated() { out[k] = UTF8Bytes.lowercased(c) }
            return word.count
        }
    }

    private static func byteCount(of pieces: [TextRange]) -> Int {
        var bytes = 0
        for piece in pieces { bytes += max(0, piece.end - piece.start) }
        return bytes
    }

    /// What the scan knows of a word when it ends.
    private struct ScannedWord {
        var start: Int
        var end: Int
        var gapStart: Int
        var isASCII: Bool
        var isCapitalized: Bool
        var upper: Int
        var lower: Int
        var digits: Int
    }

    /// Calls `visit` with each word of `pieces`: a run of letters, digits and combining marks.
    @inline(__always)
    private static func scan(
        _ masked: UnsafeBufferPointer<UInt8>, pieces: [TextRange], _ visit: (ScannedWord) -> Void
    ) {
        var gapStart = pieces.first?.start ?? 0
        var any = false
        for piece in pieces {
            var i = max(0, piece.start)
            let end = min(piece.end, masked.count)
            if !any { gapStart = i }
            while i < end {
                let b = masked[i]
                if b < 0x80 {
                    let isWord = UTF8Bytes.isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
                    if !isWord {
                        i += 1
                        continue
                    }
                } else {
                    let (s, len) = UTF8Bytes.scalar(in: masked, at: i)
                    if !UTF8Bytes.isWordScalar(s) {
                        i += len
                        continue
                    }
                }
                // A word starts at i.
                let start = i
                var asciiOnly = true
                var upper = 0
                var lower = 0
                var digits = 0
                var first = true
                var capitalized = false
                while i < end {
                    let c = masked[i]
                    if c < 0x80 {
                        if UTF8Bytes.isDigit(c) {
                            digits += 1
                        } else if c >= 0x41 && c <= 0x5A {
                            upper += 1
                            if first { capitalized = true }
                        } else if c >= 0x61 && c <= 0x7A {
                            lower += 1
                        } else {
                            break
                        }
                        first = false
                        i += 1
                    } else {
                        let (s, len) = UTF8Bytes.scalar(in: masked, at: i)
                        guard UTF8Bytes.isWordScalar(s) else { break }
                        asciiOnly = false
                        if UTF8Bytes.isUppercase(s) {
                            upper += 1
                            if first { capitalized = true }
                        } else if UTF8Bytes.isLowercase(s) {
                            lower += 1
                        }
                        first = false
                        i += len
                    }
                }
                visit(
                    ScannedWord(
                        start: start, end: i, gapStart: gapStart, isASCII: asciiOnly, isCapitalized: capitalized,
                        upper: upper, lower: lower, digits: digits))
                any = true
                gapStart = i
            }
        }
    }

    /// Tokens of a standalone string (a catalog name), with their folded keys.
    public static func keys(of text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokens($0, pieces: [TextRange(0, $0.count)]) }
    }
}
