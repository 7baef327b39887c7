/// Tests on short lines of front matter: is this a person's name, an affiliation, a title?
enum NameHeuristics {
    /// Particles that may stand in lower case inside a person's name.
    static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn", "al",
        "el", "y", "oglu", "oğlu", "qizi", "qızı", "kyzy", "uulu", "zade", "zadeh",
    ]

    /// Splits a byline into person names, or returns nil when the line is not a byline.
    static func personNames(in line: String) -> [String]? {
        if hasLowercaseWord(line) { return nil }
        return personNamesWithoutQuickTest(in: line)
    }

    /// A quick test on the bytes: a word that starts with an ASCII lower-case letter and is not
    /// a particle, "and" or "by" makes ``personNamesWithoutQuickTest(in:)`` return nil (such a
    /// word is one of its words, and no person's name holds it), so most lines of a title or an
    /// affiliation are ruled out without splitting them. Words with other bytes are let through.
    static func hasLowercaseWord(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { b in
            var i = 0
            let n = b.count
            while i < n {
                // Separators of words and of names.
                while i < n && (b[i] == 0x20 || b[i] == 0x2C || b[i] == 0x3B || b[i] == 0x26) { i += 1 }
                let start = i
                var ascii = true
                while i < n && !(b[i] == 0x20 || b[i] == 0x2C || b[i] == 0x3B || b[i] == 0x26) {
                    if b[i] >= 0x80 { ascii = false }
                    i += 1
                }
                guard start < i, ascii, b[start] >= 0x61 && b[start] <= 0x7A else { continue }
                // The slow path trims footnote marks ("van*" is the particle "van").
                var end = i
                while end > start && b[end - 1] == 0x2A { end -= 1 }
                if isLetThrough(UnsafeBufferPointer(rebasing: b[start..<end])) { continue }
                return true
            }
            return false
        }
    }

    private static let letThrough: [[UInt8]] = (["and", "by"] + particles.filter { $0.utf8.allSatisfy { $0 < 0x80 } })
        .map { Array($0.utf8) }

    private static func isLetThrough(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        letThrough.contains { w in
            w.count == word.count && zip(w, word).allSatisfy { a, b in a == (b | (b >= 0x41 && b <= 0x5A ? 0x20 : 0)) }
        }
    }

    /// ``personNames(in:)`` without the quick test (tests compare the two).
    static func personNamesWithoutQuickTest(in line: String) -> [String]? {
        var text = Substring(line)
        for prefix in ["By ", "by ", "BY ", "Author: ", "Authors: ", "Autor: ", "Автор: "] where text.hasPrefix(prefix)
        {
            text = text.dropFirst(prefix.count)
        }
        for prefix in ["Dr. ", "Prof. ", "Professor ", "Dr ", "Prof "] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
        }
        text = text.trimmingSuffix { ",;*†‡¹²³⁴⁵⁶⁷⁸⁹⁰ 0123456789".holds($0) }
        guard !text.isEmpty, !text.utf8.contains(0x3A), !text.utf8.contains(0x40),
            text.utf8.count <= 120 || text.prefix(121).count <= 120
        else { return nil }
        if text.last == "." {
            // A trailing full stop is fine only after an initial ("J. R. R. Tolkien" ends otherwise).
            let lastWord = text.split(separator: " ").last ?? ""
            guard lastWord.count <= 3 else { return nil }
        }
        var parts: [String] = []
        for chunk in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "&" }) {
            var rest = String(chunk)
            while let r = TextSearch.firstRange(of: " and ", in: rest) {
                parts.append(String(rest[..<r.lowerBound]))
                rest = String(rest[r.upperBound...])
            }
            parts.append(rest)
        }
        var names: [String] = []
        for part in parts {
            let words = part.split(separator: " ").map { $0.trimmingCharacters(in: "*†‡¹²³⁴⁵⁶⁷⁸⁹⁰") }
                .filter { !$0.isEmpty }
            guard !words.isEmpty else { continue }
            guard isPersonName(words) else { return nil }
            names.append(words.joined(separator: " "))
        }
        guard !names.isEmpty else { return nil }
        return names
    }

    /// True when `words` read as one person's name: 2–5 capitalised words or initials.
    static func isPersonName(_ words: [String]) -> Bool {
        guard words.count >= 2 && words.count <= 5 else { return false }
        var capitalised = 0
        for w in words {
            let lower = Lowercasing.lowercased(String(w))
            if particles.contains(lower) { continue }
            if SectionLexicon.functionWords.contains(lower) { return false }
            if SectionLexicon.organisationWords.contains(lower) || SectionLexicon.roleWords.contains(lower) {
                return false
            }
            if SectionLexicon.months.contains(lower) { return false }
            guard let first = w.unicodeScalars.first, UTF8Bytes.isUppercase(first) else { return false }
            for s in w.unicodeScalars where !(UTF8Bytes.isLetter(s) || s == "." || s == "-" || s == "'" || s == "’") {
                return false
            }
            capitalised += 1
        }
        return capitalised >= 2
    }

    /// True when `line` reads as prose rather than a heading or an affiliation: three words
    /// or more in lower case that are not function words ("The Foreign Ministry said on Monday
    /// that talks would continue", not "Department of History, University of Baku").
    static func readsAsProse(_ line: String) -> Bool {
        var ordinary = 0
        for w in TextFeatures.words(line) {
            guard let f = w.first, f.isLowercase else { continue }
            let lower = Lowercasing.lowercased(String(w))
            if SectionLexicon.functionWords.contains(lower) || particles.contains(lower) { continue }
            ordinary += 1
            if ordinary >= 3 { return true }
        }
        return false
    }

    /// True when the line names an institution or a job.
    static func isAffiliation(_ line: String) -> Bool {
        if let answer = asciiIsAffiliation(line) { return answer }
        return isAffiliationByCharacters(line)
    }

    /// ``isAffiliation(_:)`` on the bytes of a line whose spaces all stand between plain
    /// neighbours (so that its words are what the bytes between spaces hold): an ASCII word is tested on
    /// its bytes (a letter or a number is `[A-Za-z0-9]`, lower-casing is per byte), any other
    /// by its characters. Nil for any other line.
    static func asciiIsAffiliation(_ line: String) -> Bool? {
        var copy = line
        return copy.withUTF8 { b -> Bool? in
            for k in b.indices where b[k] == 0x20 {
                guard
                    k == 0
                        || isPlainNeighbour(
                            UTF8Bytes.scalar(in: b, at: UTF8Bytes.previousScalarStart(in: b, before: k)).0),
                    k + 1 == b.count || isPlainNeighbour(UTF8Bytes.scalar(in: b, at: k + 1).0)
                else { return nil }
            }
            var word: [UInt8] = []
            var i = 0
            while i < b.count {
                var j = i
                var ascii = true
                while j < b.count && b[j] != 0x20 {
                    if b[j] >= 0x80 { ascii = false }
                    j += 1
                }
                defer { i = j + 1 }
                guard ascii else {
                    if isAffiliationByCharacters(
                        String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self))
                    {
                        return true
                    }
                    continue
                }
                // One word between spaces, without what is not a letter or a number at its ends.
                var lo = i
                var hi = j
                while lo < hi && !UTF8Bytes.isAlphanumeric(b[lo]) { lo += 1 }
                while hi > lo && !UTF8Bytes.isAlphanumeric(b[hi - 1]) { hi -= 1 }
                guard lo < hi else { continue }
                word.removeAll(keepingCapacity: true)
                for k in lo..<hi { word.append(UTF8Bytes.lowercased(b[k])) }
                let found: Bool
                if let key = WordMap<Bool>.packed(bytes: word) {
                    found =
                        SectionLexicon.organisationWords.contains(packed: key)
                        || SectionLexicon.roleWords.contains(packed: key)
                } else {
                    let w = String(decoding: word, as: UTF8.self)
                    found = SectionLexicon.organisationWords.contains(w) || SectionLexicon.roleWords.contains(w)
                }
                if found { return true }
            }
            return false
        }
    }

    /// A scalar that stays a character apart from a space beside it: ASCII, or a letter of the
    /// Latin, Greek, Cyrillic or Armenian blocks (none of which is a combining, spacing or
    /// prepended mark).
    private static func isPlainNeighbour(_ s: Unicode.Scalar) -> Bool {
        s.isASCII || (s.value < 0x590 && UTF8Bytes.isLetter(s))
    }

    /// ``isAffiliation(_:)`` by its definition, word by word.
    static func isAffiliationByCharacters(_ line: String) -> Bool {
        for w in TextFeatures.words(line) {
            let lower = Lowercasing.lowercased(String(w))
            if SectionLexicon.organisationWords.contains(lower) || SectionLexicon.roleWords.contains(lower) {
                return true
            }
        }
        return false
    }
}

