/// Parses one entry of a reference list (APA-like, Chicago-like and GOST-like styles).
public enum ReferenceParser {
    /// Parses `raw` (the entry as written, markup kept) found at `range`.
    public static func parse(raw: String, range: TextRange, number: Int?) -> Reference {
        let display = plain(raw)
        var reference = Reference(
            number: number, raw: display, authors: [], surnames: [], year: nil, title: nil, venue: nil, doi: nil,
            url: nil, range: range)
        reference.doi = Patterns.dois(in: display).first
        reference.url = Patterns.urls(in: display).first

        // Authors: "Surname, I. I., & Surname, I." or "Surname I." or "Surname, Given".
        var rest = Substring(display)
        var authors: [String] = []
        while let m = ReferencePatterns.author(rest) {
            let surname = String(m.surname)
            authors.append("\(surname), \(String(m.initials).trimmed)")
            reference.surnames.append(surname)
            rest = rest[m.end...]
            if authors.count > 30 { break }
        }
        if authors.isEmpty, let m = ReferencePatterns.givenNameAuthor(rest) {
            authors.append("\(m.surname), \(m.given)")
            reference.surnames.append(String(m.surname))
            rest = rest[m.end...]
        }
        if rest.hasPrefix(" et al.") || rest.hasPrefix(", et al.") {
            rest = rest.drop(while: { $0 != "." }).dropFirst()
        }
        reference.authors = authors

        // Year: "(2010)" right after the authors, else the last standalone year.
        if let m = ReferencePatterns.year(rest) {
            reference.year = Int(m.year)
            rest = rest[m.end...]
        } else if let y = Patterns.standaloneYears(in: String(rest)).last {
            reference.year = y
        }
        rest = rest.drop(while: { $0 == " " || $0 == "." || $0 == "," })

        // Title and venue: italics mark the container in APA; "//" or " – " in GOST.
        let italics =
            QuickScan.count(of: 0x2A, in: raw, atLeast: 2)
            ? italicSpans(raw).map { String($0).trimmed } : []
        let restText = String(rest)
        if let firstItalic = italics.first, restText.hasPrefix(firstItalic) {
            // A book: the title is in italics; what follows is the publisher.
            reference.title = firstItalic.trimmingCharacters(in: " .")
            // The same characters as `dropFirst(firstItalic.count)` when the bytes agree too.
            let after =
                restText.utf8.starts(with: firstItalic.utf8)
                ? restText[restText.utf8.index(restText.startIndex, offsetBy: firstItalic.utf8.count)...]
                    .trimmingCharacters(in: " .,")
                : restText.dropFirst(firstItalic.count).trimmingCharacters(in: " .,")
            reference.venue = after.isEmpty ? nil : stripTrailingYear(after)
        } else if let firstItalic = italics.first, let r = TextSearch.firstRange(of: firstItalic, in: restText) {
            reference.title = String(restText[..<r.lowerBound]).trimmingCharacters(in: " .,")
            reference.venue = firstItalic.trimmingCharacters(in: " .,")
        } else if let r = TextSearch.firstRange(of: "//", in: restText) {
            reference.title = String(restText[..<r.lowerBound]).trimmingCharacters(in: " .,–-")
            let venue = String(restText[r.upperBound...])
            reference.venue = stripTrailingYear(venue.split(separator: " – ").first.map(String.init) ?? venue)
        } else if let r = TextSearch.firstRange(of: " – ", in: restText)
            ?? TextSearch.firstRange(of: ". – ", in: restText)
        {
            reference.title = String(restText[..<r.lowerBound]).trimmingCharacters(in: " .,")
            reference.venue = stripTrailingYear(String(restText[r.upperBound...]))
        } else if let r = TextSearch.firstRange(of: ". ", in: restText) {
            reference.title = String(restText[..<r.lowerBound]).trimmingCharacters(in: " .,")
            let after = String(restText[r.upperBound...]).trimmingCharacters(in: " .,")
            reference.venue = after.isEmpty ? nil : stripTrailingYear(after)
        } else if !restText.isEmpty {
            reference.title = restText.trimmingCharacters(in: " .,")
        }
        reference.title = reference.title.map(withoutLinks)
        reference.venue = reference.venue.map(withoutLinks)
        if reference.title?.isEmpty == true { reference.title = nil }
        if reference.venue?.isEmpty == true { reference.venue = nil }
        return reference
    }

    /// The texts between pairs of asterisks (`*Journal of X*`), left to right: what the
    /// pattern `\*([^*]+)\*` matches, found character by character.
    static func italicSpans(_ text: String) -> [Substring] {
        // Where the text has an asterisk that is a character of its own (not the start of a
        // cluster with a combining mark), found on the bytes.
        var copy = text
        let offsets: [Int] = copy.withUTF8 { bytes in
            var offsets: [Int] = []
            let n = bytes.count
            for offset in 0..<n where bytes[offset] == 0x2A {
                let previous = offset > 0 ? bytes[offset - 1] : 0
                let next = offset + 1 < n ? bytes[offset + 1] : 0
                // Between ASCII bytes (or at an end) an asterisk is a character of its own; next
                // to other bytes, characters decide.
                if previous < 0x80 && next < 0x80 {
                    offsets.append(offset)
                } else if let i = String.Index(text.utf8.index(text.utf8.startIndex, offsetBy: offset), within: text),
                    text[i] == "*"
                {
                    offsets.append(offset)
                }
            }
            return offsets
        }
        let stars = offsets.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
        var spans: [Substring] = []
        var k = 0
        while k + 1 < stars.count {
            if offsets[k + 1] > offsets[k] + 1 {
                spans.append(text[text.index(after: stars[k])..<stars[k + 1]])
                k += 2
            } else {
                k += 1
            }
        }
        return spans
    }

    /// The entry without Markdown emphasis, escapes or autolink brackets.
    static func plain(_ raw: String) -> String {
        var copy = raw
        let (masked, _) = copy.withUTF8 { bytes -> ([UInt8], Int) in
            let hidden = MarkupMask.hiddenRanges(in: bytes)
            return (MarkupMask.masked(bytes, hidden: hidden), 0)
        }
        return DisplayText.make(masked, range: TextRange(0, masked.count))
    }

    /// Drops URLs and DOIs (kept in their own fields) from a title or venue.
    private static func withoutLinks(_ text: String) -> String {
        var t = text
        for u in Patterns.urls(in: t) { t = t.replacing(u, with: "") }
        for d in Patterns.dois(in: t) { t = t.replacing("doi:" + d, with: "").replacing(d, with: "") }
        return t.trimmingCharacters(in: " .,;")
    }

    private static func stripTrailingYear(_ text: String) -> String? {
        var t = text.trimmingCharacters(in: " .,")
        if let m = t.firstMatch(of: CompiledPatterns.trailingYear) { t = String(t[..<m.range.lowerBound]) }
        t = t.trimmingCharacters(in: " .,–-")
        return t.isEmpty ? nil : t
    }
}
