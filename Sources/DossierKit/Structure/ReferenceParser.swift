/// Parses one entry of a reference list (APA-like, Chicago-like and GOST-like styles).
public enum ReferenceParser {
    /// What analysis needs of the entry `raw` (as written, markup kept) found at `range`, whose
    /// block is `block`: the authors' family names, the year and the number. The rest (title,
    /// venue, DOI, URL) is read when asked for, with ``details(raw:)``.
    public static func parse(raw: String, range: TextRange, number: Int?, block: Int) -> Reference {
        let head = Head(plain(raw))
        return Reference(number: number, surnames: head.surnames, year: head.year, range: range, block: block)
    }

    /// Everything the entry `raw` (as written, markup kept) states.
    public static func details(raw: String) -> ReferenceDetails {
        let head = Head(plain(raw))
        let display = head.display
        var details = ReferenceDetails(
            raw: display, authors: head.authors, title: nil, venue: nil, doi: Patterns.dois(in: display).first,
            url: Patterns.urls(in: display).first)
        let rest = head.rest

        // Title and venue: italics mark the container in APA; "//" or " – " in GOST.
        let italics =
            QuickScan.count(of: 0x2A, in: raw, atLeast: 2)
            ? italicSpans(raw).map { String($0).trimmed } : []
        let restText = String(rest)
        if let firstItalic = italics.first, restText.hasPrefix(firstItalic) {
            // A book: the title is in italics; what follows is the publisher.
            details.title = firstItalic.trimmingCharacters(in: " .")
            // The same characters as `dropFirst(firstItalic.count)` when the bytes agree too.
            let after =
                restText.utf8.starts(with: firstItalic.utf8)
                ? restText[restText.utf8.index(restText.startIndex, offsetBy: firstItalic.utf8.count)...]
                    .trimmingCharacters(in: " .,")
                : restText.dropFirst(firstItalic.count).trimmingCharacters(in: " .,")
            details.venue = after.isEmpty ? nil : stripTrailingYear(after)
        } else if let firstItalic = italics.first, let r = TextSearch.firstRange(of: firstItalic, in: restText) {
            details.title = String(restText[..<r.lowerBound]).trimmingCharacters(in: " .,")
            details.venue = firstItalic.trimmingCharacters(in: " .,")
        } else if let r = TextSearch.firstRange(of: "//", in: restText) {
            details.title = String(restText[..<r.lowerBound]).trimmingCharacters(in: " .,–-")
            let venue = String(restText[r.upperBound...])
            details.venue = stripTrailingYear(venue.split(separator: " – ").first.map(String.init) ?? venue)
        } else if let r = TextSearch.firstRange(of: " – ", in: restText)
            ?? TextSearch.firstRange(of: ". – ", in: restText)
        {
            details.title = String(restText[..<r.lowerBound]).trimmingCharacters(in: " .,")
            details.venue = stripTrailingYear(String(restText[r.upperBound...]))
        } else if let r = TextSearch.firstRange(of: ". ", in: restText) {
            details.title = String(restText[..<r.lowerBound]).trimmingCharacters(in: " .,")
            let after = String(restText[r.upperBound...]).trimmingCharacters(in: " .,")
            details.venue = after.isEmpty ? nil : stripTrailingYear(after)
        } else if !restText.isEmpty {
            details.title = restText.trimmingCharacters(in: " .,")
        }
        details.title = details.title.map(withoutLinks)
        details.venue = details.venue.map(withoutLinks)
        if details.title?.isEmpty == true { details.title = nil }
        if details.venue?.isEmpty == true { details.venue = nil }
        return details
    }

    /// The opening of an entry's display text: its authors and year, and what follows them.
    private struct Head {
        var display: String
        var authors: [String] = []
        var surnames: [String] = []
        var year: Int?
        var rest: Substring

        init(_ display: String) {
            self.display = display
            // Authors: "Surname, I. I., & Surname, I." or "Surname I." or "Surname, Given".
            var rest = Substring(display)
            while let m = ReferencePatterns.author(rest) {
                let surname = String(m.surname)
                authors.append("\(surname), \(String(m.initials).trimmed)")
                surnames.append(surname)
                rest = rest[m.end...]
                if authors.count > 30 { break }
            }
            if authors.isEmpty, let m = ReferencePatterns.givenNameAuthor(rest) {
                authors.append("\(m.surname), \(m.given)")
                surnames.append(String(m.surname))
                rest = rest[m.end...]
            }
            if rest.hasPrefix(" et al.") || rest.hasPrefix(", et al.") {
                rest = rest.drop(while: { $0 != "." }).dropFirst()
            }
            // Year: "(2010)" right after the authors, else the last standalone year.
            if let m = ReferencePatterns.year(rest) {
                year = Int(m.year)
                rest = rest[m.end...]
            } else if let y = Patterns.standaloneYears(in: String(rest)).last {
                year = y
            }
            self.rest = rest.drop(while: { $0 == " " || $0 == "." || $0 == "," })
        }
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
