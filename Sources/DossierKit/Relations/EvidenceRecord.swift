/// One evidence sentence as a ``RelationStore`` keeps it: twenty bytes, relation types as bit
/// sets, stored in the cache as they lie in memory.
struct EvidenceRecord: Sendable, Equatable, BitwiseCopyable {
    var document: Int32
    var sentence: Int32
    var start: Int32
    var end: Int32
    /// Bit `i` set: `RelationType.allCases[i]` is carried.
    var types: UInt8
    /// Bit `i` set: `RelationType.allCases[i]` is negated.
    var negated: UInt8

    /// The record of a sentence carrying the types of bit set `types` (``RelationType/other``
    /// when none), of which those of `negated` stand after a negation.
    init(document: Int, sentence: Int, range: TextRange, typeBits types: UInt8, negatedBits negated: UInt8) {
        self.document = Int32(clamping: document)
        self.sentence = Int32(clamping: sentence)
        start = Int32(clamping: range.start)
        end = Int32(clamping: range.end)
        self.types = types == 0 ? Self.otherBit : types
        self.negated = negated
    }

    /// The public value: types in their order.
    var evidence: Evidence {
        Evidence(
            document: Int(document), sentence: Int(sentence), range: TextRange(Int(start), Int(end)),
            types: Self.list(types), negatedTypes: Self.list(negated))
    }

    /// Every bit stands for a type, and the range is in order (checked on reading a cache).
    var isWellFormed: Bool {
        let all = UInt8(1 << RelationType.allCases.count) - 1
        return document >= 0 && sentence >= 0 && start >= 0 && start <= end && types & ~all == 0
            && negated & ~all == 0
    }

    /// The bit of ``RelationType/other``.
    static let otherBit = bits([.other])

    static func bits(_ types: Set<RelationType>) -> UInt8 {
        var bits: UInt8 = 0
        for (i, t) in RelationType.allCases.enumerated() where types.contains(t) { bits |= 1 << i }
        return bits
    }

    static func list(_ bits: UInt8) -> [RelationType] {
        RelationType.allCases.enumerated().compactMap { i, t in bits & (UInt8(1) << i) != 0 ? t : nil }
    }
}
