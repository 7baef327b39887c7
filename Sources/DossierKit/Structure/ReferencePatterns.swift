/// The patterns that open a reference entry, matched by hand (`Regex` cost more than the rest
/// of a reference's parsing). They match exactly what these expressions match, at the start
/// of the text (`CitationPatternTests` compares them on random text):
///
///     author: \s*(?:,\s*)?(?:&\s*|and\s+)?(SURNAME),?\s+((?:\p{Lu}\p{Ll}{0,2}\.\s?(?:-\s?)?){1,3})
///             SURNAME: WORD(?:\s(?:WORD|van|von|de|der|del|da|di))*
///     given:  \s*(WORD),\s+(WORD(?:\sWORD)?)[.,]\s
///     year:   \s*[.,]?\s*\((\d{4})[a-z]?(?:,[^)]*)?\)\.?\s*
///     WORD:   \p{Lu}[\p{L}'’\-]+
enum ReferencePatterns {
    /// "Surname, I. I." at the start of `text`: the surname, the initials and where the match ends.
    static func author(_ text: Substring) -> (surname: Substring, initials: Substring, end: String.Index)? {
        let decision = text.utf8.withContiguousStorageIfAvailable { bytes in
            var units = ReferencePatternsASCII.Units(bytes)
            return ReferencePatternsASCII.author(&units)
        }
        switch decision {
        case .match(let m):
            return (text[range(m.surname, in: text)], text[range(m.initials, in: text)], index(m.end, in: text))
        case .noMatch: return nil
        case .undecided, nil: return authorByCharacters(text)
        }
    }

    /// ``author(_:)`` character by character.
    static func authorByCharacters(_ text: Substring) -> (surname: Substring, initials: Substring, end: String.Index)? {
        var i = spaces(text, text.startIndex)
        if i < text.endIndex && text[i] == "," { i = spaces(text, text.index(after: i)) }
        if i < text.endIndex && text[i] == "&" {
            i = spaces(text, text.index(after: i))
        } else if let a = literal(text, i, "and") {
            let s = spaces(text, a)
            if s > a { i = s }
        }
        // Every place the surname can end, longest first.
        guard let first = word(text, i) else { return nil }
        var ends = [first]
        var e = first
        while e < text.endIndex && text[e].isSpace {
            let next = text.index(after: e)
            if let w = word(text, next) {
                e = w
            } else if let p = particle(text, next) {
                e = p
            } else {
                break
            }
            ends.append(e)
        }
        for end in ends.reversed() {
            var k = end
            if k < text.endIndex && text[k] == "," { k = text.index(after: k) }
            let s = spaces(text, k)
            guard s > k, let (initialsEnd, count) = initials(text, s), count > 0 else { continue }
            return (text[i..<end], text[s..<initialsEnd], initialsEnd)
        }
        return nil
    }

    /// "Surname, Given Name." at the start of `text`: surname, given names and the match's end.
    static func givenNameAuthor(_ text: Substring) -> (surname: Substring, given: Substring, end: String.Index)? {
        let decision = text.utf8.withContiguousStorageIfAvailable { bytes in
            var units = ReferencePatternsASCII.Units(bytes)
            return ReferencePatternsASCII.givenNameAuthor(&units)
        }
        switch decision {
        case .match(let m):
            return (text[range(m.surname, in: text)], text[range(m.given, in: text)], index(m.end, in: text))
        case .noMatch: return nil
        case .undecided, nil: return givenNameAuthorByCharacters(text)
        }
    }

    /// ``givenNameAuthor(_:)`` character by character.
    static func givenNameAuthorByCharacters(_ text: Substring) -> (
        surname: Substring, given: Substring, end: String.Index
    )? {
        let i = spaces(text, text.startIndex)
        guard let surnameEnd = word(text, i), surnameEnd < text.endIndex, text[surnameEnd] == "," else { return nil }
        let s = spaces(text, text.index(after: surnameEnd))
        guard s > text.index(after: surnameEnd), var givenEnd = word(text, s) else { return nil }
        if givenEnd < text.endIndex && text[givenEnd].isSpace {
            guard let second = word(text, text.index(after: givenEnd)) else { return nil }
            givenEnd = second
        }
        guard givenEnd < text.endIndex, text[givenEnd] == "." || text[givenEnd] == "," else { return nil }
        let after = text.index(after: givenEnd)
        guard after < text.endIndex, text[after].isSpace else { return nil }
        return (text[i..<surnameEnd], text[s..<givenEnd], text.index(after: after))
    }

    /// "(2010)." at the start of `text`: the four digits and where the match ends.
    static func year(_ text: Substring) -> (year: Substring, end: String.Index)? {
        let decision = text.utf8.withContiguousStorageIfAvailable { bytes in
            var units = ReferencePatternsASCII.Units(bytes)
            return ReferencePatternsASCII.year(&units)
        }
        switch decision {
        case .match(let m): return (text[range(m.year, in: text)], index(m.end, in: text))
        case .noMatch: return nil
        case .undecided, nil: return yearByCharacters(text)
        }
    }

