import Testing

@testable import DossierKit

/// The hand-written citation matchers must match exactly what the regular expressions they
/// replace matched: compared on many random texts made of the characters that matter.
@Suite struct CitationPatternTests {
    private static let name = #"\p{Lu}[\p{L}'’\-]+(?:\s(?:van|von|de|der|del|da|di)\s\p{Lu}[\p{L}'’\-]+)?"#
    nonisolated(unsafe) private static let namesRegex = try? Regex(
        #"(\#(name))(?:\s+(?:&|and)\s+(\#(name))|\s+et\s+al\.?)?\s*$"#)
    nonisolated(unsafe) private static let yearRegex = /\s*(\d{4})[a-z]?(?:\s*,\s*(.+?))?\s*/

    /// A deterministic generator (SplitMix64).
    private struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
    }

    private static let pieces = [
        "Smith", "Jones", "Ö", "Şimşek", "İbrahimova", "O’Brien", "l’Estrange", "McKenzie", "Abbasov", "ABC", "S",
        " ", "  ", "\t", "\n", " van ", " de ", " der ", " del ", " da ", " and ", " & ", " et al", " et al.", ".", ",",
        "’", "'", "-", "the", "see ", "2010", "1999", "19", "a", "b", "p. 5", "pp. 3–4", "١٢٣٤", "Ω", "ǅ", "ʰ", "中",
        "e\u{301}", "E\u{301}", "2\u{301}", "\u{2028}", "(", ")", ";", "x", "É", "Ï",
    ]

    private static func text(_ random: inout Random) -> String {
        var s = ""
        for _ in 0..<random.next(9) { s += pieces[random.next(pieces.count)] }
        return s
    }

    @Test func namesMatchLikeTheRegex() throws {
        let regex = try #require(Self.namesRegex)
        var random = Random(state: 1)
        var matched = 0
        for _ in 0..<30_000 {
            let window = Self.text(&random)
            let expected = window.firstMatch(of: regex)?.range
            if let e = expected, e.lowerBound > window.startIndex { matched += 1 }
            #expect(CitationPatterns.narrativeNames(window) == expected, "\(window.debugDescription)")
        }
        #expect(matched > 3_000)  // the texts exercise matches that do not start at the beginning
    }

    @Test func yearsMatchLikeTheRegex() {
        var random = Random(state: 2)
        var withLocator = 0
        for _ in 0..<30_000 {
            var content = Self.text(&random)
            if random.next(2) == 0 {
                content =
                    " " + ["2010", "1999a", "١٢٣٤"][random.next(3)] + [",", ", ", " ,", ""][random.next(4)] + content
            }
            let expected = content.wholeMatch(of: Self.yearRegex).map { ($0.output.1, $0.output.2) }
            let actual = CitationPatterns.narrativeYear(content)
            if expected?.1 != nil { withLocator += 1 }
            #expect(actual?.year == expected?.0, "\(content.debugDescription)")
            #expect(actual?.locator == expected?.1, "\(content.debugDescription)")
        }
        #expect(withLocator > 500)
    }

    @Test func italicSpansMatchLikeTheRegex() {
        var random = Random(state: 3)
        var found = 0
        for _ in 0..<30_000 {
            var text = ""
            for _ in 0..<random.next(7) {
                text +=
                    ["*", "**", "*\u{301}", " *Journal* ", "x", " ", "\n", "é"][random.next(8)] + Self.text(&random)
            }
            let expected = text.matches(of: /\*([^*]+)\*/).map { $0.output.1 }
            let actual = ReferenceParser.italicSpans(text)
            found += expected.count
            #expect(actual == expected, "\(text.debugDescription)")
        }
        #expect(found > 5_000)
    }

    @Test func firstRangeFindsWhatTheGenericSearchFinds() {
        var random = Random(state: 4)
        var found = 0
        for _ in 0..<30_000 {
            let text = Self.text(&random) + Self.text(&random)
            let needle = [". ", " – ", "//", " et al", "e\u{301}", "é", " and ", "Smith", ". –", "\u{301}"][
                random.next(10)]
            let expected = text.firstRange(of: needle)
            if expected != nil { found += 1 }
            #expect(TextSearch.firstRange(of: needle, in: text) == expected, "\(text.debugDescription) \(needle)")
        }
        #expect(found > 3_000)
    }
}
