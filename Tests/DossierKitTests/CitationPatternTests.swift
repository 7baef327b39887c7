import Testing

@testable import DossierKit

/// The hand-written citation matchers must match exactly what the regular expressions they
/// replace matched: compared on many random texts made of the characters that matter.
@Suite struct CitationPatternTests {
    private static let name = #"\p{Lu}[\p{L}'’\-]+(?:\s(?:van|von|de|der|del|da|di)\s\p{Lu}[\p{L}'’\-]+)?"#
    nonisolated(unsafe) private static let namesRegex = try? Regex(
        #"(\#(name))(?:\s+(?:&|and)\s+(\#(name))|\s+et\s+al\.?)?\s*$"#)
    nonisolated(unsafe) private static let yearRegex = /\s*(\d{4})[a-z]?(?:\s*,\s*(.+?))?\s*/

    private static let pieces = [
        "Smith", "Jones", "Ö", "Şimşek", "İbrahimova", "O’Brien", "l’Estrange", "McKenzie", "Abbasov", "ABC", "S",
        " ", "  ", "\t", "\n", " van ", " de ", " der ", " del ", " da ", " and ", " & ", " et al", " et al.", ".", ",",
        "’", "'", "-", "the", "see ", "2010", "1999", "19", "a", "b", "p. 5", "pp. 3–4", "١٢٣٤", "Ω", "ǅ", "ʰ", "中",
        "e\u{301}", "E\u{301}", "2\u{301}", "\u{2028}", "(", ")", ";", "x", "É", "Ï",
    ]

    private static func text(_ random: inout TestRandom) -> String {
        var s = ""
        for _ in 0..<random.next(9) { s += pieces[random.next(pieces.count)] }
        return s
    }

    @Test func namesMatchLikeTheRegex() throws {
        let regex = try #require(Self.namesRegex)
        var random = TestRandom(state: 1)
        var matched = 0
        for _ in 0..<30_000 {
            let window = Self.text(&random) + Self.text(&random)
            let expected = window.firstMatch(of: regex)?.range
            if let e = expected, e.lowerBound > window.startIndex { matched += 1 }
            #expect(CitationPatterns.narrativeNames(window) == expected, "\(window.debugDescription)")
        }
        #expect(matched > 3_000)  // the texts exercise matches that do not start at the beginning
    }

    @Test func namesMatchOnBytesAsOnCharacters() {
        var random = TestRandom(state: 7)
        var decided = 0
        var matched = 0
        for _ in 0..<30_000 {
            // Mostly ASCII text (decided on bytes), some of it not (left to characters).
            let ascii = Self.pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
            var text = Self.text(&random)
            for _ in 0..<random.next(12) { text += ascii[random.next(ascii.count)] }
            var bytes = Array(text.utf8)
            // Now and then a hidden byte (a masked link or markup).
            if random.next(8) == 0 { bytes.insert(MarkupMask.hiddenByte, at: random.next(bytes.count + 1)) }
            let window = String(decoding: bytes.filter { $0 != MarkupMask.hiddenByte }, as: UTF8.self)
            let expected = CitationPatterns.narrativeNames(window).map { window[..<$0.lowerBound].utf8.count }
            guard
                let onBytes = bytes.withUnsafeBufferPointer({
                    CitationPatterns.asciiNarrativeNames($0, from: 0, to: bytes.count)
                })
            else { continue }
            decided += 1
            if onBytes != nil { matched += 1 }
            #expect(onBytes == expected, "\(window.debugDescription)")
        }
        // Most windows are decided on bytes, and many of them match.
        #expect(decided > 10_000 && matched > 3_000, "decided \(decided), matched \(matched)")
    }

    @Test func dateLinesAreFoundAsThePatternsAloneFindThem() {
        let words = [
            "May", "may", "28", "28th", "1st", "1918", "2017", "191", "١٩١٨", ",", ", ", " ", "  ", "Monday", "October",
            "-", "2020-01-15", "01", "x", "Received", "é", "½", "\t", "MARCH", "jUnE", "2021-3-15", "1963–1966",
            "Relations", "between the United Nations and the ", "\r\n", "7 March 2021",
        ]
        var random = TestRandom(state: 13)
        var dates = 0
        for _ in 0..<20_000 {
            var line = ""
            for _ in 0..<(1 + random.next(5)) { line += words[random.next(words.count)] }
            let t = line.trimmed
            let expected =
                t.count <= 40 && t.contains(where: { $0.isNumber })
                && (t.wholeMatch(of: CompiledPatterns.isoDate) != nil
                    || Patterns.datePatterns.contains { t.wholeMatch(of: $0) != nil })
            #expect(Patterns.isDateOnly(line) == expected, "\(line.debugDescription)")
            if expected { dates += 1 }
        }
        #expect(dates > 150)  // the comparison saw date lines, not only lines ruled out
    }

    @Test func trimmingOnBytesTrimsWhatCharactersTrim() {
        let pieces = [
            " ", ".", ",", "a", "é", "e\u{301}", ".\u{301}", "\u{301}", "\r\n", "–", "-", "x", " \u{301}", ";",
        ]
        let sets = [" .,", " .", ",;. ", " .,–-", "*"]
        func reference(_ text: Substring, _ set: String) -> String {
            var s = text
            while let f = s.first, set.contains(f) { s = s.dropFirst() }
            while let l = s.last, set.contains(l) { s = s.dropLast() }
            return String(s)
        }
        var random = TestRandom(state: 17)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<random.next(7) { text += pieces[random.next(pieces.count)] }
            let set = sets[random.next(sets.count)]
            #expect(text.trimmingCharacters(in: set) == reference(Substring(text), set), "\(text.debugDescription)")
            // A substring is trimmed within its own bounds.
            let framed = "a" + text + "\u{301}b"
            let inner = framed.dropFirst().dropLast()
            #expect(inner.trimmingCharacters(in: set) == reference(inner, set), "\(framed.debugDescription)")
        }
    }

