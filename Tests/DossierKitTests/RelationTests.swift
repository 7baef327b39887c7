import Foundation
import Testing

@testable import DossierKit

private func corpus(_ texts: [String], catalog extra: String? = nil) -> Corpus {
    Fixtures.corpus(texts, catalog: extra)
}

@Suite struct RelationTests {
    @Test func sentencesTypeRelationsAndNegationIsNotCounted() throws {
        let c = corpus([
            "Georgia signed a treaty with Armenia. Georgia did not engage in direct diplomacy with Armenia. Georgia traded gas with Armenia."
        ])
        let g = try #require(c.actors.actor(named: "Georgia"))
        let a = try #require(c.actors.actor(named: "Armenia"))
        let r = try #require(c.relations.relation(g.id, a.id))
        #expect(r.evidence.count == 3)
        #expect(r.evidence[0].types == [.agreement])
        #expect(r.evidence[1].negated && r.evidence[1].negatedTypes == [.diplomacy])
        #expect(r.evidence[1].types == [.other])
        #expect(r.evidence[2].types == [.trade])
        #expect(r.typeCounts[.diplomacy] == nil)
        #expect(r.typeCounts[.agreement] == 1)
    }

    @Test func spreadOverDocumentsWeighsMoreThanRepetition() throws {
        let repeated = corpus([
            "Chile and Peru signed an accord. Chile and Peru met again. Chile and Peru talked. Chile and Peru traded.",
            "Nothing here.",
        ])
        let spread = corpus(["Chile and Peru signed an accord.", "Chile and Peru met again."])
        func weight(_ c: Corpus) throws -> Double {
            let a = try #require(c.actors.actor(named: "Chile"))
            let b = try #require(c.actors.actor(named: "Peru"))
            return try #require(c.relations.relation(a.id, b.id)).weight
        }
        #expect(try weight(spread) > weight(repeated))
    }

    @Test func paragraphCooccurrenceIsWeakerEvidence() throws {
        let c = corpus(["Kenya expanded its port. Uganda objected to the tariffs.\n\nKenya and Ethiopia met."])
        let k = try #require(c.actors.actor(named: "Kenya"))
        let u = try #require(c.actors.actor(named: "Uganda"))
        let e = try #require(c.actors.actor(named: "Ethiopia"))
        let weak = try #require(c.relations.relation(k.id, u.id))
        let strong = try #require(c.relations.relation(k.id, e.id))
        #expect(weak.evidence.isEmpty && weak.paragraphs == [0: 1])
        #expect(weak.weight < strong.weight)
    }

    @Test func pairInSeveralSeedsHasEvidenceFromEach() throws {
        let seeds = Fixtures.seedCorpus
        let turkey = try #require(seeds.actors.actor(named: "Turkey"))
        let azerbaijan = try #require(seeds.actors.actor(named: "Azerbaijan"))
        let r = try #require(seeds.relations.relation(turkey.id, azerbaijan.id))
        let docsWithBoth = Set(turkey.documents.map(\.document)).intersection(azerbaijan.documents.map(\.document))
        #expect(docsWithBoth.count >= 4)
        #expect(Set(r.evidenceByDocument.map(\.document)) == docsWithBoth)
        #expect((r.typeCounts[.alliance] ?? 0) > (r.typeCounts[.conflict] ?? 0))
        // Turkey's related actors are ranked by weight.
        let related = seeds.relations.relations(of: turkey.id)
        #expect(zip(related, related.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        #expect(related.first.map { $0.other(than: turkey.id) } == azerbaijan.id)
    }

    @Test func documentLinksSayWhy() throws {
        let seeds = Fixtures.seedCorpus
        let links = DocumentLinks.links(for: 0, in: seeds)
        #expect(links.count == 4)
        let top = try #require(links.first)
        #expect(top.document == 3)  // both are about Nakhchivan, Turkey and the Treaty-era South Caucasus
        #expect(top.reason.hasPrefix("shares "))
        #expect(top.reason.contains("Nakhchivan"))
        #expect(links.contains { $0.sharedPeriod != nil && $0.reason.contains("both cover ") })
    }
}

@Suite struct SearchTests {
    private let seeds = Fixtures.seedCorpus
    private let index = Fixtures.seedIndex

    private func texts(_ q: String, actors: Bool = false) -> [String] {
        index.search(SearchQuery(q), actors: actors ? seeds.actors : nil).map { h in
            let doc = seeds.documents[h.document]
            return doc.displayText(of: doc.structure.sentences[h.sentence])
        }
    }

