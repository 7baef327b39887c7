/// The two patterns of narrative citations, matched by hand: `Name (2010, p. 4)` is the
/// commonest thing in a paragraph's parentheses, and Swift's `Regex` tried the name pattern at
/// every position of the text before each one. They match exactly what these expressions
/// match (`CitationPatternTests` compares them on random text):
///
///     year:  \s*(\d{4})[a-z]?(?:\s*,\s*(.+?))?\s*                         (whole text)
///     names: (NAME)(?:\s+(?:&|and)\s+(NAME)|\s+et\s+al\.?)?\s*$           (first match)
///     NAME:  \p{Lu}[\p{L}'’\-]+(?:\s(?:van|von|de|der|del|da|di)\s\p{Lu}[\p{L}'’\-]+)?
enum CitationPatterns {
    /// The year and locator of `Name (2010, p. 4)`'s parenthesis, if that is what it holds.
    static func narrativeYear(_ content: String) -> (year: Substring, locator: Substring?)? {
        var i = content.startIndex
        let end = content.endIndex
        while i < end && content[i].isSpace { i = content.index(after: i) }
        let yearStart = i
        for _ in 0..<4 {
            guard i < end, isDigit(content[i]) else { return nil }
            i = content.index(after: i)
        }
        let year = content[yearStart..<i]
        if i < end, let a = content[i].asciiValue, a >= 0x61 && a <= 0x7A { i = content.index(after: i) }
        var j = i
        while j < end && content[j].isSpace { j = content.index(after: j) }
        if j == end { return (year, nil) }
        guard content[j] == "," else { return nil }
        j = content.index(after: j)
        // The locator: what follows the comma and its spaces, trailing spaces left out, at
        // least one character; no line breaks.
        var k = j
        while k < end && content[k].isSpace { k = content.index(after: k) }
        var last = end
        while last > k && content[content.index(before: last)].isSpace { last = content.index(before: last) }
        if last > k {
            guard !content[k..<last].contains(where: \.isNewline) else { return nil }
            return (year, content[k..<last])
        }
        // Only spaces after the comma: the last of them that is not a line break.
        var p = k
        while p > j {
            let q = content.index(before: p)
            if !content[q].isNewline { return (year, content[q..<p]) }
            p = q
        }
        return nil
    }

    /// The range of the first match of the names pattern in `window` (it always ends at the
    /// window's end).
    static func narrativeNames(_ window: String) -> Range<String.Index>? {
        // A match holds only letters, ’ ' - & . and spaces: it starts after anything else, so
        // only the window's last run of those characters is looked at.
        // A match holds at most seven runs of non-spaces ("Van der Berg and De la Cruz" has
        // seven): it starts in one of the last seven.
        var from = window.endIndex
        var runs = 0
        var inRun = false
        while from > window.startIndex {
            let p = window.index(before: from)
            let c = window[p]
            guard canBeInMatch(c) else { break }
            if c.isSpace {
                if inRun && runs == 7 { break }
                inRun = false
            } else if !inRun {
                inRun = true
                runs += 1
            }
            from = p
        }
        let cs = Array(window[from...])
        var s = 0
        while s < cs.count {
            if isUpper(cs[s]) && matchesToEnd(cs, from: s) {
                let start = window.index(from, offsetBy: s)
                return start..<window.endIndex
            }
            s += 1
        }
        return nil
    }

    private static func matchesToEnd(_ cs: [Character], from s: Int) -> Bool {
        anyNameEnd(cs, s) { tail(cs, $0) }
    }

    /// `(?:\s+(?:&|and)\s+NAME|\s+et\s+al\.?)?\s*$` from `i`.
    private static func tail(_ cs: [Character], _ i: Int) -> Bool {
        if spacesToEnd(cs, i) { return true }
        var k = i
        while k < cs.count && cs[k].isSpace { k += 1 }
        guard k > i, k < cs.count else { return false }
        var after: Int? = nil
        if cs[k] == "&" {
            after = k + 1
        } else if literal(cs, k, and) {
            after = k + 3
        }
        if let a = after {
            var m = a
            while m < cs.count && cs[m].isSpace { m += 1 }
            if m > a {
                if anyNameEnd(cs, m, { spacesToEnd(cs, $0) }) { return true }
            }
        }
        if literal(cs, k, et) {
            var m = k + 2
            while m < cs.count && cs[m].isSpace { m += 1 }
            if m > k + 2 && literal(cs, m, al) {
                var n = m + 2
                if n < cs.count && cs[n] == "." { n += 1 }
                if spacesToEnd(cs, n) { return true }
            }
        }
        return false
    }

    /// True when NAME starting at `i` has an end (with the particle clause or without) for
    /// which `test` holds.
    private static func anyNameEnd(_ cs: [Character], _ i: Int, _ test: (Int) -> Bool) -> Bool {
        guard let e = word(cs, i) else { return false }
        if e < cs.count && cs[e].isSpace {
            for p in particles where literal(cs, e + 1, p) {
                let q = e + 1 + p.count
                if q < cs.count && cs[q].isSpace, let e2 = word(cs, q + 1), test(e2) { return true }
            }
        }
        return test(e)
    }

    private static let particles: [[Character]] = ["van", "von", "der", "del", "de", "da", "di"].map { Array($0) }

    /// `\p{Lu}[\p{L}'’\-]+` from `i`: its end (the run is always taken whole, since what may
    /// follow a name is a space or the end).
    private static func word(_ cs: [Character], _ i: Int) -> Int? {
        guard i < cs.count, isUpper(cs[i]) else { return nil }
        var j = i + 1
        while j < cs.count && isNameCharacter(cs[j]) { j += 1 }
        return j > i + 1 ? j : nil
    }

    private static func literal(_ cs: [Character], _ i: Int, _ text: [Character]) -> Bool {
        guard i + text.count <= cs.count else { return false }
        for (k, c) in text.enumerated() where cs[i + k] != c { return false }
        return true
    }

    private static let and: [Character] = Array("and")
    private static let et: [Character] = Array("et")
    private static let al: [Character] = Array("al")

    private static func spacesToEnd(_ cs: [Character], _ i: Int) -> Bool {
        var k = i
        while k < cs.count && cs[k].isSpace { k += 1 }
        return k == cs.count
    }

    private static func canBeInMatch(_ c: Character) -> Bool {
        isNameCharacter(c) || c.isSpace || c == "&" || c == "."
    }

    private static func category(_ c: Character) -> Unicode.GeneralCategory? {
        c.unicodeScalars.first?.properties.generalCategory
    }

    static func isUpper(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a >= 0x41 && a <= 0x5A }
        return category(c) == .uppercaseLetter
    }

    static func isNameCharacter(_ c: Character) -> Bool {
        if let a = c.asciiValue { return (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A || a == 0x27 || a == 0x2D }
        if c == "’" { return true }
        switch category(c) {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isDigit(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a >= 0x30 && a <= 0x39 }
        return category(c) == .decimalNumber
    }
}
