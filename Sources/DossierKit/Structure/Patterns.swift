/// Regular patterns for identifiers and dates in short lines (front matter, reference entries).
enum Patterns {
    static func emails(in text: String) -> [String] {
        guard QuickScan.count(of: 0x40, in: text, atLeast: 1) else { return [] }
        return text.matches(of: CompiledPatterns.email).map { String($0.output) }
    }

    static func orcids(in text: String) -> [String] {
        guard QuickScan.count(of: 0x2D, in: text, atLeast: 3) else { return [] }
        return text.matches(of: CompiledPatterns.orcid).map { String($0.output) }
    }

    static func dois(in text: String) -> [String] {
        guard QuickScan.contains("10.", in: text) else { return [] }
        return text.matches(of: CompiledPatterns.doi).map { m in
            var s = Substring(m.output)
            while let l = s.last, ".,;)>".contains(l) { s = s.dropLast() }
            return String(s)
        }
    }

    static func urls(in text: String) -> [String] {
        guard QuickScan.contains("://", in: text) else { return [] }
        return text.matches(of: CompiledPatterns.url).map { m in
            var s = Substring(m.output)
            while let l = s.last, ".,;>".contains(l) { s = s.dropLast() }
            return String(s)
        }
    }

    /// Years (1500–2100) stated in a metadata line, ignoring ranges such as "1918-1920".
    static func yearsInMetadata(_ text: String) -> [Int] {
        standaloneYears(in: text)
    }

    /// Four-digit years in 1500–2100 that are not part of a range or a longer number.
    static func standaloneYears(in text: String) -> [Int] {
        var years: [Int] = []
        let blockers: Set<Character> = ["-", "–", "/", "."]
        for m in text.matches(of: CompiledPatterns.year) {
            let before = m.range.lowerBound > text.startIndex ? text[text.index(before: m.range.lowerBound)] : " "
            let after = m.range.upperBound < text.endIndex ? text[m.range.upperBound] : " "
            if before.isNumber || after.isNumber || blockers.contains(before) { continue }
            if after == "-" || after == "–" || after == "/" { continue }
            if let y = Int(m.output.1) { years.append(y) }
        }
        return years
    }

    /// A line that is only a date: "March 3, 2021", "3 March 2021", "2021-03-03".
    static func isDateOnly(_ text: String) -> Bool {
        let t = text.trimmed
        // Plain ASCII (no "\r\n"): a byte is a character, and a number is a digit, which the
        // test for four digits below asks for anyway.
        let plain = t.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        if plain {
            guard t.utf8.count <= 40 else { return false }
        } else {
            guard t.prefix(41).count <= 40, t.contains(where: { $0.isNumber }) else { return false }
        }
        // Every pattern holds four digits in a row: plain ASCII text without them is no date.
        var run = 0
        var fourDigits = false
        for b in t.utf8 {
            if b >= 0x80 {
                fourDigits = true  // other digits (\d is any decimal digit): let the patterns decide
                break
            }
            run = b >= 0x30 && b <= 0x39 ? run + 1 : 0
            if run == 4 {
                fourDigits = true
                break
            }
        }
        guard fourDigits else { return false }
        if t.wholeMatch(of: CompiledPatterns.isoDate) != nil { return true }
        return datePatterns.contains { t.wholeMatch(of: $0) != nil }
    }

    nonisolated(unsafe) static let datePatterns: [Regex<AnyRegexOutput>] = {
        let months = "(January|February|March|April|May|June|July|August|September|October|November|December)"
        return [
            "^(\\w+, )?\(months) \\d{1,2}(st|nd|rd|th)?,? \\d{4}$",
            "^\\d{1,2} \(months),? \\d{4}$",
            "^\(months),? \\d{4}$",
        ].compactMap { try? Regex($0).ignoresCase() }
    }()

    /// The byte range of the first occurrence of `needle` inside `range` of `bytes`.
    static func range(of needle: String, in range: TextRange, bytes: UnsafeBufferPointer<UInt8>) -> TextRange? {
        let n = Array(needle.utf8)
        guard !n.isEmpty, range.length >= n.count else { return nil }
        var i = range.start
        while i + n.count <= range.end {
            if bytes[i] == n[0] {
                var ok = true
                for k in 1..<n.count where bytes[i + k] != n[k] {
                    ok = false
                    break
                }
                if ok { return TextRange(i, i + n.count) }
            }
            i += 1
        }
        return nil
    }
}
