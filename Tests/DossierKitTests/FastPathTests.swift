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
