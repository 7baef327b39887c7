import Foundation

/// All actor–actor relations of a corpus: pairs named in the same sentence (and, more weakly,
/// the same paragraph), typed by the relation cue lexicon.
public struct RelationIndex: Sendable {
    let store: RelationStore

    /// Relations, strongest first.
    public var relations: RelationList { RelationList(store: store) }

    /// No relations.
    public init() {
        store = .empty
    }

    /// Builds the relations of `documents` whose actors are in `actors`.
    public init(documents: [Document], actors: ActorIndex, lexicon: CueLexicon) {
        let cues = RelationCues(lexicon: lexicon)
        // One evidence value per sentence that names two actors or more, and flat lists of
        // (pair, sentence) and (pair, document) entries: sorting them groups each pair's
        // evidence in text order with far less memory than a dictionary of arrays per pair.
        // Documents are read on every core; their pairs are then joined in document order,
        // so the result does not depend on the number of threads.
        let trace = Trace()
        // Each intermediate list is let go as soon as the next one is built (peak memory).
        var perDocument: [DocumentPairs] = {
            let byDocument = actors.mentionsByDocument.flat()
            trace.mark("relations: flat mentions")
            return Parallel.map(documents) { d, doc in
                d < byDocument.count
                    ? Self.pairs(in: doc, number: d, mentions: byDocument[d], cues: cues)
                    : DocumentPairs()
            }
        }()
        trace.mark("relations: per document")
        let evidenceCount = perDocument.reduce(0) { $0 + $1.evidence.count }
        // Both lists packed alike, so that their pairs compare without unpacking.
        let numbers = max(evidenceCount, documents.count)
        if let sentences = PackedPairEntries(actors: actors.actors.count, numbers: numbers),
            let paragraphs = PackedPairEntries(actors: actors.actors.count, numbers: numbers)
        {
            store = Self.join(&perDocument, sentences, paragraphs, trace: trace)
        } else {
            store = Self.join(&perDocument, WidePairEntries(), WidePairEntries(), trace: trace)
        }
    }