extension Substring {
    func trimmingSuffix(where predicate: (Character) -> Bool) -> Substring {
        var s = self
        while let l = s.last, predicate(l) { s = s.dropLast() }
        return s
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        // The set's ASCII bytes, a bit each; whether it is all ASCII; whether it holds a scalar
        // equal to an ASCII character (U+037E, U+1FEF, U+212A).
        var low: UInt64 = 0
        var high: UInt64 = 0
        var allASCII = true
        var equalsASCII = false
        for scalar in set.unicodeScalars {
            let v = scalar.value
            if v < 64 {
                low |= 1 << UInt64(v)
            } else if v < 128 {
                high |= 1 << UInt64(v - 64)
            } else {
                allASCII = false
                if v == 0x037E || v == 0x1FEF || v == 0x212A { equalsASCII = true }
            }
        }
        func inSet(_ b: UInt8) -> Bool {
            b < 64 ? low & (1 << UInt64(b)) != 0 : b < 128 && high & (1 << UInt64(b - 64)) != 0
        }
        // An ASCII byte of the set with an ASCII byte (or nothing) on its inner side is a
        // character of its own: trimmed on the bytes. Characters decide the rest.
        if allASCII { s = s.trimmingASCIIBytes(where: inSet) }
        // Ends that are ASCII characters outside the set stop the characters at once (unless a
        // scalar of the set equals an ASCII character).
        if !equalsASCII, UTF8Bytes.hasAsciiEnds(s.utf8, keeping: { !inSet($0) }) { return String(s) }
        while let f = s.first, set.holds(f) { s = s.dropFirst() }
        while let l = s.last, set.holds(l) { s = s.dropLast() }
        return String(s)
    }

