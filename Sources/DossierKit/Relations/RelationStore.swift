/// One relation in a ``RelationStore``: the pair, its strength and where its evidence and
/// paragraphs lie in the store's flat tables.
struct RelationCore: Sendable, Equatable {
    var a: Int32
    var b: Int32
    var documentCount: Int32
    var evidenceStart: Int32
    var evidenceCount: Int32
    var paragraphStart: Int32
    var paragraphCount: Int32
    var weight: Double
}

/// Every relation of a corpus in a few flat arrays, shared (read-only) by every ``Relation``
/// value: one evidence value per sentence that names two actors or more, however many pairs
/// it proves, and no dictionary or array per relation. Hundreds of thousands of relations
/// (most of them paragraph-only pairs) cost tens of bytes each.
final class RelationStore: Sendable {
    /// Evidence sentences, in corpus order.
    let evidence: Table<EvidenceRecord>
    /// Relations, strongest first.
    let cores: Table<RelationCore>
    /// Indexes into ``evidence``, each relation's run in corpus order.
    let evidenceRefs: Table<Int32>
    /// Per relation, a run of (document, paragraph count) in document order.
    let paragraphDocuments: Table<Int32>
    let paragraphCounts: Table<Int32>
    /// Relations of each actor, strongest first: `actorRelations[actorStarts[a]..<actorStarts[a+1]]`.
    let actorStarts: [Int32]
    let actorRelations: [Int32]
    /// Pair keys in ascending order with the slot of their relation, for lookups by pair.
    let pairKeys: Table<Int64>
    let pairSlots: Table<Int32>

    /// A store of `cores` (any order; they are sorted strongest first here). The arrays are
    /// taken over and let go one by one as their tables are made, so that the peak holds one
    /// copy of the relations and not two.
    convenience init(
        evidence: consuming [EvidenceRecord], cores: consuming [RelationCore], evidenceRefs: consuming [Int32],
        paragraphDocuments: consuming [Int32], paragraphCounts: consuming [Int32]
    ) {
        let evidenceTable = Table(evidence)
        evidence = []
        let refsTable = Table(evidenceRefs)
        evidenceRefs = []
        let documentsTable = Table(paragraphDocuments)
        paragraphDocuments = []
        let countsTable = Table(paragraphCounts)
        paragraphCounts = []
        // Strongest first, then by actors: a stable radix sort by actors, then by weight.
        // Weights are hundredths (see ``RelationIndex``), so hundredths order them exactly.
        func hundredths(_ c: RelationCore) -> Int64 { Int64((c.weight * 100).rounded()) }
        var byActors = cores
        cores = []
        RadixSort.sort(&byActors) { Int64($0.a) << 32 | Int64($0.b) }
        let strongest = byActors.reduce(0) { max($0, hundredths($1)) }
        // The order strongest first as positions in `byActors` (four bytes a value to move).
        var order = Array(0..<Int32(byActors.count))
        RadixSort.sort(&order) { strongest - hundredths(byActors[Int($0)]) }
        let sorted = Table<RelationCore>(count: order.count) { out in
            for (k, position) in order.enumerated() { out[k] = byActors[Int(position)] }
        }
        // The pair lookup: pairs in ascending order with their slots. Cores ordered by actors
        // with `a < b` (as relation building makes them) are in that order already.
        var slotOf = [Int32](repeating: 0, count: order.count)
        for (slot, position) in order.enumerated() { slotOf[Int(position)] = Int32(slot) }
        order = []
        var pairs = byActors.indices.map { (key: RelationStore.key(byActors[$0].a, byActors[$0].b), slot: slotOf[$0]) }
        byActors = []
        slotOf = []
        RadixSort.sort(&pairs) { $0.key }
        let keys = Table<Int64>(count: pairs.count) { out in for (k, p) in pairs.enumerated() { out[k] = p.key } }
        let slots = Table<Int32>(count: pairs.count) { out in for (k, p) in pairs.enumerated() { out[k] = p.slot } }
        self.init(
            sorted: sorted, evidence: evidenceTable, evidenceRefs: refsTable, paragraphDocuments: documentsTable,
            paragraphCounts: countsTable, pairKeys: keys, pairSlots: slots)
    }

    /// A store of `sorted` cores, already strongest first (from a cache, or just sorted), with
    /// the pair lookup table.
    init(
        sorted cores: Table<RelationCore>, evidence: Table<EvidenceRecord>, evidenceRefs: Table<Int32>,
        paragraphDocuments: Table<Int32>, paragraphCounts: Table<Int32>, pairKeys: Table<Int64>,
        pairSlots: Table<Int32>
    ) {
        self.evidence = evidence
        self.cores = cores
        self.evidenceRefs = evidenceRefs
        self.paragraphDocuments = paragraphDocuments
        self.paragraphCounts = paragraphCounts
        self.pairKeys = pairKeys
        self.pairSlots = pairSlots
        var actorCount = 0
        for c in cores { actorCount = max(actorCount, Int(c.a) + 1, Int(c.b) + 1) }
        var starts = [Int32](repeating: 0, count: actorCount + 1)
        for c in cores {
            starts[Int(c.a) + 1] += 1
            starts[Int(c.b) + 1] += 1
        }
        for i in 0..<actorCount { starts[i + 1] += starts[i] }
        var fill = starts
        var list = [Int32](repeating: 0, count: Int(starts[actorCount]))
        for (slot, c) in cores.enumerated() {
            list[Int(fill[Int(c.a)])] = Int32(slot)
            fill[Int(c.a)] += 1
            list[Int(fill[Int(c.b)])] = Int32(slot)
            fill[Int(c.b)] += 1
        }
        actorStarts = starts
        actorRelations = list
    }

    /// No relations.
    static let empty = RelationStore(
        evidence: [], cores: [], evidenceRefs: [], paragraphDocuments: [], paragraphCounts: [])

    static func key(_ a: Int32, _ b: Int32) -> Int64 { Int64(min(a, b)) << 32 | Int64(max(a, b)) }

    /// Slots of the relations of `actor`, strongest first.
    func slots(of actor: Int) -> ArraySlice<Int32> {
        guard actor >= 0, actor + 1 < actorStarts.count else { return [] }
        return actorRelations[Int(actorStarts[actor])..<Int(actorStarts[actor + 1])]
    }

    /// The slot of the relation between `a` and `b`.
    func slot(_ a: Int, _ b: Int) -> Int? {
        guard let a32 = Int32(exactly: a), let b32 = Int32(exactly: b) else { return nil }
        let key = RelationStore.key(a32, b32)
        var lo = 0
        var hi = pairKeys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if pairKeys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < pairKeys.count && pairKeys[lo] == key ? Int(pairSlots[lo]) : nil
    }
}