    @Test func yearsMatchLikeTheRegex() {
        var random = TestRandom(state: 2)
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
        var random = TestRandom(state: 3)
        var found = 0
        for _ in 0..<30_000 {
            var text = ""
            for _ in 0..<random.next(7) {
                text +=
                    ["*", "**", "*\u{301}", " *Journal* ", "x", " ", "\n", "é", "\u{0600}"][random.next(9)]
                    + Self.text(&random)
            }
            let expected = text.matches(of: /\*([^*]+)\*/).map { $0.output.1 }
            let actual = ReferenceParser.italicSpans(text)
            found += expected.count
            #expect(actual == expected, "\(text.debugDescription)")
        }
        #expect(found > 5_000)
    }

    @Test func firstRangeFindsWhatTheGenericSearchFinds() {
        var random = TestRandom(state: 4)
        var found = 0
        for _ in 0..<30_000 {
            // Scalars equal to ASCII characters (U+037E ";", U+212A "K", U+1FEF "`") in the text.
            // Dashes and quotes as written, and carrying a combining mark.
            let odd = [
                "", "\u{037E}", "\u{212A}", "\u{1FEF}", ":\u{301}", " —", " –\u{301}", "—\u{301}", "“", " –",
                "\u{00A0}",
            ][random.next(11)]
            let text = Self.text(&random) + odd + Self.text(&random)
            let needle = [
                ". ", " – ", "//", " et al", "e\u{301}", "é", " and ", "Smith", ". –", "\u{301}", ":", ";", "K", "`",
                " -", " —", " –", "—", "“", "\u{00A0}",
            ][random.next(20)]
            let expected = text.firstRange(of: needle)
            if expected != nil { found += 1 }
            #expect(TextSearch.firstRange(of: needle, in: text) == expected, "\(text.debugDescription) \(needle)")
        }
        #expect(found > 3_000)
    }

