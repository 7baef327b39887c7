/// A list of (pair, number) entries that relation building sorts by pair: a pair of actors
/// named together and the evidence sentence (or document) that names them. The lists hold
/// millions of entries at tens of thousands of articles, and their sort is the analysis's
/// moment of peak memory, so ``PackedPairEntries`` keeps each entry in one 64-bit word when
/// the numbers fit; ``WidePairEntries`` is the general form.
///
/// Entries are appended in ascending number order; ``sort()`` orders them by pair, keeping
/// that order among entries of one pair, so that both forms give the same sequence.
protocol PairEntries: Sendable {
    var count: Int { get }
    /// The pair of entry `i` in a form that orders pairs as their keys do, comparable between
    /// lists made alike (the same actor and number counts): cheaper to read than the key.
    func pair(at i: Int) -> Int64
    /// The key of a pair read with ``pair(at:)``: `a << 32 | b` with `a < b`
    /// (``RelationIndex/key(_:_:)``).
    func key(ofPair pair: Int64) -> Int64
    /// The number of entry `i`.
    func number(at i: Int) -> Int32
    mutating func append(key: Int64, number: Int32)
    mutating func reserveCapacity(_ n: Int)
    /// Orders the entries by pair, entries of one pair in the order they were appended.
    mutating func sort()
    /// Lets the entries go.
    mutating func removeAll()
}

/// Entries as (pair, number) tuples: 16 bytes each, for any actor and number.
struct WidePairEntries: PairEntries {
    private var entries: [(key: Int64, number: Int32)] = []

    var count: Int { entries.count }
    func pair(at i: Int) -> Int64 { entries[i].key }
    func key(ofPair pair: Int64) -> Int64 { pair }
    /// The key of entry `i`.
    func key(at i: Int) -> Int64 { entries[i].key }
    func number(at i: Int) -> Int32 { entries[i].number }
    mutating func append(key: Int64, number: Int32) { entries.append((key, number)) }
    mutating func reserveCapacity(_ n: Int) { entries.reserveCapacity(n) }
    mutating func sort() { RadixSort.sort(&entries) { $0.key } }
    mutating func removeAll() { entries = [] }
}

/// Entries packed in one 64-bit word each, the smaller actor in the top bits, then the larger,
/// then the number: sorting the words sorts by pair and, among one pair's entries, by number,
/// the order they were appended in.
struct PackedPairEntries: PairEntries {
    private var words: [Int64] = []
    private let actorBits: Int64
    private let numberBits: Int64

    /// Entries for actor ids below `actors` and numbers below `numbers`; nil when they do not
    /// fit in 63 bits together.
    init?(actors: Int, numbers: Int) {
        let a = Int64(Self.bits(below: actors))
        let n = Int64(Self.bits(below: numbers))
        guard 2 * a + n <= 63 else { return nil }
        actorBits = a
        numberBits = n
    }

    /// The bits that numbers below `limit` need.
    private static func bits(below limit: Int) -> Int {
        limit <= 1 ? 0 : Int.bitWidth - (limit - 1).leadingZeroBitCount
    }

    var count: Int { words.count }

    func pair(at i: Int) -> Int64 { words[i] >> numberBits }

    func key(ofPair pair: Int64) -> Int64 {
        (pair >> actorBits) << 32 | (pair & ((1 << actorBits) - 1))
    }

    func number(at i: Int) -> Int32 {
        Int32(truncatingIfNeeded: words[i] & ((1 << numberBits) - 1))
    }

    mutating func append(key: Int64, number: Int32) {
        words.append(((key >> 32) << actorBits | (key & 0xFFFF_FFFF)) << numberBits | Int64(number))
    }

    mutating func reserveCapacity(_ n: Int) { words.reserveCapacity(n) }
    mutating func sort() { RadixSort.sort(&words) { $0 } }
    mutating func removeAll() { words = [] }
}
