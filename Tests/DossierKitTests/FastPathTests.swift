import Testing

@testable import DossierKit

/// Shortcuts taken for speed on bytes must give what their definitions give, on any text.
@Suite struct FastPathTests {
    @Test func lastVisibleCharacterOnBytesMatchesTheCharacterDefinition() {
        var random = TestRandom(state: 11)
        let pieces = [
            "a", "Z", ".", ":", " ", "\"", "'", ")", "]", "*", "”", "’", "»", "é", "e\u{301}", "\u{301}", "Ş", "–",
            "?", "👍🏽", "\u{200D}", "1", "«", "(", "\u{0600}",
        ]
        var asciiEnds = 0
        for _ in 0..<10_000 {
            var text = ""
            for _ in 0..<random.next(7) { text += pieces[random.next(pieces.count)] }
            let expected = TextLine.lastVisibleByCharacters(text)
            #expect(TextLine.lastVisible(of: text) == expected, "\(text.debugDescription)")
            if text.utf8.last.map({ $0 < 0x80 }) == true { asciiEnds += 1 }
        }
        // Most texts went through the byte path.
        #expect(asciiEnds > 4_000)
    }
}

extension FastPathTests {
    @Test func headingKeyOnBytesMatchesTheCharacterDefinition() {
        var random = TestRandom(state: 12)
        let pieces = [
            "1", "2.", "3)", " ", "  ", "IV", "iv.", "xl)", "C", "a)", "B.", "Introduction", "CONCLUSION", "*", "**",
            "_", "#", "\t", "-", ":", ".", "–", "é", "Ş", "References", "x", "of", ")", "ab",
        ]
        var ascii = 0
        var numbered = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<random.next(7) { text += pieces[random.next(pieces.count)] }
            let expected = SectionLexicon.keyByCharacters(text)
            #expect(SectionLexicon.key(text) == expected, "\(text.debugDescription)")
            if text.utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
            if expected.utf8.count < text.utf8.count - 2 { numbered += 1 }
        }
        // Most texts went through the byte path, and many lost numbering or markup.
        #expect(ascii > 10_000 && numbered > 3_000)
    }
}

extension FastPathTests {
    private static let trimPieces = [
        "a", "Z", ".", ",", " ", "\t", "\r", "\n", "\r\n", ";", "\u{037E}", "–", "-", "é", "e\u{301}", "\u{301}",
        "\u{0600}", "\u{00A0}", "👍🏽", "1", "Ş", "*", "†", "¹", "*\u{301}",
    ]

    /// Trimming by characters, as the definitions say.
    private static func trimmedByCharacters(_ text: String, _ drop: (Character) -> Bool) -> String {
        var s = Substring(text)
        while let f = s.first, drop(f) { s = s.dropFirst() }
        while let l = s.last, drop(l) { s = s.dropLast() }
        return String(s)
    }

    @Test func trimmingOnBytesMatchesTheCharacterDefinition() {
        var random = TestRandom(state: 13)
        var asciiEnds = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<random.next(6) { text += Self.trimPieces[random.next(Self.trimPieces.count)] }
            #expect(text.trimmed == Self.trimmedByCharacters(text) { $0.isWhitespace }, "\(text.debugDescription)")
            for set in [" .,", " .,;", " .,–-", "*†‡¹²³⁴⁵⁶⁷⁸⁹⁰", "\u{037E}†", "†;"] {
                #expect(
                    text.trimmingCharacters(in: set) == Self.trimmedByCharacters(text) { set.contains($0) },
                    "\(text.debugDescription) in \(set.debugDescription)")
            }
            if UTF8Bytes.hasAsciiEnds(text.utf8, keeping: { $0 != 0x20 && !($0 >= 0x09 && $0 <= 0x0D) }) {
                asciiEnds += 1
            }
        }
        // Many texts took the byte path.
        #expect(asciiEnds > 1_500)
    }
}

extension FastPathTests {
    @Test func characterChoiceAnswersAsStringContains() {
        let candidates: [Character] = [
            ",", ";", "\u{037E}", "·", "\u{0387}", "•", "|", ".", "…", "\"", "”", "’", "»", ")", "*", "a", "K",
            "\u{212A}", "`", "\u{1FEF}", "\r\n", "\n", " ", ";\u{301}", ",\u{301}", "e\u{301}", "é",
        ]
        var checked = 0
        for members in [",;·•|", "\"'”’»)]*", ".!?…:;", "K`", "é"] {
            let choice = CharacterChoice(members)
            for c in candidates {
                #expect(choice.contains(c) == members.contains(c), "\(members) \(String(c).debugDescription)")
                checked += 1
            }
        }
        #expect(checked == 5 * candidates.count)
    }
}