    nonisolated(unsafe) private static let authorRegex =
        /^\s*(?:,\s*)?(?:&\s*|and\s+)?(\p{Lu}[\p{L}'’\-]+(?:\s(?:\p{Lu}[\p{L}'’\-]+|van|von|de|der|del|da|di))*),?\s+((?:\p{Lu}\p{Ll}{0,2}\.\s?(?:-\s?)?){1,3})/
    nonisolated(unsafe) private static let givenRegex =
        /^\s*(\p{Lu}[\p{L}'’\-]+),\s+(\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?)[.,]\s/
    nonisolated(unsafe) private static let referenceYearRegex = /^\s*[.,]?\s*\((\d{4})[a-z]?(?:,[^)]*)?\)\.?\s*/

    private static let referencePieces = [
        "Smith", "Van Dijk", "Şimşek", "Öz", "J.", "J. ", "Jo.", "Abc.", "A.-B.", "A. -", "É.", "e\u{301}.",
        "E\u{301}", " van ", " de ", " der", " del ", "deriv", " di ", ", ", ",", " ", "\t", "\r\n", "\n", " & ",
        "&", " and ", "and", "andrew", "(2010)", "(2010a)", "(2010, May)", "(2010,", ")", "(", ". ", ".", "1999",
        "١٢٣٤", "ǅ", "ʰ", "中", "’", "-", "O’Neil", "x",
    ]

    /// Mostly entry openings built the way references are written, each part sometimes
    /// replaced by random pieces.
    private static func reference(_ random: inout TestRandom) -> String {
        func any(_ random: inout TestRandom) -> String {
            var s = ""
            for _ in 0..<random.next(4) { s += referencePieces[random.next(referencePieces.count)] }
            return s
        }
        func pick(_ options: [String], _ random: inout TestRandom) -> String {
            random.next(6) == 0 ? any(&random) : options[random.next(options.count)]
        }
        let names = ["Smith", "Van Dijk", "Şimşek", "Öz", "O’Neil", "Abbas-Zade", "E\u{301}lie", "ǅan", "Ab"]
        var s = pick(["", " ", ", ", "& ", " and ", "and", "\t"], &random)
        s += pick(names, &random)
        for _ in 0..<random.next(3) {
            s += pick([" ", "  ", "\r\n"], &random) + pick(names + [" van", "de", "der"], &random)
        }
        s += pick([", ", " ", ",", ",  ", "."], &random)
        for _ in 0..<random.next(5) {
            s += pick(
                ["J.", "J. ", "Jo.", "A.-B.", "A. -", "Abc.", "É.", "Given", "Given Name. ", "Ann, ", "x"], &random)
        }
        s += pick(["", ". ", ", ", " (2010). ", "(2010a)", " (2010, May).", "(2010,", " ١٢٣٤"], &random)
        return s + any(&random)
    }

    @Test func referenceOpeningsMatchLikeTheRegexes() {
        var random = TestRandom(state: 5)
        var authors = 0
        var given = 0
        var years = 0
        for _ in 0..<40_000 {
            let text = Substring(Self.reference(&random))
            let a = text.prefixMatch(of: Self.authorRegex)
            let actualA = ReferencePatterns.author(text)
            if a != nil { authors += 1 }
            #expect(actualA?.surname == a?.output.1, "\(text.debugDescription)")
            #expect(actualA?.initials == a?.output.2, "\(text.debugDescription)")
            #expect(actualA?.end == a?.range.upperBound, "\(text.debugDescription)")
            // The parser looks for the year (and given names) where the authors end.
            let tail = text[(actualA?.end ?? text.index(text.startIndex, offsetBy: random.next(text.count + 1)))...]
            let g = tail.prefixMatch(of: Self.givenRegex)
            let actualG = ReferencePatterns.givenNameAuthor(tail)
            if g != nil { given += 1 }
            #expect(actualG?.surname == g?.output.1, "\(tail.debugDescription)")
            #expect(actualG?.given == g?.output.2, "\(tail.debugDescription)")
            #expect(actualG?.end == g?.range.upperBound, "\(tail.debugDescription)")
            let y = tail.prefixMatch(of: Self.referenceYearRegex)
            let actualY = ReferencePatterns.year(tail)
            if y != nil { years += 1 }
            #expect(actualY?.year == y?.output.1, "\(tail.debugDescription)")
            #expect(actualY?.end == y?.range.upperBound, "\(tail.debugDescription)")
        }
        #expect(authors > 2_000)
        #expect(given > 100)
        #expect(years > 1_000)
    }

    /// The byte matchers answer as the character ones do, and answer most openings themselves
    /// (a non-ASCII letter, a combining mark or a carriage return hands the rest to characters).
    @Test func referenceOpeningsMatchTheSameOnBytes() {
        var random = TestRandom(state: 7)
        var decided = 0
        var undecided = 0
        func count<T>(_ d: ReferencePatternsASCII.Decision<T>?) {
            if case .undecided = d { undecided += 1 } else { decided += 1 }
        }
        for _ in 0..<40_000 {
            let text = Substring(Self.reference(&random))
            let a = ReferencePatterns.author(text)
            let ac = ReferencePatterns.authorByCharacters(text)
            #expect(a?.surname == ac?.surname && a?.initials == ac?.initials, "\(text.debugDescription)")
            #expect(a?.end == ac?.end, "\(text.debugDescription)")
            let tail = text[(ac?.end ?? text.index(text.startIndex, offsetBy: random.next(text.count + 1)))...]
            let g = ReferencePatterns.givenNameAuthor(tail)
            let gc = ReferencePatterns.givenNameAuthorByCharacters(tail)
            #expect(g?.surname == gc?.surname && g?.given == gc?.given, "\(tail.debugDescription)")
            #expect(g?.end == gc?.end, "\(tail.debugDescription)")
            let y = ReferencePatterns.year(tail)
            let yc = ReferencePatterns.yearByCharacters(tail)
            #expect(y?.year == yc?.year && y?.end == yc?.end, "\(tail.debugDescription)")
            count(
                text.utf8.withContiguousStorageIfAvailable {
                    var units = ReferencePatternsASCII.Units($0)
                    return ReferencePatternsASCII.author(&units)
                })
            count(
                tail.utf8.withContiguousStorageIfAvailable {
                    var units = ReferencePatternsASCII.Units($0)
                    return ReferencePatternsASCII.year(&units)
                })
        }
        #expect(decided > 20_000)
        #expect(undecided > 5_000)
    }

    /// A book's italic title opens what follows the year; the publisher comes after it.
    @Test func booksKeepTheirTitleAndPublisher() {
        let cases: [(String, String, String)] = [
            (
                "Aliyev, R. (2001). *Cafe\u{301} diplomacy in Baku*. Baku: Elm.", "Cafe\u{301} diplomacy in Baku",
                "Baku: Elm"
            ),
            (
                "Öz, A. (1999). *Türkiye ve Kafkasya*, İstanbul: Ötüken, 2001.", "Türkiye ve Kafkasya",
                "İstanbul: Ötüken"
            ),
            ("Smith, J. (2010). *A history*. London: Verso.", "A history", "London: Verso"),
        ]
        for (raw, title, venue) in cases {
            let r = ReferenceParser.details(raw: raw)
            #expect(r.title == title, "\(raw)")
            #expect(r.venue == venue, "\(raw)")
        }
    }

    @Test func surnamesSplitLikeReplacingAndSplitting() {
        var random = TestRandom(state: 6)
        var several = 0
        for _ in 0..<30_000 {
            var names = Self.text(&random)
            for _ in 0..<random.next(4) {
                names += [" and ", ", ", " & ", "and", " and", "&"][random.next(6)] + Self.text(&random)
            }
            var text = names
            if let r = text.firstRange(of: " et al") { text = String(text[..<r.lowerBound]) }
            let expected = text.replacing(" and ", with: ",").split(whereSeparator: { $0 == "," || $0 == "&" })
                .map { $0.trimmed }.filter { !$0.isEmpty }
            if expected.count > 1 { several += 1 }
            #expect(CitationFinder.surnamesIn(names) == expected, "\(names.debugDescription)")
        }
        #expect(several > 5_000)
    }

    @Test func bylinesAreSplitTheSameWithTheQuickTestAndWithout() {
        let words = [
            "Lena", "Quispe", "van", "VAN", "van*", "Oğlu", "J.", "O’Brien", "vAn", "de", "oğlu", "al", "and", "And",
            "by",
            "By ", "BY ",
            "Author: ", "Dr. ", "of", "the", "University", "Minister", "May", "x\tY", "Smith*", "*smith", "R.",
            "İbrahimova", "qızı", "bin", "2010", "1", "†", "¹", "e\u{301}", "é", "ß", "-", ".", "@", ":",
        ]
        let separators = [" ", " ", " ", ", ", "; ", " & ", " and ", ",", "  "]
        var random = TestRandom(state: 11)
        var checked = 0
        var names = 0
        for _ in 0..<40_000 {
            var line = ""
            for k in 0..<(1 + random.next(7)) {
                if k > 0 { line += separators[random.next(separators.count)] }
                // Mostly capitalised words, so that many lines are bylines.
                line += random.next(3) > 0 ? words[random.next(8)] : words[random.next(words.count)]
            }
            let quick = NameHeuristics.personNames(in: line)
            #expect(quick == NameHeuristics.personNamesWithoutQuickTest(in: line), "\(line)")
            checked += 1
            if quick != nil { names += 1 }
        }
        // The comparison saw bylines, not only lines that are ruled out.
        #expect(checked == 40_000 && names > 500)
    }

    @Test func caseBlindNeedlesFindWhatALoweredSearchFinds() {
        var random = TestRandom(state: 7)
        let needles = SectionLexicon.licenceCues
        let matcher = CaseBlindNeedles(needles)
        let pieces = [
            "Creative ", "COMMONS", "commons", " licensed ", "UNDER", "under", "© ", "©", "The Authors", "cc by",
            "CC-BY", "published", " by ", "Ş", "é", "x", " ", "\n", "all rights reserved", "RIGHTS", "this work is",
        ]
        var found = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<random.next(12) { text += pieces[random.next(pieces.count)] }
            let lowered = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            let expected = needles.contains { n in
                let nb = Array(n.utf8)
                guard nb.count <= lowered.count else { return false }
                return (0...(lowered.count - nb.count)).contains { Array(lowered[$0..<($0 + nb.count)]) == nb }
            }
            if expected { found += 1 }
            let actual = Array(text.utf8).withUnsafeBufferPointer { matcher.occurs(in: $0) }
            #expect(actual == expected, "\(text.debugDescription)")
        }
        #expect(found > 2_000)
    }

    /// Display text made from the text with its markup ranges left out equals display text
    /// made from the text with those bytes masked (the two paths that mentions and sentences take).
    @Test func displayTextSkippingHiddenRangesEqualsDisplayTextOfMaskedBytes() {
        let pieces = ["a", "Şi", " ", "  ", "\n", "\t", "\u{00A0}", "*", "**", "é", "—", "x y", "\r\n", ".", "中"]
        var random = TestRandom(state: 41)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<random.next(14) { text += pieces[random.next(pieces.count)] }
            var copy = text
            copy.withUTF8 { bytes in
                let hidden = MarkupMask.hiddenRanges(in: bytes)
                let masked = MarkupMask.masked(bytes, hidden: hidden)
                var ranges: [TextRange] = []
                for _ in 0..<(1 + random.next(3)) {
                    // Ranges that start and end on character boundaries, in any order, some empty.
                    let a = random.next(bytes.count + 1)
                    let b = random.next(bytes.count + 1)
                    func boundary(_ i: Int) -> Int {
                        var i = i
                        while i < bytes.count && bytes[i] & 0xC0 == 0x80 { i += 1 }
                        return i
                    }
                    ranges.append(TextRange(boundary(min(a, b)), boundary(max(a, b))))
                }
                #expect(
                    DisplayText.make(bytes, hidden: hidden, ranges: ranges) == DisplayText.make(masked, ranges: ranges),
                    "\(text.debugDescription) \(ranges)")
            }
        }
    }
}
