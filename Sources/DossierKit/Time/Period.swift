/// How precisely a date expression pins down time.
public enum DatePrecision: String, Sendable, Codable, CaseIterable {
    case day, month, year, range, decade, century
}

/// A calendar day as a sortable number: 19180528 is 28 May 1918.
public typealias DayNumber = Int

/// A closed interval of days that a date expression stands for.
public struct Period: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    /// First day.
    public var start: DayNumber
    /// Last day.
    public var end: DayNumber
    /// How the expression was stated.
    public var precision: DatePrecision

    public init(start: DayNumber, end: DayNumber, precision: DatePrecision) {
        self.start = start
        self.end = max(start, end)
        self.precision = precision
    }

    /// One day.
    public static func day(_ y: Int, _ m: Int, _ d: Int) -> Period {
        Period(start: y * 10000 + m * 100 + d, end: y * 10000 + m * 100 + d, precision: .day)
    }

    /// A whole month.
    public static func month(_ y: Int, _ m: Int) -> Period {
        Period(start: y * 10000 + m * 100 + 1, end: y * 10000 + m * 100 + daysIn(m, y), precision: .month)
    }

    /// Whole years from `a` to `b`.
    public static func years(_ a: Int, _ b: Int, precision: DatePrecision) -> Period {
        Period(start: a * 10000 + 101, end: b * 10000 + 1231, precision: precision)
    }

    /// Days in month `m` of year `y`.
    public static func daysIn(_ m: Int, _ y: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// First year covered.
    public var startYear: Int { start / 10000 }
    /// Last year covered.
    public var endYear: Int { end / 10000 }

    /// True when the two periods share a day.
    public func overlaps(_ other: Period) -> Bool { start <= other.end && other.start <= end }

    public static func < (a: Period, b: Period) -> Bool { a.start != b.start ? a.start < b.start : a.end < b.end }

    /// ISO form: "1918-05-28", "1918-05", "1918", "1924/1928".
    public var description: String {
        func iso(_ n: DayNumber, _ p: DatePrecision) -> String {
            let y = n / 10000, m = (n / 100) % 100, d = n % 100
            func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
            switch p {
            case .day: return "\(y)-\(two(m))-\(two(d))"
            case .month: return "\(y)-\(two(m))"
            default: return "\(y)"
            }
        }
        if start == end { return iso(start, precision) }
        switch precision {
        case .month where start / 100 == end / 100: return iso(start, .month)
        case .year where startYear == endYear: return "\(startYear)"
        case .day: return iso(start, .day) + "/" + iso(end, .day)
        case .month: return iso(start, .month) + "/" + iso(end, .month)
        default: return "\(startYear)/\(endYear)"
        }
    }
}

/// A date expression found in a sentence. Numbers are stored in 32-bit fields (48 bytes
/// instead of 72: a timeline of 200,000 dates keeps 5 MB less); a day number of the years
/// −9999 to 9999 fits.
public struct DateMention: Sendable, Hashable {
    /// The expression as written.
    public var text: String
    private var storedDocument: Int32
    private var storedSentence: Int32
    private var start: Int32
    private var end: Int32
    private var firstDay: Int32
    private var lastDay: Int32
    private var precision: DatePrecision

    public init(document: Int, sentence: Int, range: TextRange, text: String, period: Period) {
        self.text = text
        storedDocument = Int32(clamping: document)
        storedSentence = Int32(clamping: sentence)
        start = Int32(clamping: range.start)
        end = Int32(clamping: range.end)
        firstDay = Int32(clamping: period.start)
        lastDay = Int32(clamping: period.end)
        precision = period.precision
    }

    /// The document (index into ``Corpus/documents``).
    public var document: Int {
        get { Int(storedDocument) }
        set { storedDocument = Int32(clamping: newValue) }
    }

    /// The sentence (index into that document's ``ArticleStructure/sentences``).
    public var sentence: Int {
        get { Int(storedSentence) }
        set { storedSentence = Int32(clamping: newValue) }
    }

    /// Exact range of the expression.
    public var range: TextRange {
        get { TextRange(Int(start), Int(end)) }
        set {
            start = Int32(clamping: newValue.start)
            end = Int32(clamping: newValue.end)
        }
    }

    /// The interval it stands for.
    public var period: Period {
        get { Period(start: Int(firstDay), end: Int(lastDay), precision: precision) }
        set {
            firstDay = Int32(clamping: newValue.start)
            lastDay = Int32(clamping: newValue.end)
            precision = newValue.precision
        }
    }
}

extension DateMention: Codable {
    private enum CodingKeys: String, CodingKey {
        case document, sentence, range, text, period
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            document: try c.decode(Int.self, forKey: .document), sentence: try c.decode(Int.self, forKey: .sentence),
            range: try c.decode(TextRange.self, forKey: .range), text: try c.decode(String.self, forKey: .text),
            period: try c.decode(Period.self, forKey: .period))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(range, forKey: .range)
        try c.encode(text, forKey: .text)
        try c.encode(period, forKey: .period)
    }
}