    /// Joins the documents' pairs in document order (letting each document's lists go), sorts
    /// them by pair and counts each pair's evidence into the store.
    private static func join<E: PairEntries>(
        _ perDocument: inout [DocumentPairs], _ sentencePairs: E, _ paragraphPairs: E, trace: Trace
    ) -> RelationStore {
        var sentenceEvidence = TableFiller<EvidenceRecord>(capacity: perDocument.reduce(0) { $0 + $1.evidence.count })
        var sentencePairs = sentencePairs
        var paragraphPairs = paragraphPairs
        sentencePairs.reserveCapacity(perDocument.reduce(0) { $0 + $1.sentencePairs.count })
        paragraphPairs.reserveCapacity(perDocument.reduce(0) { $0 + $1.paragraphPairs.count })
        for (d, p) in perDocument.enumerated() {
            let offset = Int32(sentenceEvidence.count)
            for e in p.evidence { sentenceEvidence.append(e) }
            for (key, e) in p.sentencePairs { sentencePairs.append(key: key, number: offset + e) }
            for key in p.paragraphPairs { paragraphPairs.append(key: key, number: Int32(d)) }
        }
        perDocument = []
        // The documents' lists lie in the heap among longer-lived blocks: given back now, the
        // sort below does not add its scratch lists to them at the peak.
        FreedMemory.release()
        // Both lists arrive in evidence (and document) order: a stable sort by pair keeps it.
        // The two sorts run side by side when there are cores for both.
        let sentences = Handoff(sentencePairs)
        let paragraphs = Handoff(paragraphPairs)
        sentencePairs.removeAll()
        paragraphPairs.removeAll()
        let sortBoth: @Sendable (Int) -> Void = { part in
            if part == 0 { sentences.value.sort() } else { paragraphs.value.sort() }
        }
        if Parallel.threads > 1 {
            DispatchQueue.concurrentPerform(iterations: 2, execute: sortBoth)
        } else {
            sortBoth(0)
            sortBoth(1)
        }
        sentencePairs = sentences.value
        paragraphPairs = paragraphs.value
        sentences.value.removeAll()
        paragraphs.value.removeAll()
        trace.mark("relations: join and sort \(sentencePairs.count) + \(paragraphPairs.count)")
        // Exact capacities, counted first: an array grown by doubling would hold up to three
        // times the relations for a moment, and at tens of thousands of articles that moment
        // is the analysis's peak memory.
        let (pairCount, paragraphRuns) = Self.distinctCounts(sentencePairs, paragraphPairs)
        var cores = TableFiller<RelationCore>(capacity: pairCount)
        var evidenceRefs = TableFiller<Int32>(capacity: sentencePairs.count)
        var paragraphDocuments = TableFiller<Int32>(capacity: paragraphRuns)
        var paragraphCounts = TableFiller<Int32>(capacity: paragraphRuns)
        var i = 0
        var j = 0
        // The documents of the current pair's sentence evidence, ascending (reused).
        var withSentences: [Int32] = []
        while i < sentencePairs.count || j < paragraphPairs.count {
            let pair = min(
                i < sentencePairs.count ? sentencePairs.pair(at: i) : Int64.max,
                j < paragraphPairs.count ? paragraphPairs.pair(at: j) : Int64.max)
            let key = sentencePairs.key(ofPair: pair)
            let evidenceStart = evidenceRefs.count
            var weight = 0.0
            var documents = 0
            // Evidence is in document order: count it per document in one pass. Each document
            // counts 1, and repetition inside it adds little: a second document outweighs up
            // to about fifty more sentences in the first.
            var lastDocument = -1
            var run = 0
            withSentences.removeAll(keepingCapacity: true)
            while i < sentencePairs.count && sentencePairs.pair(at: i) == pair {
                let ref = sentencePairs.number(at: i)
                evidenceRefs.append(ref)
                let d = Int(sentenceEvidence[Int(ref)].document)
                if d != lastDocument {
                    if run > 0 { weight += 1 + 0.25 * log(Double(run)) }
                    lastDocument = d
                    run = 0
                    documents += 1
                    withSentences.append(Int32(d))
                }
                run += 1
                i += 1
            }
            if run > 0 { weight += 1 + 0.25 * log(Double(run)) }
            let paragraphStart = paragraphDocuments.count
            var s = 0
            while j < paragraphPairs.count && paragraphPairs.pair(at: j) == pair {
                let d = paragraphPairs.number(at: j)
                var n: Int32 = 0
                while j < paragraphPairs.count && paragraphPairs.pair(at: j) == pair
                    && paragraphPairs.number(at: j) == d
                {
                    n += 1
                    j += 1
                }
                paragraphDocuments.append(d)
                paragraphCounts.append(n)
                // Paragraph documents ascend too: walk the sentence documents alongside.
                while s < withSentences.count && withSentences[s] < d { s += 1 }
                if !(s < withSentences.count && withSentences[s] == d) {
                    weight += 0.25 * (1 + log(Double(n)))
                    documents += 1
                }
            }
            cores.append(
                RelationCore(
                    a: Int32(key >> 32), b: Int32(key & 0xFFFF_FFFF), documentCount: Int32(documents),
                    evidenceStart: Int32(evidenceStart), evidenceCount: Int32(evidenceRefs.count - evidenceStart),
                    paragraphStart: Int32(paragraphStart),
                    paragraphCount: Int32(paragraphDocuments.count - paragraphStart),
                    weight: (weight * 100).rounded() / 100))
        }
        sentencePairs.removeAll()
        paragraphPairs.removeAll()
        trace.mark("relations: merge \(pairCount)")
        defer { trace.mark("relations: store") }
        return RelationStore(
            evidence: sentenceEvidence.table(), cores: cores, evidenceRefs: evidenceRefs.table(),
            paragraphDocuments: paragraphDocuments.table(), paragraphCounts: paragraphCounts.table())
    }

    /// The number of distinct pairs in two lists sorted by pair, and of distinct (pair,
    /// document) runs in the second.
    private static func distinctCounts<E: PairEntries>(_ sentencePairs: E, _ paragraphPairs: E) -> (
        pairs: Int, paragraphRuns: Int
    ) {
        var pairs = 0
        var runs = 0
        var i = 0
        var j = 0
        while i < sentencePairs.count || j < paragraphPairs.count {
            let pair = min(
                i < sentencePairs.count ? sentencePairs.pair(at: i) : Int64.max,
                j < paragraphPairs.count ? paragraphPairs.pair(at: j) : Int64.max)
            pairs += 1
            while i < sentencePairs.count && sentencePairs.pair(at: i) == pair { i += 1 }
            var document: Int32 = -1
            while j < paragraphPairs.count && paragraphPairs.pair(at: j) == pair {
                if paragraphPairs.number(at: j) != document {
                    document = paragraphPairs.number(at: j)
                    runs += 1
                }
                j += 1
            }
        }
        return (pairs, runs)
    }

    /// An index over `store` (from a cache).
    init(store: RelationStore) { self.store = store }

    /// What one document contributes: its evidence sentences, (pair, evidence) entries with
    /// evidence numbered inside the document, and pairs named only in the same paragraph.
    struct DocumentPairs: Sendable {
        var evidence: [EvidenceRecord] = []
        var sentencePairs: [(key: Int64, evidence: Int32)] = []
        var paragraphPairs: [Int64] = []
    }

