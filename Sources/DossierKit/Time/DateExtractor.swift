/// Finds dates and periods in sentences: years, ranges (1924–1928), full dates (May 28th, 1918;
/// 15 September; December 7-9, 1995), months (October 1921), decades (1920s, early 1990s) and
/// centuries (20th century, XXI century), each normalised to a ``Period``.
public enum DateExtractor {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    ]
    static let centuryWords: Set<String> = [
        "century", "centuries", "asr", "asrda", "asrning", "yuzyil", "yuzyilda", "esr", "esrde", "век", "века", "веке",
        "siglo",
    ]
    static let ordinalWords: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    ]

    /// Date mentions of `document` (index `id`), in text order.
    public static func extract(_ document: Document, id: Int) -> [DateMention] {
        let structure = document.structure
        return document.withMaskedBytes { m in
            let cited = CitedRanges(structure.citations)
            let tokens = structure.sentences.map { sentence in
                var tokens = Tokenizer.tokens(m, pieces: structure.pieces(of: sentence))
                cited.removeCited(from: &tokens)
                return tokens
            }
            return mentions(sentenceTokens: tokens, masked: m, structure: structure, id: id)
        }
    }

    /// Date mentions in the tokens of each sentence of a document (index `id`), in text order.
    static func mentions(
        sentenceTokens: [[Token]], masked m: UnsafeBufferPointer<UInt8>, structure: ArticleStructure, id: Int
    ) -> [DateMention] {
        var found: [DateMention] = []
        var contextYear = structure.year
        for (s, tokens) in sentenceTokens.enumerated() {
            let dated = tokens.withUnsafeBufferPointer { scan($0, masked: m, contextYear: &contextYear) }
            for (range, period) in dated {
                found.append(
                    DateMention(
                        document: id, sentence: s, range: range, text: DisplayText.make(m, range: range),
                        period: period))
            }
        }
        return found
    }

    /// Day of month in "28", "28th", "1st".
    private static func day(_ t: Token) -> Int? {
        // One or two ASCII digits, then nothing or an ordinal ending (the key is folded).
        var key = t.key.utf8.makeIterator()
        guard let b0 = key.next(), UTF8Bytes.isDigit(b0) else { return nil }
        var d = Int(b0 - 0x30)
        var next = key.next()
        if let b1 = next, UTF8Bytes.isDigit(b1) {
            d = d * 10 + Int(b1 - 0x30)
            next = key.next()
        }
        if let s0 = next {
            guard let s1 = key.next(), key.next() == nil else { return nil }
            switch (s0, s1) {
            case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): break  // st nd rd th
            default: return nil
            }
        }
        return d >= 1 && d <= 31 ? d : nil
    }

    private static func year(_ t: Token) -> Int? {
        guard t.isNumber, t.end - t.start == 4, let y = Int(t.key), y >= 1000 && y <= 2100 else { return nil }
        return y
    }

    private static func gap(_ m: UnsafeBufferPointer<UInt8>, _ a: Token, _ b: Token) -> String {
        TokenGaps.text(m, a.end, b.start)
    }

    private static func isDash(_ g: String) -> Bool {
        let t = g.trimmed
        return t == "-" || t == "–" || t == "—" || t == "/"
    }

    /// Scans the tokens of one sentence.
    static func scan(
        _ tokens: UnsafeBufferPointer<Token>, masked m: UnsafeBufferPointer<UInt8>, contextYear: inout Int?
    )
        -> [(
            TextRange, Period
        )]
    {
        var out: [(TextRange, Period)] = []
        let n = tokens.count
        var i = 0
        func tok(_ k: Int) -> Token? { k < n ? tokens[k] : nil }
        /// Days `d1`…`d2` of `month` in the year that follows token `last` (", 1918" or " 1918"),
        /// or in the year the text last named; the period and the index of its last token.
        func days(_ month: Int, _ d1: Int, _ d2: Int, after last: Int) -> (Period, Int)? {
            var y = contextYear
            var end = last
            if let yt = tok(last + 1), let yy = year(yt), ["", ","].contains(gap(m, tokens[last], yt).trimmed) {
                y = yy
                end = last + 1
                contextYear = yy
            }
            guard let y, d2 >= d1 else { return nil }
            return (
                Period(start: y * 10000 + month * 100 + d1, end: y * 10000 + month * 100 + d2, precision: .day), end
            )
        }
        func followsPages(_ k: Int) -> Bool {
            guard k > 0 else { return false }
            let prev = tokens[k - 1].key
            return prev == "pp" || prev == "p" || prev == "no" || prev == "vol"
        }
        while i < n {
            // Most words start no date: a date starts with a digit, a capitalised month, or a
            // word before a century word. Those are skipped without copying their token.
            if !tokens[i].isCapitalized, !(tokens[i].key.utf8.first.map(UTF8Bytes.isDigit) ?? false),
                !(i + 1 < n && centuryFilter.mayContain(tokens[i + 1].key))
            {
                i += 1
                continue
            }
            let t = tokens[i]
            // Month first: "May 28th, 1918", "December 7-9, 1995", "October 1921", "February 8 to 11, 1994".
            if t.isCapitalized, monthFilter.mayContain(t.key), let month = monthNumbers[t.key], let next = tok(i + 1) {
                if let d1 = day(next), gap(m, t, next).trimmed.isEmpty {
                    var last = i + 1
                    var d2 = d1
                    if let a = tok(i + 2), let b = tok(i + 3), let dd = day(b), isDash(gap(m, next, a) + "") == false,
                        a.key == "to" || a.key == "and"
                    {
                        d2 = dd
                        last = i + 3
                    } else if let b = tok(i + 2), let dd = day(b), isDash(gap(m, next, b)) {
                        d2 = dd
                        last = i + 2
                    }
                    if let (p, end) = days(month, d1, d2, after: last) {
                        out.append((TextRange(t.start, tokens[end].end), p))
                        i = end + 1
                        continue
                    }
                } else if let y = year(next), gap(m, t, next).trimmed.isEmpty || gap(m, t, next).trimmed == "," {
                    out.append((TextRange(t.start, next.end), .month(y, month)))
                    contextYear = y
                    i += 2
                    continue
                }
            }
            // Day first: "15 September", "28 May 1918", "7–9 December 1995".
            if let d1 = day(t), !followsPages(i) {
                var k = i + 1
                var d2 = d1
                if let b = tok(i + 1), let dd = day(b), isDash(gap(m, t, b)) {
                    d2 = dd
                    k = i + 2
                }
                if let mt = tok(k), mt.isCapitalized, monthFilter.mayContain(mt.key), let month = monthNumbers[mt.key],
                    gap(m, tokens[k - 1], mt).trimmed.isEmpty
                {
                    if let (p, end) = days(month, d1, d2, after: k) {
                        out.append((TextRange(t.start, tokens[end].end), p))
                        i = end + 1
                        continue
                    }
                }
            }
            // Centuries: "20th century", "XXI century", "twentieth century", "early 20th century".
            // The next word is looked at first: it is rarely "century".
            if let next = tok(i + 1), centuryFilter.mayContain(next.key), centuryWords.contains(next.key),
                let c = centuryNumber(t)
            {
                var first = i
                var part = 0
                if i > 0, let p = modifier(tokens[i - 1].key) {
                    part = p
                    first = i - 1
                }
                let base = (c - 1) * 100
                let (a, b) = portion(base, 100, part)
                out.append((TextRange(tokens[first].start, next.end), .years(a, b, precision: .century)))
                i += 2
                continue
            }
            // Decades: "1920s", "early 1990s", "90s".
            if t.key.utf8.last == 0x73, t.key.utf8.count == 5 || t.key.utf8.count == 3,
                let base = Int(t.key.dropLast()),
                t.key.count == 5 ? (base >= 1000 && base <= 2090 && base % 10 == 0) : (base % 10 == 0)
            {
                let decade = t.key.count == 5 ? base : (base >= 30 ? 1900 + base : 2000 + base)
                var first = i
                var part = 0
                if i > 0, let p = modifier(tokens[i - 1].key) {
                    part = p
                    first = i - 1
                }
                let (a, b) = portion(decade, 10, part)
                out.append((TextRange(tokens[first].start, t.end), .years(a, b, precision: .decade)))
                i += 1
                continue
            }
            // Page ranges: "pp. 1920–1925".
            if t.isNumber, followsPages(i) {
                if let b = tok(i + 1), isDash(gap(m, t, b)), b.isNumber { i += 2 } else { i += 1 }
                continue
            }
            // Years and ranges: "1924–1928", "1991-93", "from 1924 to 1928", "between 1924 and 1928".
            if let y1 = year(t), !followsPages(i) {
                if let b = tok(i + 1), isDash(gap(m, t, b)), b.isNumber {
                    let y2 = year(b) ?? (b.key.count == 2 ? Int(b.key).map { (y1 / 100) * 100 + $0 } : nil)
                    if let y2, y2 > y1, y2 - y1 < 200 {
                        out.append((TextRange(t.start, b.end), .years(y1, y2, precision: .range)))
                        contextYear = y2
                        i += 2
                        continue
                    }
                }
                if let c = tok(i + 1), let b = tok(i + 2), let y2 = year(b), y2 > y1, y2 - y1 < 200,
                    c.key == "to" || (c.key == "and" && i > 0 && tokens[i - 1].key == "between") || c.key == "until"
                        || c.key == "till"
                {
                    let first = i > 0 && ["from", "between"].contains(tokens[i - 1].key) ? i - 1 : i
                    out.append((TextRange(tokens[first].start, b.end), .years(y1, y2, precision: .range)))
                    contextYear = y2
                    i += 3
                    continue
                }
                out.append((t.range, .years(y1, y1, precision: .year)))
                contextYear = y1
                i += 1
                continue
            }
            i += 1
        }
        return out
    }

    /// "early" 1, "mid" 2, "late" 3; nil for other words.
    private static func modifier(_ key: String) -> Int? {
        switch key {
        case "early", "beginning": return 1
        case "mid", "middle": return 2
        case "late", "end": return 3
        default: return nil
        }
    }

    /// The part of [base, base+length) that an "early/mid/late" modifier names.
    private static func portion(_ base: Int, _ length: Int, _ part: Int) -> (Int, Int) {
        switch part {
        case 1: return (base, base + length * 3 / 10)
        case 2: return (base + length * 3 / 10 + 1, base + length * 6 / 10)
        case 3: return (base + length * 7 / 10, base + length - 1)
        default: return (base, base + length - 1)
        }
    }

    private static let romans: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50]

    /// The century number of "20th", "XXI", "twentieth".
    /// Rule out most words before a lookup in ``months`` and ``centuryWords``.
    private static let monthFilter = WordFilter(months.keys)
    private static let centuryFilter = WordFilter(centuryWords)
    /// ``months`` asked word by word (see ``WordMap``).
    private static let monthNumbers = WordMap(months)

    /// Rules out most words before a lookup in ``ordinalWords``.
    private static let ordinalFilter = WordFilter(ordinalWords.keys)

    private static func centuryNumber(_ t: Token) -> Int? {
        if let d = day(t), t.key.count > 2 || t.isNumber { return d <= 22 ? d : nil }
        // Every ordinal word ends in "st", "nd", "rd" or "th".
        if let last = t.key.utf8.last, last == 0x74 || last == 0x64 || last == 0x68,
            ordinalFilter.mayContain(t.key), let w = ordinalWords[t.key]
        {
            return w
        }
        guard t.isAllCaps || (t.end - t.start == 1 && t.isCapitalized), t.key.allSatisfy({ romans[$0] != nil }) else {
            return nil
        }
        var total = 0
        let values = t.key.compactMap { romans[$0] }
        for (k, v) in values.enumerated() {
            if k + 1 < values.count && values[k + 1] > v { total -= v } else { total += v }
        }
        return total >= 1 && total <= 22 ? total : nil
    }
}