    @Test func everyWordFindsExactlyTheSentencesWhoseTokensHoldItsKey() {
        // Words in and out of ASCII, in any case, longer and shorter than 16 bytes, with the
        // scalars that equal an ASCII character: the index packs some keys and not others.
        let words = [
            "treaty", "Treaty", "TREATY", "Türkiye", "turkiye", "Şuşa", "susa", "intergovernmentalism",
            "Intergovernmentalisms", "abcdefghijklmnop", "abcdefghijklmnopq", "\u{212A}iev", "Kiev", "kiev", "Ölkə",
            "e\u{301}tat", "état", "1994", "x", "X", "Nationalism", "nationalist",
        ]
        var random = TestRandom(state: 17)
        var texts: [String] = []
        for _ in 0..<6 {
            var paragraphs: [String] = []
            for _ in 0..<4 {
                var sentences: [String] = []
                for _ in 0..<4 {
                    let n = 3 + random.next(8)
                    let body = (0..<n).map { _ in words[random.next(words.count)] }.joined(separator: " ")
                    sentences.append("The " + body + ".")
                }
                paragraphs.append(sentences.joined(separator: " "))
            }
            texts.append("A title\n\n" + paragraphs.joined(separator: "\n\n"))
        }
        let corpus = Fixtures.corpus(texts)
        let index = SearchIndex(documents: corpus.documents)
        #expect(index.postingsAscend)
        for word in words {
            guard let key = Tokenizer.keys(of: word).first?.key else { continue }
            var expected: [String] = []
            for (d, doc) in corpus.documents.enumerated() {
                doc.withMaskedBytes { m in
                    for (s, sentence) in doc.structure.sentences.enumerated()
                    where Tokenizer.tokens(m, pieces: doc.structure.pieces(of: sentence)).contains(where: {
                        $0.key == key
                    }) {
                        expected.append("\(d) \(s)")
                    }
                }
            }
            let found = index.search(SearchQuery(word), limit: 10_000).map { "\($0.document) \($0.sentence)" }
            #expect(!expected.isEmpty)
            #expect(found.sorted() == expected.sorted(), "\(word)")
        }
    }

    @Test func anIndexBuiltInTheBackgroundFindsWhatADirectOneFinds() {
        let background = BackgroundSearchIndex(documents: seeds.documents)
        for q in ["turkiye", "\"Nakhchivan Autonomous\"", "oil pipeline", "Bukhara"] {
            let direct = index.search(SearchQuery(q), actors: seeds.actors)
            let found = background.index.search(SearchQuery(q), actors: seeds.actors)
            #expect(!direct.isEmpty)
            #expect(found.map(\.document) == direct.map(\.document) && found.map(\.sentence) == direct.map(\.sentence))
        }
        #expect(background.isReady)
    }