extension FastPathTests {
    /// ``DisplayText`` byte by byte, as its definition says: hidden bytes left out, runs of
    /// white space and no-break spaces one space, written only between visible bytes.
    private static func displayByBytes(_ masked: [UInt8], _ ranges: [TextRange]) -> String {
        var out: [UInt8] = []
        var pending = false
        for r in ranges {
            if !out.isEmpty { pending = true }
            var i = max(0, r.start)
            let end = min(r.end, masked.count)
            while i < end {
                let b = masked[i]
                if b == MarkupMask.hiddenByte {
                    i += 1
                } else if [0x20, 0x0A, 0x09, 0x0D].contains(b) || (b == 0xC2 && i + 1 < end && masked[i + 1] == 0xA0) {
                    pending = !out.isEmpty
                    i += b == 0xC2 ? 2 : 1
                } else {
                    if pending { out.append(0x20) }
                    pending = false
                    out.append(b)
                    i += 1
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func displayTextEightBytesAtATimeMatchesTheByteDefinition() {
        var random = TestRandom(state: 13)
        let pieces = [
            "a", "Word", "international", " ", "  ", "\n", "\t", "\r\n", "\u{00A0}", "¢", "é", "Ş", "–", "\u{0}",
            "\u{1}", "\u{7F}", "!", "1924", "👍🏽", "ab\u{00A0}cd",
        ]
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<random.next(24) { text += pieces[random.next(pieces.count)] }
            let bytes = Array(text.utf8)
            var ranges: [TextRange] = []
            var at = 0
            for _ in 0..<(1 + random.next(3)) where at <= bytes.count {
                let start = at + random.next(bytes.count - at + 1)
                let end = start + random.next(bytes.count - start + 1)
                ranges.append(TextRange(start, end))
                at = end
            }
            let expected = Self.displayByBytes(bytes, ranges)
            #expect(DisplayText.make(bytes, ranges: ranges) == expected, "\(text.debugDescription) \(ranges)")
        }
    }
}

extension FastPathTests {
    @Test func byteCountsEightAtATimeMatchCountingByteByByte() {
        var random = TestRandom(state: 14)
        let alphabet: [UInt8] = [0x00, 0x20, 0x2A, 0x41, 0x7F, 0x80, 0xA0, 0xBF, 0xC2, 0xC3, 0xE2, 0xF0, 0xFF]
        for _ in 0..<5_000 {
            let bytes = (0..<random.next(40)).map { _ in alphabet[random.next(alphabet.count)] }
            let byte = alphabet[random.next(alphabet.count)]
            bytes.withUnsafeBufferPointer { b in
                #expect(ByteCount.of(byte, in: b) == bytes.filter { $0 == byte }.count, "\(bytes) \(byte)")
                #expect(ByteCount.scalars(in: b) == bytes.filter { $0 & 0xC0 != 0x80 }.count, "\(bytes)")
            }
        }
        // Words of a display text and scalars of a line, as users see them.
        #expect(RawBlock.words(in: "Baku and Ankara signed the Kars treaty") == 7)
        #expect(ByteCount.scalars(in: UnsafeBufferPointer(start: nil, count: 0)) == 0)
        var line = "Şimşek — “Türkiye” 1924–1928"
        #expect(line.withUTF8 { ByteCount.scalars(in: $0) } == line.unicodeScalars.count)
    }
}

extension FastPathTests {
    @Test func markupFoundEightBytesAtATimeMatchesTheByteDefinition() {
        var random = TestRandom(state: 15)
        let pieces = [
            "word", " ", "\n", "\n\n", "*", "**", "_", "__", "\\", "\\*", "<", ">", "<https://x.org/a>", "<ftp:b>", "é",
            "Ş", "a_b", "*em*", "**strong**", "_it_", "x", "1924",
        ]
        var found = 0
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<random.next(30) { text += pieces[random.next(pieces.count)] }
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { b in
                let expected = MarkupMask.hiddenRanges(in: b, eightAtATime: false)
                #expect(MarkupMask.hiddenRanges(in: b) == expected, "\(text.debugDescription)")
                found += expected.count
            }
        }
        // Markup was found often enough for the test to mean something.
        #expect(found > 2_000)
    }
}

extension FastPathTests {
    @Test func affiliationOnBytesMatchesTheWordDefinition() {
        var random = TestRandom(state: 16)
        let pieces = [
            "University", "Üniversitesi", "UNIVERSITÄT", "Université", "of", "Baku", "Şimşek", "Sofía", "Professor",
            "(Director)", " ", "  ", ",", "-", "\u{301}", "e\u{301}", "\u{0600}", "Институт", "İstanbul", "Dept.",
            "Manu'a", "“Center”", "1924", "\u{00A0}", "Baku", "Ankara", "Institute",
        ]
        var affiliations = 0
        var slow = 0
        for _ in 0..<20_000 {
            var line = ""
            for _ in 0..<random.next(8) {
                line += pieces[random.next(pieces.count)] + ["", " ", " ", " "][random.next(4)]
            }
            let expected = NameHeuristics.isAffiliationByCharacters(line)
            #expect(NameHeuristics.isAffiliation(line) == expected, "\(line.debugDescription)")
            if expected { affiliations += 1 }
            if NameHeuristics.asciiIsAffiliation(line) == nil { slow += 1 }
        }
        // Both answers came often, and half the lines, ASCII or not, went through the byte path.
        #expect(affiliations > 5_000 && affiliations < 15_000)
        #expect(slow < 10_000)
    }
}

extension FastPathTests {
    @Test func wordsCountedEightBytesAtATimeMatchTheByteDefinition() {
        var random = TestRandom(state: 18)
        let pieces = [
            "word", "Baku", "1924", " ", "  ", "\n", "'", "’", "-", "–", "don't", "Jae-in", "é", "Şimşek", "\u{0}", ".",
            ",", "@", "[", "`", "{", "Z", "z", "0", "9", "/", ":", "中国", "e\u{301}",
        ]
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<random.next(40) { text += pieces[random.next(pieces.count)] }
            let bytes = Array(text.utf8)
            #expect(
                WordCounter.count(bytes) == WordCounter.count(bytes, eightAtATime: false), "\(text.debugDescription)")
        }
        #expect(WordCounter.count(Array("The Treaty of Kars (1921) was signed by four states.".utf8)) == 10)
    }
}

