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
