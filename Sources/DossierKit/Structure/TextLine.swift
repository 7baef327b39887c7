/// One line of an article, with the features that structure detection looks at.
struct TextLine {
    /// The line without its newline.
    var range: TextRange
    /// The line without leading and trailing white space.
    var trimmed: TextRange
    /// The display text (markup dropped, white space folded).
    var text: String
    /// How many times "**" occurs in the trimmed line as written (left to right, no overlaps).
    var boldMarks: Int
    /// Number of Unicode scalars in ``text``.
    var length: Int
    /// Columns of leading white space.
    var indent: Int

    var isBlank: Bool { text.isEmpty }

    /// Number of words in the display text.
    var wordCount: Int { RawBlock.words(in: text) }

    /// The last visible character of the display text.
    var lastCharacter: Character? { text.last }

    /// The first visible scalar.
    var firstScalar: Unicode.Scalar? { text.unicodeScalars.first }

    /// True when the line ends like a sentence.
    var endsWithTerminal: Bool {
        guard let last = lastVisible else { return false }
        return Self.terminals.contains(last)
    }

    private static let terminals = CharacterChoice(".!?…:;")

    /// The last character, skipping closing quotes and brackets.
    var lastVisible: Character? { Self.lastVisible(of: text) }

    /// The last character of `text`, skipping closing quotes and brackets.
    static func lastVisible(of text: String) -> Character? {
        if let b = asciiLastVisible(text) { return Character(Unicode.Scalar(b)) }
        return lastVisibleByCharacters(text)
    }

    /// ``lastVisible(of:)`` by its definition, character by character.
    static func lastVisibleByCharacters(_ text: String) -> Character? {
        var t = Substring(text)
        while let l = t.last, "\"'”’»)]*".contains(l) { t = t.dropLast() }
        return t.last ?? text.last
    }

    /// ``lastVisible`` read from the bytes when the end of `text` is ASCII (an ASCII character
    /// after another ASCII one is a character of its own); nil when characters must decide.
    private static func asciiLastVisible(_ text: String) -> UInt8? {
        let utf8 = text.utf8
        var i = utf8.endIndex
        var last: UInt8?
        while i > utf8.startIndex {
            let j = utf8.index(before: i)
            let b = utf8[j]
            guard b < 0x80 else { return nil }
            if last == nil { last = b }
            // The closing quotes and brackets that are ASCII: `"`, `'`, `)`, `]`, `*`.
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D || b == 0x2A {
                i = j
                continue
            }
            if j > utf8.startIndex && utf8[utf8.index(before: j)] >= 0x80 { return nil }
            return b
        }
        return last
    }

    /// True when every cased letter is upper-case and there are at least two letters.
    var isAllCaps: Bool { TextFeatures.isAllCaps(text) }
}

/// Splits text into ``TextLine``s.
enum LineScanner {
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>, masked: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        let n = bytes.count
        var i = 0
        while i <= n {
            if i == n || bytes[i] == 0x0A {
                lines.append(makeLine(bytes, masked: masked, range: TextRange(start, i)))
                start = i + 1
            }
            i += 1
        }
        return lines
    }

    private static func makeLine(_ bytes: UnsafeBufferPointer<UInt8>, masked: [UInt8], range: TextRange) -> TextLine {
        var s = range.start
        var indent = 0
        while s < range.end {
            let (sc, len) = UTF8Bytes.scalar(in: bytes, at: s)
            guard UTF8Bytes.isSpace(sc) || sc == "\u{FEFF}" else { break }
            indent += sc == "\t" ? 4 : 1
            s += len
        }
        var e = range.end
        while e > s {
            let p = UTF8Bytes.previousScalarStart(in: bytes, before: e)
            let (sc, _) = UTF8Bytes.scalar(in: bytes, at: p)
            guard UTF8Bytes.isSpace(sc) else { break }
            e = p
        }
        let trimmed = TextRange(s, e)
        let text = DisplayText.make(masked, range: trimmed)
        var boldMarks = 0
        var previousStar = false
        let stars = ByteCount.of(0x2A, in: UnsafeBufferPointer(rebasing: bytes[s..<e]))
        for i in s..<(stars >= 2 ? e : s) {
            if bytes[i] == 0x2A && previousStar {
                boldMarks += 1
                previousStar = false
            } else {
                previousStar = bytes[i] == 0x2A
            }
        }
        // Scalars: every byte that does not continue a scalar starts one.
        var copy = text
        let length = copy.withUTF8 { ByteCount.scalars(in: $0) }
        return TextLine(
            range: range, trimmed: trimmed, text: text, boldMarks: boldMarks, length: length, indent: indent)
    }
}

/// Small tests on display text used across structure detection.
enum TextFeatures {
    static func isAllCaps(_ text: String) -> Bool {
        var upper = 0
        var lower = 0
        for s in text.unicodeScalars {
            if UTF8Bytes.isUppercase(s) { upper += 1 } else if UTF8Bytes.isLowercase(s) { lower += 1 }
        }
        return upper >= 2 && lower * 10 <= upper
    }

    /// Words of a display text, punctuation at their ends removed.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " }).map { w in
            var w = w
            while let f = w.first, !f.isLetter && !f.isNumber { w = w.dropFirst() }
            while let l = w.last, !l.isLetter && !l.isNumber { w = w.dropLast() }
            return w
        }.filter { !$0.isEmpty }
    }

    /// True when most content words start with a capital letter ("Influence of Turkey and Iran").
    static func isTitleCase(_ text: String) -> Bool {
        let ws = words(text)
        guard !ws.isEmpty else { return false }
        var content = 0
        var capital = 0
        for w in ws {
            let lower = Lowercasing.lowercased(String(w))
            if SectionLexicon.functionWords.contains(lower) { continue }
            guard let f = w.unicodeScalars.first, UTF8Bytes.isLetter(f) else { continue }
            content += 1
            if UTF8Bytes.isUppercase(f) { capital += 1 }
        }
        return content > 0 && capital * 10 >= content * 7
    }

    static func startsUppercase(_ text: String) -> Bool {
        for s in text.unicodeScalars {
            if UTF8Bytes.isLetter(s) { return UTF8Bytes.isUppercase(s) }
            if UTF8Bytes.isDigit(UInt8(truncatingIfNeeded: s.value)) && s.value < 0x80 { return true }
        }
        return false
    }

    static func startsLowercase(_ text: String) -> Bool {
        for s in text.unicodeScalars {
            if UTF8Bytes.isLetter(s) { return UTF8Bytes.isLowercase(s) }
            if !("\"'“‘(«[".unicodeScalars.contains(s)) { return false }
        }
        return false
    }

    /// Folds case and diacritics for comparing names: "Şimşek" and "simsek" fold alike.
    static func fold(_ text: String) -> String {
        TextFolding.fold(text)
    }
}