    @Test func caseAndDiacriticInsensitive() {
        #expect(
            texts("turkiye").allSatisfy { $0.contains("Türkiye") || $0.contains("TÜRKIYE") || $0.contains("Turkiye") })
        #expect(!texts("turkiye").isEmpty)
        #expect(texts("susa").contains { $0.contains("Şuşa") })
    }

    @Test func phrasesMustMatchInOrder() {
        let hits = texts("\"treaty of kars\"")
        #expect(!hits.isEmpty && hits.allSatisfy { $0.lowercased().contains("treaty of kars") })
        #expect(texts("\"kars of treaty\"").isEmpty)
        // Words match in any order, all of them.
        #expect(texts("kars treaty").count >= hits.count)
    }

    @Test func actorQueriesMatchAllAliases() {
        let plain = texts("turquia")
        let expanded = texts("turquia", actors: true)
        #expect(plain.count < expanded.count)
        #expect(expanded.contains { $0.contains("Turkey") })
    }

    @Test func resultsAreRankedAndKeywordInContext() throws {
        let hits = index.search(SearchQuery("Nakhchivan buffer"), actors: nil)
        #expect(!hits.isEmpty)
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
        let line = Concordance.line(for: hits[0], in: seeds)
        #expect(["nakhchivan", "buffer"].contains(line.keyword.lowercased()))
        let doc = seeds.documents[line.document]
        #expect(line.matches.allSatisfy { doc.structure.sentences[line.sentence].range.contains($0) })
    }

    @Test func radixSortIsAStableSortByKey() {
        var state: UInt64 = 11
        func next(_ n: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % n
        }
        for size in [0, 1, 2, 17, 5_000] {
            for spread: UInt64 in [3, 70_000, 1 << 40] {
                let items = (0..<size).map { i in (key: Int64(next(spread)) << (spread > 1000 ? 7 : 0), order: i) }
                var sorted = items
                RadixSort.sort(&sorted) { $0.key }
                let expected = items.sorted { ($0.key, $0.order) < ($1.key, $1.order) }
                #expect(sorted.map(\.key) == expected.map(\.key))
                #expect(sorted.map(\.order) == expected.map(\.order))
            }
        }
    }

    @Test func relationsAreStrongestFirstThenByActorsWhateverOrderTheyCameIn() {
        var state: UInt64 = 5
        func next(_ n: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % n
        }
        // Pairs in shuffled order, weights in hundredths with many ties, as relation building
        // makes them.
        var cores: [RelationCore] = []
        var seen = Set<Int64>()
        while cores.count < 3_000 {
            // One relation per pair of actors, the lower id first (as relation building makes them).
            let x = Int32(next(200))
            let y = Int32(next(200))
            let (a, b) = (min(x, y), max(x, y))
            guard a != b, seen.insert(Int64(a) << 32 | Int64(b)).inserted else { continue }
            let weight = (Double(next(40)) * 0.37 * 100).rounded() / 100
            cores.append(
                RelationCore(
                    a: a, b: b, documentCount: 1, evidenceStart: 0, evidenceCount: 0, paragraphStart: 0,
                    paragraphCount: 0, weight: weight))
        }
        let store = RelationStore(
            evidence: [], cores: cores, evidenceRefs: [], paragraphDocuments: [], paragraphCounts: [])
        let expected = cores.sorted { ($0.weight, $1.a, $1.b) > ($1.weight, $0.a, $0.b) }
        #expect(Array(store.cores) == expected)
        // Every pair is found again by its actors, in either order.
        for (slot, c) in expected.enumerated().prefix(500) {
            #expect(store.slot(Int(c.a), Int(c.b)) == slot && store.slot(Int(c.b), Int(c.a)) == slot)
        }
    }

    @Test func packedPairEntriesSortAsWideOnes() throws {
        var state: UInt64 = 41
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        // Small and large ranges, up to the last actor and number that fit.
        for (actors, numbers) in [(2, 1), (7, 300), (20_000, 5_000_000), (1 << 21, 1 << 21)] {
            var packed = try #require(PackedPairEntries(actors: actors, numbers: numbers))
            var wide = WidePairEntries()
            var number = 0
            for _ in 0..<4_000 {
                let x = next(8) == 0 ? actors - 1 : next(actors)
                let y = next(8) == 0 ? actors - 1 : next(actors)
                guard x != y else { continue }
                let key = RelationIndex.key(x, y)
                if next(3) == 0 { number = min(numbers - 1, number + next(numbers / 1_000 + 2)) }
                packed.append(key: key, number: Int32(number))
                wide.append(key: key, number: Int32(number))
            }
            packed.sort()
            wide.sort()
            #expect(packed.count == wide.count)
            for i in 0..<wide.count {
                #expect(packed.key(ofPair: packed.pair(at: i)) == wide.key(at: i))
                #expect(packed.number(at: i) == wide.number(at: i))
                if i > 0 { #expect(wide.key(at: i - 1) <= wide.key(at: i)) }
            }
        }
        #expect(PackedPairEntries(actors: 1 << 21, numbers: 1 << 22) == nil)
    }

    @Test func cueWordsReadOnTheirBytesTypeASentenceAsItsTokensDo() {
        let cues = RelationCues(lexicon: Catalog.builtIn.lexicon)
        // Cue words and their inflections, negations, multi-word cues, stems and other words,
        // in any case, with accents and punctuation between them.
        let words = [
            "signed", "Signed", "SIGNING", "treaty", "Treaties", "not", "only", "didn't", "never", "war", "wars",
            "joint", "statement", "statements", "ratified", "Ratification", "cooperation", "Cooperating",
            "cooperat", "İşbirliği", "Türkiye", "Çooperation", "the", "of", "and", "Aliyev", "1994", "sanctions",
            "no", "t", "x", "é", "e\u{301}", "accord", "Accords", "pact", "Cooperation", "SANCTIONED",
        ]
        let gaps = [" ", " ", " ", ", ", "-", "'", " — ", "\u{2019}", ". "]
        var state: UInt64 = 29
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<5_000 {
            var text = ""
            for k in 0..<(1 + next(12)) { text += (k > 0 ? gaps[next(gaps.count)] : "") + words[next(words.count)] }
            var copy = text
            copy.withUTF8 { bytes in
                let pieces = [TextRange(0, bytes.count)]
                let tokens = Tokenizer.tokens(bytes, pieces: pieces)
                let spans = Tokenizer.words(bytes, pieces: pieces)
                #expect(spans.map { TextRange($0.start, $0.end) } == tokens.map(\.range), "\(text)")
                var lazy = LazyWords(bytes, spans: spans)
                let fromBytes = cues.typeBits(of: &lazy)
                let fromTokens = cues.types(of: tokens)
                #expect(
                    fromBytes.types == EvidenceRecord.bits(fromTokens.types)
                        && fromBytes.negated == EvidenceRecord.bits(fromTokens.negated), "\(text)")
            }
        }
    }
}
