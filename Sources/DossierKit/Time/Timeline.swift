/// Dated sentences across documents, in time order.
public struct Timeline: Sendable {
    /// Every date mention, ordered by period, then document and position.
    public private(set) var entries: [DateMention]

    public init(entries: [DateMention] = []) {
        self.entries = entries.sorted {
            ($0.period.start, $0.period.end, $0.document, $0.range.start) < (
                $1.period.start, $1.period.end, $1.document, $1.range.start
            )
        }
    }

    /// Entries already in timeline order (from the cache).
    init(sorted entries: [DateMention]) { self.entries = entries }

    /// The entries whose sentence mentions `actor` (an id in `index`).
    public func entries(mentioning actor: Int, in index: ActorIndex) -> [DateMention] {
        guard actor < index.actors.count else { return [] }
        let sentences = Set(
            index.actors[actor].mentions.map { SentenceRef(document: $0.document, sentence: $0.sentence) })
        return entries.filter { sentences.contains(SentenceRef(document: $0.document, sentence: $0.sentence)) }
    }
}

/// A sentence of a corpus: document and sentence index.
public struct SentenceRef: Sendable, Hashable, Codable, Comparable {
    public var document: Int
    public var sentence: Int

    public init(document: Int, sentence: Int) {
        self.document = document
        self.sentence = sentence
    }

    public static func < (a: SentenceRef, b: SentenceRef) -> Bool {
        (a.document, a.sentence) < (b.document, b.sentence)
    }
}