    /// The index `offset` bytes into `text` (a character boundary: see ``ReferencePatternsASCII``).
    private static func index(_ offset: Int, in text: Substring) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    private static func range(_ r: Range<Int>, in text: Substring) -> Range<String.Index> {
        index(r.lowerBound, in: text)..<index(r.upperBound, in: text)
    }

    /// ``year(_:)`` character by character.
    static func yearByCharacters(_ text: Substring) -> (year: Substring, end: String.Index)? {
        var i = spaces(text, text.startIndex)
        if i < text.endIndex && (text[i] == "." || text[i] == ",") { i = text.index(after: i) }
        i = spaces(text, i)
        guard i < text.endIndex, text[i] == "(" else { return nil }
        i = text.index(after: i)
        let yearStart = i
        for _ in 0..<4 {
            guard i < text.endIndex, CitationPatterns.isDigit(text[i]) else { return nil }
            i = text.index(after: i)
        }
        let year = text[yearStart..<i]
        if i < text.endIndex, let a = text[i].asciiValue, a >= 0x61 && a <= 0x7A {
            i = text.index(after: i)
        }
        if i < text.endIndex && text[i] == "," {
            guard let close = text[i...].firstIndex(of: ")") else { return nil }
            i = close
        }
        guard i < text.endIndex, text[i] == ")" else { return nil }
        i = text.index(after: i)
        if i < text.endIndex && text[i] == "." { i = text.index(after: i) }
        return (year, spaces(text, i))
    }

    /// `(?:\p{Lu}\p{Ll}{0,2}\.\s?(?:-\s?)?){1,3}` from `i`: its end and how many initials.
    private static func initials(_ text: Substring, _ start: String.Index) -> (String.Index, Int)? {
        var i = start
        var count = 0
        while count < 3 {
            guard i < text.endIndex, CitationPatterns.isUpper(text[i]) else { break }
            var k = text.index(after: i)
            var lower = 0
            while lower < 2 && k < text.endIndex && isLower(text[k]) {
                k = text.index(after: k)
                lower += 1
            }
            guard k < text.endIndex, text[k] == "." else { break }
            k = text.index(after: k)
            if k < text.endIndex && text[k].isSpace { k = text.index(after: k) }
            if k < text.endIndex && text[k] == "-" {
                k = text.index(after: k)
                if k < text.endIndex && text[k].isSpace { k = text.index(after: k) }
            }
            i = k
            count += 1
        }
        return count > 0 ? (i, count) : nil
    }

    /// `\p{Lu}[\p{L}'’\-]+` from `i`: its end (taken whole: what may follow is never part of it).
    private static func word(_ text: Substring, _ i: String.Index) -> String.Index? {
        guard i < text.endIndex, CitationPatterns.isUpper(text[i]) else { return nil }
        var j = text.index(after: i)
        while j < text.endIndex && isWordCharacter(text[j]) { j = text.index(after: j) }
        return j > text.index(after: i) ? j : nil
    }

    /// A particle ("van", "de", …) from `i` that a space or a comma follows (only then can the
    /// surname go on or end after it).
    private static func particle(_ text: Substring, _ i: String.Index) -> String.Index? {
        for p in particles {
            guard let e = literal(text, i, p) else { continue }
            if e < text.endIndex && (text[e].isSpace || text[e] == ",") { return e }
        }
        return nil
    }

    private static let particles = ["van", "von", "der", "del", "de", "da", "di"]

    /// `[\p{L}'’\-]`: a letter of any kind, an apostrophe or a hyphen.
    private static func isWordCharacter(_ c: Character) -> Bool {
        if let a = c.asciiValue, c != "\r\n" {
            return (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A || a == 0x27 || a == 0x2D
        }
        if c == "’" { return true }
        switch c.unicodeScalars.first?.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    private static func isLower(_ c: Character) -> Bool {
        if let a = c.asciiValue, c != "\r\n" { return a >= 0x61 && a <= 0x7A }
        return c.unicodeScalars.first?.properties.generalCategory == .lowercaseLetter
    }

    private static func spaces(_ text: Substring, _ i: String.Index) -> String.Index {
        var k = i
        while k < text.endIndex && text[k].isSpace { k = text.index(after: k) }
        return k
    }

    /// The end of `word` when the text at `i` spells it.
    private static func literal(_ text: Substring, _ i: String.Index, _ word: String) -> String.Index? {
        var k = i
        for c in word {
            guard k < text.endIndex, text[k] == c else { return nil }
            k = text.index(after: k)
        }
        return k
    }
}
