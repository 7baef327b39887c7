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
        "\u{0600}", "\u{00A0}", "👍🏽", "1", "Ş",
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
            for set in [" .,", " .,;", " .,–-"] {
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
