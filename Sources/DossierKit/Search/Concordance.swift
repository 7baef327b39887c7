/// Keyword-in-context lines for search hits.
public enum Concordance {
    /// A hit turned into text: the sentence's display text with the matched spans' byte ranges.
    public struct Line: Sendable {
        public var document: Int
        public var sentence: Int
        /// The exact byte ranges of the matches in the document.
        public var matches: [TextRange]
        /// Left context, the first match, right context (display text).
        public var left: String
        public var keyword: String
        public var right: String
    }

    /// The keyword-in-context line of `hit` in `corpus`, with `width` characters of context.
    public static func line(for hit: SearchHit, in corpus: Corpus, width: Int = 40) -> Line {
        let doc = corpus.documents[hit.document]
        let sentence = doc.structure.sentences[hit.sentence]
        let ranges: [TextRange] = doc.withMaskedBytes { m in
            let tokens = Tokenizer.tokens(m, pieces: doc.structure.pieces(of: sentence))
            return hit.tokenSpans.compactMap { start, count in
                guard start < tokens.count else { return nil }
                return TextRange(tokens[start].start, tokens[min(tokens.count - 1, start + count - 1)].end)
            }
        }
        let first = ranges.first ?? TextRange(sentence.range.start, sentence.range.start)
        var left = doc.displayText(TextRange(sentence.range.start, first.start))
        let keyword = doc.displayText(first)
        var right = doc.displayText(TextRange(first.end, sentence.range.end))
        // Keep the space that separates the keyword from its context.
        let bytes = Array(doc.text.utf8)
        func isSpace(_ i: Int) -> Bool {
            i >= 0 && i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09)
        }
        if !left.isEmpty && isSpace(first.start - 1) { left += " " }
        if !right.isEmpty && isSpace(first.end) { right = " " + right }
        let l = left.count > width ? "…" + String(left.suffix(width - 1)) : left
        let r = right.count > width ? String(right.prefix(width - 1)) + "…" : right
        return Line(
            document: hit.document, sentence: hit.sentence, matches: ranges, left: l, keyword: keyword, right: r)
    }
}