    /// The string without white space at either end.
    var trimmed: String {
        // ASCII white space is trimmed on the bytes ("\r\n", one character, is white space too).
        var s = Substring(self).trimmingASCIIBytes(where: UTF8Bytes.isASCIISpace)
        if s.isEmpty || UTF8Bytes.hasAsciiEnds(s.utf8, keeping: { !UTF8Bytes.isASCIISpace($0) }) { return String(s) }
        while let f = s.first, f.isSpace { s = s.dropFirst() }
        while let l = s.last, l.isSpace { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    /// Without the ASCII bytes at either end for which `drop` holds, as long as the byte on
    /// the inner side is ASCII too (or there is none): each such byte is then a character of
    /// its own, or half of "\r\n" when `drop` holds for both halves. Characters decide the rest.
    @inline(__always)
    func trimmingASCIIBytes(where drop: (UInt8) -> Bool) -> Substring {
        let u = utf8
        var lo = u.startIndex
        var hi = u.endIndex
        while lo < hi, drop(u[lo]) {
            let next = u.index(after: lo)
            guard next == hi || u[next] < 0x80 else { break }
            lo = next
        }
        while lo < hi {
            let last = u.index(before: hi)
            guard drop(u[last]), last == lo || u[u.index(before: last)] < 0x80 else { break }
            hi = last
        }
        return self[lo..<hi]
    }
}

extension String {
    /// `contains(c)`, answered from the bytes when `c` is one byte that the string lacks (a
    /// one-byte character equals only itself, and the three scalars equal to ";", "`" and
    /// "K", U+037E, U+1FEF and U+212A).
    func holds(_ c: Character) -> Bool {
        if c.utf8.count == 1, let b = c.utf8.first, !utf8.contains(b),
            !((b == 0x3B || b == 0x60 || b == 0x4B)
                && unicodeScalars.contains { $0.value == 0x037E || $0.value == 0x1FEF || $0.value == 0x212A })
        {
            return false
        }
        return contains(c)
    }
}
