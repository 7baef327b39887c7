import Foundation

/// All actor–actor relations of a corpus: pairs named in the same sentence (and, more weakly,
/// the same paragraph), typed by the relation cue lexicon.
public struct RelationIndex: Sendable {
    /// Relations, strongest first.
    public private(set) var relations: [Relation] = []
    private var byActor: [Int: [Int]] = [:]
    private var byPair: [Int64: Int] = [:]

    public init() {}

    /// Builds the relations of `documents` whose actors are in `actors`.
    public init(documents: [Document], actors: ActorIndex, lexicon: CueLexicon) {
        let cues = RelationCues(lexicon: lexicon)
        // One evidence value per sentence that names two actors or more, and flat lists of
        // (pair, sentence) and (pair, document) entries: sorting them groups each pair's
        // evidence in text order with far less memory than a dictionary of arrays per pair.
        var sentenceEvidence: [Evidence] = []
        var sentencePairs: [(key: Int64, evidence: Int32)] = []
        var paragraphPairs: [(key: Int64, document: Int32)] = []
        for (d, doc) in documents.enumerated() {
            guard d < actors.mentionsByDocument.count else { continue }
            var bySentence: [Int: Set<Int>] = [:]
            var namesBySentence: [Int: [TextRange]] = [:]
            for (actor, m) in actors.mentionsByDocument[d] {
                bySentence[m.sentence, default: []].insert(actor)
                namesBySentence[m.sentence, default: []].append(m.range)
            }
            var byBlock: [Int: Set<Int>] = [:]
            var sentencePairsInBlock: [Int: Set<Int64>] = [:]
            var text = doc.text
            text.withUTF8 { bytes in
                for (s, ids) in bySentence.sorted(by: { $0.key < $1.key }) {
                    let sentence = doc.structure.sentences[s]
                    byBlock[sentence.block, default: []].formUnion(ids)
                    guard ids.count >= 2 else { continue }
                    // Words inside actor names ("United" in "United States") are not cues.
                    let names = (namesBySentence[s] ?? []).sorted { $0.start < $1.start }
                    let tokens = Self.outside(
                        names, Tokenizer.tokens(bytes, pieces: doc.structure.pieces(of: sentence)))
                    let (types, negated) = cues.types(of: tokens)
                    let typeList = types.isEmpty ? [RelationType.other] : types.sorted()
                    let index = Int32(sentenceEvidence.count)
                    sentenceEvidence.append(
                        Evidence(
                            document: d, sentence: s, range: sentence.range, types: typeList,
                            negatedTypes: negated.sorted()))
                    let sorted = ids.sorted()
                    for i in 0..<sorted.count {
                        for j in (i + 1)..<sorted.count {
                            let key = Self.key(sorted[i], sorted[j])
                            sentencePairs.append((key, index))
                            sentencePairsInBlock[sentence.block, default: []].insert(key)
                        }
                    }
                }
            }
            for (block, ids) in byBlock where ids.count >= 2 {
                let sorted = ids.sorted()
                for i in 0..<sorted.count {
                    for j in (i + 1)..<sorted.count {
                        let key = Self.key(sorted[i], sorted[j])
                        if sentencePairsInBlock[block]?.contains(key) == true { continue }
                        paragraphPairs.append((key, Int32(d)))
                    }
                }
            }
        }
        sentencePairs.sort { ($0.key, $0.evidence) < ($1.key, $1.evidence) }
        paragraphPairs.sort { ($0.key, $0.document) < ($1.key, $1.document) }
        var relations: [Relation] = []
        var i = 0
        var j = 0
        while i < sentencePairs.count || j < paragraphPairs.count {
            let key = min(
                i < sentencePairs.count ? sentencePairs[i].key : Int64.max,
                j < paragraphPairs.count ? paragraphPairs[j].key : Int64.max)
            var ev: [Evidence] = []
            while i < sentencePairs.count && sentencePairs[i].key == key {
                ev.append(sentenceEvidence[Int(sentencePairs[i].evidence)])
                i += 1
            }
            var para: [Int: Int] = [:]
            while j < paragraphPairs.count && paragraphPairs[j].key == key {
                para[Int(paragraphPairs[j].document), default: 0] += 1
                j += 1
            }
            // Evidence is in document order: count it per document in one pass.
            var perDoc: [(document: Int, count: Int)] = []
            for e in ev {
                if perDoc.last?.document == e.document {
                    perDoc[perDoc.count - 1].count += 1
                } else {
                    perDoc.append((e.document, 1))
                }
            }
            var weight = 0.0
            // Each document counts 1, and repetition inside it adds little: a second document
            // outweighs up to about fifty more sentences in the first.
            for (_, n) in perDoc { weight += 1 + 0.25 * log(Double(n)) }
            let withSentences = Set(perDoc.map(\.document))
            for (doc, n) in para.sorted(by: { $0.key < $1.key }) where !withSentences.contains(doc) {
                weight += 0.25 * (1 + log(Double(n)))
            }
            var counts: [RelationType: Int] = [:]
            for e in ev { for t in e.types { counts[t, default: 0] += 1 } }
            relations.append(
                Relation(
                    a: Int(key >> 32), b: Int(key & 0xFFFF_FFFF), evidence: ev, paragraphs: para,
                    weight: (weight * 100).rounded() / 100, documentCount: withSentences.union(para.keys).count,
                    typeCounts: counts))
        }
        relations.sort { ($0.weight, $1.a, $1.b) > ($1.weight, $0.a, $0.b) }
        self.init(restoring: relations)
    }

    /// An index of `relations`, already in order (from a cache, or just built).
    init(restoring relations: [Relation]) {
        self.relations = relations
        for (i, r) in relations.enumerated() {
            byActor[r.a, default: []].append(i)
            byActor[r.b, default: []].append(i)
            byPair[Self.key(r.a, r.b)] = i
        }
    }

    /// The tokens (in text order) that start outside every range of `names` (sorted by start):
    /// one sweep, so a sentence with thousands of names stays linear.
    static func outside(_ names: [TextRange], _ tokens: [Token]) -> [Token] {
        guard !names.isEmpty else { return tokens }
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        var i = 0
        var reach = Int.min  // the furthest end among names starting at or before the token
        for t in tokens {
            while i < names.count && names[i].start <= t.start {
                reach = max(reach, names[i].end)
                i += 1
            }
            if t.start >= reach { kept.append(t) }
        }
        return kept
    }

    static func key(_ a: Int, _ b: Int) -> Int64 { Int64(min(a, b)) << 32 | Int64(max(a, b)) }

    /// Relations of `actor`, strongest first.
    public func relations(of actor: Int) -> [Relation] {
        (byActor[actor] ?? []).map { relations[$0] }
    }

    /// The relation between two actors, if they are related.
    public func relation(_ a: Int, _ b: Int) -> Relation? {
        byPair[Self.key(a, b)].map { relations[$0] }
    }
}
