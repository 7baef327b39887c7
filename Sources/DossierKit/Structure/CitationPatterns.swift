import Foundation

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
        guard let from = runStart(window, undecidable: { _ in false }) else { return nil }
        let cs = Array(window[from...])
        guard let s = firstMatch(cs) else { return nil }
        return window.index(from, offsetBy: s)..<window.endIndex
    }

    /// ``narrativeNames(_:)`` on the bytes `m[from..<to]`, when they can be matched byte by
    /// byte: `.some(start)` (the match's first byte, or nil for no match); nil when the bytes
    /// the match could cover are not plain ASCII (a letter, a combining mark or a CR LF that
    /// only characters can tell apart) or hold a hidden byte, and the characters must decide.
    static func asciiNarrativeNames(_ m: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int?? {
        let undecidable = { (b: UInt8) in b >= 0x80 || b == 0x0D || b == MarkupMask.hiddenByte }
        guard let offset = runStart(UnsafeBufferPointer(rebasing: m[from..<to]), undecidable: undecidable) else {
            return nil
        }
        let start = from + offset
        // Hidden bytes before the run would shift the caller's offsets: let characters decide.
        if start > from, let base = m.baseAddress,
            memchr(base + from, Int32(MarkupMask.hiddenByte), start - from) != nil
        {
            return nil
        }
        let run = UnsafeBufferPointer(rebasing: m[start..<to])
        return .some(firstMatch(run).map { start + $0 })
    }

    /// Where a match can start at the earliest: a match holds only letters, ’ ' - & . and
    /// spaces, so it starts after anything else (only the last run of those is looked at), and
    /// it holds at most seven runs of non-spaces ("Van der Berg and De la Cruz" has seven), so
    /// it starts in one of the last seven. Nil when `undecidable` holds for a unit of that run.
    private static func runStart<C: BidirectionalCollection>(_ cs: C, undecidable: (C.Element) -> Bool) -> C.Index?
    where C.Element: NameUnit {
        var from = cs.endIndex
        var runs = 0
        var inRun = false
        while from > cs.startIndex {
            let p = cs.index(before: from)
            let c = cs[p]
            if undecidable(c) { return nil }
            guard c.isNameUnit || c.isSpaceUnit || c == .unit(0x26) || c == .unit(0x2E) else { break }
            if c.isSpaceUnit {
                if inRun && runs == 7 { break }
                inRun = false
            } else if !inRun {
                inRun = true
                runs += 1
            }
            from = p
        }
        return from
    }

    /// Where the first match of the names pattern in `cs` starts (a match runs to the end).
    private static func firstMatch<C: RandomAccessCollection>(_ cs: C) -> Int?
    where C.Element: NameUnit, C.Index == Int {
        var s = cs.startIndex
        while s < cs.endIndex {
            if cs[s].isUpperUnit && anyNameEnd(cs, s, { tail(cs, $0) }) { return s - cs.startIndex }
            s += 1
        }
        return nil
    }

    /// `(?:\s+(?:&|and)\s+NAME|\s+et\s+al\.?)?\s*$` from `i`.
    private static func tail<C: RandomAccessCollection>(_ cs: C, _ i: Int) -> Bool
    where C.Element: NameUnit, C.Index == Int {
        if spacesToEnd(cs, i) { return true }
        let end = cs.endIndex
        var k = i
        while k < end && cs[k].isSpaceUnit { k += 1 }
        guard k > i, k < end else { return false }
        var after: Int? = nil
        if cs[k] == .unit(0x26) {
            after = k + 1
        } else if literal(cs, k, and) {
            after = k + 3
        }
        if let a = after {
            var m = a
            while m < end && cs[m].isSpaceUnit { m += 1 }
            if m > a {
                if anyNameEnd(cs, m, { spacesToEnd(cs, $0) }) { return true }
            }
        }
        if literal(cs, k, et) {
            var m = k + 2
            while m < end && cs[m].isSpaceUnit { m += 1 }
            if m > k + 2 && literal(cs, m, al) {
                var n = m + 2
                if n < end && cs[n] == .unit(0x2E) { n += 1 }
                if spacesToEnd(cs, n) { return true }
            }
        }
        return false
    }

    /// True when NAME starting at `i` has an end (with the particle clause or without) for
    /// which `test` holds.
    private static func anyNameEnd<C: RandomAccessCollection>(_ cs: C, _ i: Int, _ test: (Int) -> Bool) -> Bool
    where C.Element: NameUnit, C.Index == Int {
        guard let e = word(cs, i) else { return false }
        if e < cs.endIndex && cs[e].isSpaceUnit {
            for p in particles where literal(cs, e + 1, p) {
                let q = e + 1 + p.count
                if q < cs.endIndex && cs[q].isSpaceUnit, let e2 = word(cs, q + 1), test(e2) { return true }
            }
        }
        return test(e)
    }

    private static let particles: [[UInt8]] = ["van", "von", "der", "del", "de", "da", "di"].map { Array($0.utf8) }

    /// `\p{Lu}[\p{L}'’\-]+` from `i`: its end (the run is always taken whole, since what may
    /// follow a name is a space or the end).
    private static func word<C: RandomAccessCollection>(_ cs: C, _ i: Int) -> Int?
    where C.Element: NameUnit, C.Index == Int {
        guard i < cs.endIndex, cs[i].isUpperUnit else { return nil }
        var j = i + 1
        while j < cs.endIndex && cs[j].isNameUnit { j += 1 }
        return j > i + 1 ? j : nil
    }

    private static func literal<C: RandomAccessCollection>(_ cs: C, _ i: Int, _ text: [UInt8]) -> Bool
    where C.Element: NameUnit, C.Index == Int {
        guard i + text.count <= cs.endIndex else { return false }
        for (k, b) in text.enumerated() where cs[i + k] != .unit(b) { return false }
        return true
    }

    private static let and: [UInt8] = Array("and".utf8)
    private static let et: [UInt8] = Array("et".utf8)
    private static let al: [UInt8] = Array("al".utf8)

    private static func spacesToEnd<C: RandomAccessCollection>(_ cs: C, _ i: Int) -> Bool
    where C.Element: NameUnit, C.Index == Int {
        var k = i
        while k < cs.endIndex && cs[k].isSpaceUnit { k += 1 }
        return k == cs.endIndex
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

/// What the names pattern asks of one unit of text: a ``Character``, or a byte of ASCII text.
protocol NameUnit: Equatable {
    /// An upper-case letter (`\p{Lu}`).
    var isUpperUnit: Bool { get }
    /// A letter, an apostrophe or a hyphen (`[\p{L}'’\-]`).
    var isNameUnit: Bool { get }
    /// White space (`\s`).
    var isSpaceUnit: Bool { get }
    /// The unit of an ASCII byte.
    static func unit(_ ascii: UInt8) -> Self
}

extension Character: NameUnit {
    var isUpperUnit: Bool { CitationPatterns.isUpper(self) }
    var isNameUnit: Bool { CitationPatterns.isNameCharacter(self) }
    var isSpaceUnit: Bool { isSpace }
    static func unit(_ ascii: UInt8) -> Character { Character(Unicode.Scalar(ascii)) }
}

extension UInt8: NameUnit {
    var isUpperUnit: Bool { self >= 0x41 && self <= 0x5A }
    var isNameUnit: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A || self == 0x27 || self == 0x2D }
    var isSpaceUnit: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }
    static func unit(_ ascii: UInt8) -> UInt8 { ascii }
}
