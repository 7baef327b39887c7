/// Finds in-text citations in body text and links them to reference entries.
///
/// Recognises `Name (2010)`, `Name and Other (2019, p. 4)`, `Name et al. (2020)`,
/// `(Name, 2013, pp. 71–78)`, `(Name & Other, 2021; Third, 2005)` and, when the reference list
/// is numbered, `[3]`, `[1, 4]`, `[2–5]`.
public enum CitationFinder {
    private static let name = #"\p{Lu}[\p{L}'’\-]+(?:\s(?:van|von|de|der|del|da|di)\s\p{Lu}[\p{L}'’\-]+)?"#
    nonisolated(unsafe) private static let parentheticalPattern = try? Regex(
        #"^\s*(?:see\s+|see also\s+|e\.g\.,?\s+|cf\.\s+|for example,?\s+)?((?:\#(name))(?:\s+(?:&|and)\s+\#(name)|\s+et\s+al\.?|(?:,\s*\#(name))*,?\s*&\s*\#(name))?),?\s+(\d{4})[a-z]?(?:\s*,\s*(.+?))?\s*$"#
    )

    /// Compiles the shared patterns before threads use them.
    static func warm() {
        if let p = parentheticalPattern { _ = "Smith, 1999".wholeMatch(of: p) }
    }

    /// Citations in the paragraphs and list items of `blocks`, in text order.
    public static func find(masked: [UInt8], blocks: [Block], references: [Reference]) -> [Citation] {
        let numbered = references.contains { $0.number != nil }
        let index = ReferenceIndex(references)
        var result: [Citation] = []
        for block in blocks where block.role == .paragraph || block.role == .listItem {
            for seg in block.segments {
                var p = seg.start
                let end = min(seg.end, masked.count)
                while p < end {
                    let b = masked[p]
                    if b == 0x28, let close = closing(masked, from: p, end: end, open: 0x28, close: 0x29) {
                        result += parenthesis(masked, open: p, close: close, segmentStart: seg.start, index: index)
                        p += 1
                        continue
                    }
                    if b == 0x5B, numbered, let close = closing(masked, from: p, end: end, open: 0x5B, close: 0x5D) {
                        result += bracket(masked, open: p, close: close, index: index)
                    }
                    p += 1
                }
            }
        }
        return result
    }

    private static func closing(_ m: [UInt8], from p: Int, end: Int, open: UInt8, close: UInt8) -> Int? {
        var q = p + 1
        let limit = min(end, p + 400)
        while q < limit {
            if m[q] == close { return q }
            if m[q] == open || m[q] == 0x0A { return nil }
            q += 1
        }
        return nil
    }

    private static func string(_ m: [UInt8], _ a: Int, _ b: Int) -> String {
        String(decoding: m[a..<b].filter { $0 != MarkupMask.hiddenByte }, as: UTF8.self)
    }

    private static func parenthesis(
        _ m: [UInt8], open: Int, close: Int, segmentStart: Int, index: ReferenceIndex
    ) -> [Citation] {
        // Quick test: four digits in a row.
        var digits = 0
        var hasYear = false
        for k in (open + 1)..<close {
            digits = UTF8Bytes.isDigit(m[k]) ? digits + 1 : 0
            if digits == 4 { hasYear = true; break }
        }
        guard hasYear else { return [] }
        let content = string(m, open + 1, close)
        // Narrative: Name (2010) / Name (2010, p. 5)
        if let y = CitationPatterns.narrativeYear(content), Int(y.year).map(isPlausibleYear) == true {
            var from = max(segmentStart, open - 160)
            while from < open && m[from] & 0xC0 == 0x80 { from += 1 }
            let namesText: String
            let start: Int
            if let ascii = m.withUnsafeBufferPointer({ CitationPatterns.asciiNarrativeNames($0, from: from, to: open) })
            {
                guard let s = ascii else { return [] }
                namesText = string(m, s, open).trimmed
                start = s
            } else {
                let window = string(m, from, open)
                guard let match = CitationPatterns.narrativeNames(window) else { return [] }
                namesText = String(window[match]).trimmed
                start = from + window[..<match.lowerBound].utf8.count
            }
            let surnames = surnamesIn(namesText)
            guard let first = surnames.first, !SectionLexicon.months.contains(first.lowercased()) else { return [] }
            let year = Int(y.year)
            let reference = index.find(surname: first, year: year)
            if !index.isEmpty && reference == nil && !index.hasSurname(first) { return [] }
            return [
                Citation(
                    names: namesText, surnames: surnames, year: year, locator: y.locator.map { String($0).trimmed },
                    number: nil, range: TextRange(start, close + 1), reference: reference)
            ]
        }
        // Parenthetical: (Name, 2010; Other & Third, 2011, pp. 3–4)
        var citations: [Citation] = []
        var offset = open + 1
        let pattern = parentheticalPattern
        for part in content.split(separator: ";", omittingEmptySubsequences: false) {
            let partBytes = part.utf8.count
            defer { offset += partBytes + 1 }
            guard let pattern, let match = part.wholeMatch(of: pattern),
                let namesSub = match.output[1].substring, let yearSub = match.output[2].substring
            else { continue }
            let namesText = String(namesSub)
            let surnames = surnamesIn(namesText)
            guard let first = surnames.first, !SectionLexicon.months.contains(first.lowercased()),
                let year = Int(yearSub), isPlausibleYear(year)
            else { continue }
            let locator = match.output[3].substring.map { String($0).trimmed }
            let lead = part.prefix(while: { $0 == " " }).utf8.count
            let trail = part.reversed().prefix(while: { $0 == " " }).count
            let single = content.split(separator: ";").count == 1
            let range = single ? TextRange(open, close + 1) : TextRange(offset + lead, offset + partBytes - trail)
            citations.append(
                Citation(
                    names: namesText, surnames: surnames, year: year, locator: locator, number: nil, range: range,
                    reference: index.find(surname: first, year: year)))
        }
        return citations
    }