extension FastPathTests {
    @Test func sentencesSplitEightBytesAtATimeMatchTheByteDefinition() {
        var random = TestRandom(state: 19)
        let pieces = [
            "The treaty was signed", " ", "  ", "\n", "\t", "\u{0}", ". ", ".", "! ", "? ", "Dr. ", "e.g. ", "A. A. ",
            "U.S.", "1924", "”", ") ", "…", "é", "Şimşek", "\r\n", "\u{1}", "\u{7F}", "pp. 4", "St.", "(", "\u{00A0}",
            "abcdefghij", "Baku",
        ]
        var sentences = 0
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<random.next(30) { text += pieces[random.next(pieces.count)] }
            let bytes = Array(text.utf8)
            // One segment, or two with a gap between them (a page break).
            let cut = random.next(bytes.count + 1)
            let gap = min(bytes.count, cut + random.next(4))
            let segments =
                random.next(2) == 0
                ? [TextRange(0, bytes.count)] : [TextRange(0, cut), TextRange(gap, bytes.count)]
            bytes.withUnsafeBufferPointer { b in
                let expected = SentenceSplitter.split(b, segments: segments, eightAtATime: false)
                #expect(SentenceSplitter.split(b, segments: segments) == expected, "\(text.debugDescription)")
                sentences += expected.count
            }
        }
        #expect(sentences > 10_000)
    }
}

extension FastPathTests {
    @Test func lowercasingOnBytesMatchesTheStandardLibrary() {
        for v in UInt32(0)...0x2FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let text = String(s)
            #expect(Lowercasing.lowercased(text) == text.lowercased(), "U+\(String(v, radix: 16))")
        }
        var random = TestRandom(state: 20)
        let pieces = ["A", "z", "İ", "I", "Σ", "ΟΔΟΣ ", "Ş", "ẞ", "ǅ", "e\u{301}", "Ⅻ", "–", " ", "Ω", "Ａ", "𐐀", "1."]
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<random.next(10) { text += pieces[random.next(pieces.count)] }
            #expect(Lowercasing.lowercased(text) == text.lowercased(), "\(text.debugDescription)")
        }
    }
}

extension FastPathTests {
    @Test func labelOpeningsOnBytesMatchTheCharacterDefinition() {
        var random = TestRandom(state: 21)
        let pieces = [
            "Received", " ", ": ", "ABSTRACT", "\r\n", "\r", "é", "Ş", "e\u{301}", "2021", "How to cite", "x",
        ]
        var ascii = 0
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<random.next(12) { text += pieces[random.next(pieces.count)] }
            #expect(
                ParserState.lowercasedOpening(text) == String(text.prefix(32)).lowercased(), "\(text.debugDescription)")
            if text.utf8.prefix(33).allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { ascii += 1 }
        }
        #expect(ascii > 1_000)
    }
}