    private static func pairs(
        in doc: Document, number d: Int, mentions: [(actor: Int, mention: Mention)], cues: RelationCues
    ) -> DocumentPairs {
        var result = DocumentPairs()
        // Mentions grouped by sentence, in sentence order, each sentence's names by position.
        var items = mentions.map { (sentence: $0.mention.sentence, actor: $0.actor, range: $0.mention.range) }
        items.sort { ($0.sentence, $0.range.start) < ($1.sentence, $1.range.start) }
        // Sentences come block by block: the actors of the current block and the pairs its
        // sentences name, to find the pairs named only in the same paragraph.
        var block = -1
        var blockActors: [Int] = []
        var blockSentencePairs: [Int64] = []
        // Decoded for this pass only when the body is still in the cache file (an update of a
        // few files reads every other one): not kept in the document.
        var (text, structure) = doc.withContent { ($0, $1) }
        // Lists every sentence refills, kept from one to the next.
        var unique: [Int] = []
        var names: [TextRange] = []
        var spans: [WordSpan] = []
        var keys: [String?] = []
        text.withUTF8 { bytes in
            var lo = 0
            while lo < items.count {
                let s = items[lo].sentence
                var hi = lo
                while hi < items.count && items[hi].sentence == s { hi += 1 }
                defer { lo = hi }
                unique.removeAll(keepingCapacity: true)
                for i in lo..<hi { unique.append(items[i].actor) }
                Self.sortAndDeduplicate(&unique)
                let sentence = structure.sentences[s]
                if sentence.block != block {
                    Self.paragraphPairs(&blockActors, &blockSentencePairs, into: &result.paragraphPairs)
                    block = sentence.block
                }
                blockActors += unique
                guard unique.count >= 2 else { continue }
                // Words inside actor names ("United" in "United States") are not cues.
                names.removeAll(keepingCapacity: true)
                for i in lo..<hi { names.append(items[i].range) }
                Tokenizer.words(bytes, pieces: structure.pieces(of: sentence), outside: names, into: &spans)
                var words = LazyWords(bytes, spans: spans, keys: keys)
                spans = []
                keys = []
                let (types, negated) = cues.typeBits(of: &words)
                (spans, keys) = words.recycled()
                let index = Int32(result.evidence.count)
                result.evidence.append(
                    EvidenceRecord(
                        document: d, sentence: s, range: sentence.range, typeBits: types, negatedBits: negated))
                for i in 0..<unique.count {
                    for j in (i + 1)..<unique.count {
                        let key = Self.key(unique[i], unique[j])
                        result.sentencePairs.append((key, index))
                        blockSentencePairs.append(key)
                    }
                }
            }
        }
        Self.paragraphPairs(&blockActors, &blockSentencePairs, into: &result.paragraphPairs)
        return result
    }

    /// Appends to `pairs` the pairs of a block's actors that none of its sentences names
    /// together, and empties both lists for the next block.
    private static func paragraphPairs(_ actors: inout [Int], _ sentencePairs: inout [Int64], into pairs: inout [Int64])
    {
        defer {
            actors.removeAll(keepingCapacity: true)
            sentencePairs.removeAll(keepingCapacity: true)
        }
        Self.sortAndDeduplicate(&actors)
        guard actors.count >= 2 else { return }
        sentencePairs.sort()
        for i in 0..<actors.count {
            for j in (i + 1)..<actors.count {
                let key = Self.key(actors[i], actors[j])
                if !Self.contains(sentencePairs, key) { pairs.append(key) }
            }
        }
    }

    /// Sorts `list` and keeps one of each value, in place.
    private static func sortAndDeduplicate(_ list: inout [Int]) {
        list.sort()
        var kept = 0
        for i in list.indices where kept == 0 || list[kept - 1] != list[i] {
            list[kept] = list[i]
            kept += 1
        }
        list.removeLast(list.count - kept)
    }

    /// Binary search in a sorted list.
    private static func contains(_ sorted: [Int64], _ key: Int64) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == key
    }

    static func key(_ a: Int, _ b: Int) -> Int64 { Int64(min(a, b)) << 32 | Int64(max(a, b)) }

    /// Relations of `actor`, strongest first.
    public func relations(of actor: Int) -> [Relation] {
        store.slots(of: actor).map { Relation(store: store, slot: Int($0)) }
    }

    /// The relation between two actors, if they are related.
    public func relation(_ a: Int, _ b: Int) -> Relation? {
        store.slot(a, b).map { Relation(store: store, slot: $0) }
    }
}

/// The relations of an index, strongest first, each made when read.
public struct RelationList: RandomAccessCollection, Sendable {
    let store: RelationStore

    public var startIndex: Int { 0 }
    public var endIndex: Int { store.cores.count }
    public subscript(position: Int) -> Relation { Relation(store: store, slot: position) }
}
