/// One sentence that proves a relation between two actors.
public struct Evidence: Sendable, Hashable, Codable {
    /// The document.
    public var document: Int
    /// The sentence in that document.
    public var sentence: Int
    /// The sentence's exact range.
    public var range: TextRange
    /// Relation types the sentence carries (``RelationType/other`` when no cue is present).
    public var types: [RelationType]
    /// Types whose cue stands after a negation; they are not counted.
    public var negatedTypes: [RelationType]

    /// True when some cue in the sentence is negated.
    public var negated: Bool { !negatedTypes.isEmpty }
}

/// Two actors related across the corpus, with every sentence that proves it.
public struct Relation: Sendable {
    /// The first actor (the more mentioned one), an id in ``ActorIndex``.
    public var a: Int
    /// The second actor.
    public var b: Int
    /// Sentences naming both, in corpus order.
    public var evidence: [Evidence]
    /// Per document, paragraphs naming both but no sentence naming both (weaker evidence).
    public var paragraphs: [Int: Int]
    /// Strength: evidence spread over more documents weighs more than repetition inside one.
    public var weight: Double
    /// Number of documents with evidence (sentence or paragraph).
    public var documentCount: Int
    /// How many evidence sentences carry each type.
    public var typeCounts: [RelationType: Int]

    /// The other actor of the pair.
    public func other(than actor: Int) -> Int { actor == a ? b : a }

    /// Evidence grouped by document, in document order.
    public var evidenceByDocument: [(document: Int, evidence: [Evidence])] {
        var groups: [(Int, [Evidence])] = []
        for e in evidence {
            if groups.last?.0 == e.document {
                groups[groups.count - 1].1.append(e)
            } else {
                groups.append((e.document, [e]))
            }
        }
        return groups.map { (document: $0.0, evidence: $0.1) }
    }
}
