/// A parsed search query: words and "quoted phrases", folded like the index.
public struct SearchQuery: Sendable, Equatable {
    /// One word or phrase: its folded token keys in order.
    public struct Clause: Sendable, Equatable {
        public var terms: [String]
        public var isPhrase: Bool
    }

    /// The clauses, all of which must match.
    public var clauses: [Clause]

    /// Parses `text`: `"treaty of kars" turkey` is one phrase and one word.
    public init(_ text: String) {
        var clauses: [Clause] = []
        var inQuote = false
        var current = ""
        func flush(phrase: Bool) {
            let keys = Tokenizer.keys(of: current).map(\.key)
            if phrase {
                if !keys.isEmpty { clauses.append(Clause(terms: keys, isPhrase: true)) }
            } else {
                for k in keys { clauses.append(Clause(terms: [k], isPhrase: false)) }
            }
            current = ""
        }
        for ch in text {
            if ch == "\"" || ch == "“" || ch == "”" {
                flush(phrase: inQuote)
                inQuote.toggle()
            } else {
                current.append(ch)
            }
        }
        flush(phrase: inQuote)
        self.clauses = clauses
    }
}

/// A sentence that matches a query.
public struct SearchHit: Sendable {
    public var document: Int
    public var sentence: Int
    /// BM25 score.
    public var score: Double
    /// Matched token spans inside the sentence: (first token, number of tokens).
    public var tokenSpans: [(Int, Int)]
}