    private static func bracket(_ m: [UInt8], open: Int, close: Int, index: ReferenceIndex) -> [Citation] {
        let content = string(m, open + 1, close)
        guard content.wholeMatch(of: CompiledPatterns.bracketNumbers) != nil else { return [] }
        var numbers: [Int] = []
        for part in content.split(separator: ",") {
            let bounds = part.split(whereSeparator: { $0 == "–" || $0 == "-" }).compactMap { Int($0.trimmed) }
            if bounds.count == 2, bounds[0] <= bounds[1], bounds[1] - bounds[0] < 50 {
                numbers += Array(bounds[0]...bounds[1])
            } else if let n = bounds.first {
                numbers.append(n)
            }
        }
        return numbers.map { n in
            Citation(
                names: "[\(n)]", surnames: [], year: nil, locator: nil, number: n, range: TextRange(open, close + 1),
                reference: index.find(number: n))
        }
    }

    private static func isPlausibleYear(_ y: Int) -> Bool { y >= 1500 && y <= 2100 }

    /// Family names in "Yilmaz & Yorulmaz", "Smith et al.", "A, B and C".
    static func surnamesIn(_ names: String) -> [String] {
        var text = names
        if let r = TextSearch.firstRange(of: " et al", in: text) { text = String(text[..<r.lowerBound]) }
        // Split at ",", "&" and " and ".
        let cs = Array(text)
        var parts: [String] = []
        var current = ""
        var i = 0
        while i < cs.count {
            if cs[i] == " " && i + 4 < cs.count && cs[i + 1] == "a" && cs[i + 2] == "n" && cs[i + 3] == "d"
                && cs[i + 4] == " "
            {
                parts.append(current)
                current = ""
                i += 5
            } else if cs[i] == "," || cs[i] == "&" {
                parts.append(current)
                current = ""
                i += 1
            } else {
                current.append(cs[i])
                i += 1
            }
        }
        parts.append(current)
        return parts.map(\.trimmed).filter { !$0.isEmpty }
    }
}

/// Looks up reference entries by first author's family name (folded) and year, or by number.
struct ReferenceIndex {
    private var bySurname: [String: [(Int, Int?)]] = [:]
    private var byNumber: [Int: Int] = [:]

    init(_ references: [Reference]) {
        for (i, r) in references.enumerated() {
            if let s = r.surnames.first { bySurname[TextFolding.fold(s), default: []].append((i, r.year)) }
            if let n = r.number { byNumber[n] = i }
        }
    }

    var isEmpty: Bool { bySurname.isEmpty && byNumber.isEmpty }

    func hasSurname(_ s: String) -> Bool { bySurname[TextFolding.fold(s)] != nil }

    func find(surname: String, year: Int?) -> Int? {
        guard let candidates = bySurname[TextFolding.fold(surname)] else { return nil }
        if let hit = candidates.first(where: { $0.1 == year }) { return hit.0 }
        return candidates.count == 1 ? candidates[0].0 : nil
    }

    func find(number: Int) -> Int? { byNumber[number] }
}
