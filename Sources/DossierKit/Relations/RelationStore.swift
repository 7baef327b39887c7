/// One relation in a ``RelationStore``: the pair, its strength and where its evidence and
/// paragraphs lie in the store's flat tables. 32 bytes: the weight, a number of hundredths,
/// is kept as that number.
struct RelationCore: Sendable, Equatable {
    var a: Int32
    var b: Int32
    var documentCount: Int32
    var evidenceStart: Int32
    var evidenceCount: Int32
    var paragraphStart: Int32
    var paragraphCount: Int32
    /// The weight in hundredths.
    var hundredths: Int32

    /// A relation whose weight is `weight` (rounded to hundredths, as relation building
    /// rounds it: such a weight reads back exactly).
    init(
        a: Int32, b: Int32, documentCount: Int32, evidenceStart: Int32, evidenceCount: Int32, paragraphStart: Int32,
        paragraphCount: Int32, weight: Double
    ) {
        self.a = a
        self.b = b
        self.documentCount = documentCount
        self.evidenceStart = evidenceStart
        self.evidenceCount = evidenceCount
        self.paragraphStart = paragraphStart
        self.paragraphCount = paragraphCount
        hundredths = Int32(clamping: Int64((weight * 100).rounded()))
    }

    /// The weight: as relation building computed it, `(w * 100).rounded() / 100`.
    var weight: Double { Double(hundredths) / 100 }
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
        self.init(
            evidence: evidenceTable, cores: cores, evidenceRefs: refsTable, paragraphDocuments: documentsTable,
            paragraphCounts: countsTable)
    }

    /// A store of `cores` (any order) with tables made already (see ``TableFiller``).
    convenience init(
        evidence: Table<EvidenceRecord>, cores: consuming [RelationCore], evidenceRefs: Table<Int32>,
        paragraphDocuments: Table<Int32>, paragraphCounts: Table<Int32>
    ) {
        var filler = TableFiller<RelationCore>(capacity: cores.count)
        for c in cores { filler.append(c) }
        cores = []
        self.init(
            evidence: evidence, cores: filler, evidenceRefs: evidenceRefs, paragraphDocuments: paragraphDocuments,
            paragraphCounts: paragraphCounts)
    }

    /// A store of the cores in `filler` (any order; best in ascending order of actors, as
    /// relation building makes them), put strongest first in place: the relations are held
    /// once, not copied.
    convenience init(
        evidence evidenceTable: Table<EvidenceRecord>, cores filler: consuming TableFiller<RelationCore>,
        evidenceRefs refsTable: Table<Int32>, paragraphDocuments documentsTable: Table<Int32>,
        paragraphCounts countsTable: Table<Int32>
    ) {
        // Strongest first, then by actors: a stable radix sort by actors, then by weight.
        // Weights are hundredths (see ``RelationIndex``), so hundredths order them exactly.
        func hundredths(_ c: RelationCore) -> Int64 { Int64(c.hundredths) }
        filler.withValues { cores in
            var inOrder = true
            for i in cores.indices.dropFirst() where Self.actorsKey(cores[i]) < Self.actorsKey(cores[i - 1]) {
                inOrder = false
                break
            }
            if !inOrder {
                var byActors = Array(cores)
                RadixSort.sort(&byActors) { Self.actorsKey($0) }
                for (i, c) in byActors.enumerated() { cores[i] = c }
            }
        }
        let count = filler.count
        let strongest = (0..<count).reduce(0) { max($0, hundredths(filler[$1])) }
        // The order strongest first as positions in actor order (four bytes a value to move).
        var order = Array(0..<Int32(count))
        RadixSort.sort(&order) { strongest - hundredths(filler[Int($0)]) }
        // The pair lookup: pairs in ascending order with their slots. Cores ordered by actors
        // with `a < b` (as relation building makes them) are in that order already.
        var keys = TableFiller<Int64>(capacity: count)
        var slots = TableFiller<Int32>(capacity: count)
        var slotOf = [Int32](repeating: 0, count: count)
        for (slot, position) in order.enumerated() { slotOf[Int(position)] = Int32(slot) }
        var keysInOrder = true
        for i in 0..<count {
            let key = RelationStore.key(filler[i].a, filler[i].b)
            if i > 0 && key < keys[i - 1] { keysInOrder = false }
            keys.append(key)
            slots.append(slotOf[i])
        }
        if !keysInOrder {
            var pairs = (0..<count).map { (key: keys[$0], slot: slots[$0]) }
            RadixSort.sort(&pairs) { $0.key }
            keys = TableFiller(capacity: count)
            slots = TableFiller(capacity: count)
            for p in pairs {
                keys.append(p.key)
                slots.append(p.slot)
            }
        }
        slotOf = []
        // Strongest first, in place: the value at `k` is the one at `order[k]`, moved cycle by
        // cycle (a position done is marked -1).
        filler.withValues { cores in
            for start in 0..<count where order[start] >= 0 {
                let saved = cores[start]
                var k = start
                while true {
                    let source = Int(order[k])
                    order[k] = -1
                    if source == start {
                        cores[k] = saved
                        break
                    }
                    cores[k] = cores[source]
                    k = source
                }
            }
        }
        order = []
        self.init(
            sorted: filler.table(), evidence: evidenceTable, evidenceRefs: refsTable,
            paragraphDocuments: documentsTable,
            paragraphCounts: countsTable, pairKeys: keys.table(), pairSlots: slots.table())
    }

    /// The order of relations by actors.
    private static func actorsKey(_ c: RelationCore) -> Int64 { Int64(c.a) << 32 | Int64(c.b) }

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
