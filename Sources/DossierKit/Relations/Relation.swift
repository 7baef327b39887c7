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
///
/// A view into its ``RelationIndex``: copying one is cheap, and its evidence, paragraphs and
/// type counts are gathered from the index's flat tables when asked for.
public struct Relation: Sendable {
    let store: RelationStore
    let slot: Int

    private var core: RelationCore { store.cores[slot] }

    /// The first actor (the more mentioned one), an id in ``ActorIndex``.
    public var a: Int { Int(core.a) }
    /// The second actor.
    public var b: Int { Int(core.b) }
    /// Strength: evidence spread over more documents weighs more than repetition inside one.
    public var weight: Double { core.weight }
    /// Number of documents with evidence (sentence or paragraph).
    public var documentCount: Int { Int(core.documentCount) }
    /// Number of sentences naming both.
    public var evidenceCount: Int { Int(core.evidenceCount) }

    /// Sentences naming both, in corpus order.
    public var evidence: [Evidence] {
        let c = core
        let start = Int(c.evidenceStart)
        return store.evidenceRefs[start..<(start + Int(c.evidenceCount))].map { store.evidence[Int($0)].evidence }
    }

    /// Per document, paragraphs naming both but no sentence naming both (weaker evidence).
    public var paragraphs: [Int: Int] {
        let c = core
        var result: [Int: Int] = [:]
        for k in Int(c.paragraphStart)..<(Int(c.paragraphStart) + Int(c.paragraphCount)) {
            result[Int(store.paragraphDocuments[k])] = Int(store.paragraphCounts[k])
        }
        return result
    }

    /// How many evidence sentences carry each type.
    public var typeCounts: [RelationType: Int] {
        let c = core
        var counts: [RelationType: Int] = [:]
        let start = Int(c.evidenceStart)
        var perBit = [Int](repeating: 0, count: RelationType.allCases.count)
        for ref in store.evidenceRefs[start..<(start + Int(c.evidenceCount))] {
            let bits = store.evidence[Int(ref)].types
            for i in perBit.indices where bits & (UInt8(1) << i) != 0 { perBit[i] += 1 }
        }
        for (i, t) in RelationType.allCases.enumerated() where perBit[i] > 0 { counts[t] = perBit[i] }
        return counts
    }

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
