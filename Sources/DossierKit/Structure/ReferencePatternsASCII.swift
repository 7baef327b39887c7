/// ``ReferencePatterns`` on the bytes of a reference's opening, while it is plain ASCII: what
/// the character-by-character patterns would match, at a fraction of the cost.
///
/// Between two ASCII bytes other than a carriage return there is always a character boundary,
/// so on such bytes a character is a byte. The matchers read the text up to its first byte that
/// is not ASCII or is a carriage return, minus the ASCII byte before it (a combining mark may
/// join it); should they need to read further, they answer ``Decision/undecided`` and the
/// caller falls back on characters.
enum ReferencePatternsASCII {
    /// What a byte matcher found.
    enum Decision<T> {
        case match(T)
        case noMatch
        case undecided
    }

    /// The readable bytes of a text's opening.
    struct Units {
        let bytes: UnsafeBufferPointer<UInt8>
        /// How many bytes may be read.
        let limit: Int
        /// True when the text goes on past `limit` (then reading there is undecided).
        let truncated: Bool
        /// Set once a read went past `limit` on a truncated text.
        private(set) var overran = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            var n = 0
            while n < bytes.count, bytes[n] < 0x80, bytes[n] != 0x0D { n += 1 }
            truncated = n < bytes.count
            limit = truncated ? max(0, n - 1) : n
        }

        mutating func at(_ i: Int) -> UInt8? {
            if i < limit { return bytes[i] }
            if truncated { overran = true }
            return nil
        }

        func decide<T>(_ value: T?) -> Decision<T> {
            if overran { return .undecided }
            return value.map { .match($0) } ?? .noMatch
        }
    }

    /// ``ReferencePatterns/author(_:)``: byte offsets of the surname, the initials and the end.
    static func author(_ u: inout Units) -> Decision<(surname: Range<Int>, initials: Range<Int>, end: Int)> {
        var i = spaces(&u, 0)
        if u.at(i) == 0x2C { i = spaces(&u, i + 1) }
        if u.at(i) == 0x26 {
            i = spaces(&u, i + 1)
        } else if let a = literal(&u, i, and) {
            let s = spaces(&u, a)
            if s > a { i = s }
        }
        guard let first = word(&u, i) else { return u.decide(nil) }
        // Every place the surname can end, longest first.
        var ends = [first]
        var e = first
        while isSpace(u.at(e)) {
            let next = e + 1
            if let w = word(&u, next) {
                e = w
            } else if let p = particle(&u, next) {
                e = p
            } else {
                break
            }
            ends.append(e)
        }
        for end in ends.reversed() {
            var k = end
            if u.at(k) == 0x2C { k += 1 }
            let s = spaces(&u, k)
            guard s > k, let (initialsEnd, count) = initials(&u, s), count > 0 else { continue }
            return u.decide((i..<end, s..<initialsEnd, initialsEnd))
        }
        return u.decide(nil)
    }

    /// ``ReferencePatterns/givenNameAuthor(_:)``: byte offsets of the surname, the given names
    /// and the end.
    static func givenNameAuthor(_ u: inout Units) -> Decision<(surname: Range<Int>, given: Range<Int>, end: Int)> {
        let i = spaces(&u, 0)
        guard let surnameEnd = word(&u, i), u.at(surnameEnd) == 0x2C else { return u.decide(nil) }
        let s = spaces(&u, surnameEnd + 1)
        guard s > surnameEnd + 1, var givenEnd = word(&u, s) else { return u.decide(nil) }
        if isSpace(u.at(givenEnd)) {
            guard let second = word(&u, givenEnd + 1) else { return u.decide(nil) }
            givenEnd = second
        }
        guard let b = u.at(givenEnd), b == 0x2E || b == 0x2C else { return u.decide(nil) }
        let after = givenEnd + 1
        guard isSpace(u.at(after)) else { return u.decide(nil) }
        return u.decide((i..<surnameEnd, s..<givenEnd, after + 1))
    }

    /// ``ReferencePatterns/year(_:)``: byte offsets of the four digits and of the end.
    static func year(_ u: inout Units) -> Decision<(year: Range<Int>, end: Int)> {
        var i = spaces(&u, 0)
        if let b = u.at(i), b == 0x2E || b == 0x2C { i += 1 }
        i = spaces(&u, i)
        guard u.at(i) == 0x28 else { return u.decide(nil) }
        i += 1
        let yearStart = i
        for _ in 0..<4 {
            guard let b = u.at(i), UTF8Bytes.isDigit(b) else { return u.decide(nil) }
            i += 1
        }
        if let b = u.at(i), b >= 0x61 && b <= 0x7A { i += 1 }
        if u.at(i) == 0x2C {
            while let b = u.at(i), b != 0x29 { i += 1 }
        }
        guard u.at(i) == 0x29 else { return u.decide(nil) }
        i += 1
        if u.at(i) == 0x2E { i += 1 }
        // Read the spaces first: a read past the limit must be seen by `decide`.
        let end = spaces(&u, i)
        return u.decide((yearStart..<(yearStart + 4), end))
    }

    /// `(?:\p{Lu}\p{Ll}{0,2}\.\s?(?:-\s?)?){1,3}` from `start`: its end and how many initials.
    private static func initials(_ u: inout Units, _ start: Int) -> (Int, Int)? {
        var i = start
        var count = 0
        while count < 3 {
            guard let b = u.at(i), isUpper(b) else { break }
            var k = i + 1
            var lower = 0
            while lower < 2, let c = u.at(k), c >= 0x61 && c <= 0x7A {
                k += 1
                lower += 1
            }
            guard u.at(k) == 0x2E else { break }
            k += 1
            if isSpace(u.at(k)) { k += 1 }
            if u.at(k) == 0x2D {
                k += 1
                if isSpace(u.at(k)) { k += 1 }
            }
            i = k
            count += 1
        }
        return count > 0 ? (i, count) : nil
    }

    /// `\p{Lu}[\p{L}'’\-]+` from `i`: its end.
    private static func word(_ u: inout Units, _ i: Int) -> Int? {
        guard let b = u.at(i), isUpper(b) else { return nil }
        var j = i + 1
        while let c = u.at(j), (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x27 || c == 0x2D { j += 1 }
        return j > i + 1 ? j : nil
    }

    /// A particle ("van", "de", …) from `i` that a space or a comma follows.
    private static func particle(_ u: inout Units, _ i: Int) -> Int? {
        for p in particles {
            guard let e = literal(&u, i, p) else { continue }
            if isSpace(u.at(e)) || u.at(e) == 0x2C { return e }
        }
        return nil
    }

    private static let particles = ["van", "von", "der", "del", "de", "da", "di"].map { Array($0.utf8) }
    private static let and = Array("and".utf8)

    /// The end of `word` when the bytes at `i` spell it.
    private static func literal(_ u: inout Units, _ i: Int, _ word: [UInt8]) -> Int? {
        var k = i
        for w in word {
            guard u.at(k) == w else { return nil }
            k += 1
        }
        return k
    }

    private static func spaces(_ u: inout Units, _ i: Int) -> Int {
        var k = i
        while isSpace(u.at(k)) { k += 1 }
        return k
    }

    private static func isSpace(_ b: UInt8?) -> Bool {
        guard let b else { return false }
        return b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    private static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
}
