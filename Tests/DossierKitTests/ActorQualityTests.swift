import Foundation
import Testing

@testable import DossierKit

/// Precision and recall of the actor index against careful hand annotation.
@Suite struct ActorQualityTests {
    @Test func seedsReachNinetyPercentPrecisionAndRecall() throws {
        let corpus = Fixtures.seedCorpus
        let score = ActorEvaluation.score(corpus, gold: try ActorEvaluation.gold("seeds.tsv"))
        print("seeds: \(score)")
        print("seeds false positives: \(score.falsePositives)")
        print("seeds misses: \(score.misses)")
        #expect(score.gold == 195)
        #expect(score.precision >= 0.9)
        #expect(score.recall >= 0.9)
    }

    @Test func articlesAboutOtherRegions() throws {
        let folder = Fixtures.root.appendingPathComponent("Tests/Fixtures/articles").path
        let corpus = try Corpus.open(paths: [folder], catalog: .builtIn)
        let score = ActorEvaluation.score(corpus, gold: try ActorEvaluation.gold("regions.tsv"))
        print("regions: \(score)")
        print("regions false positives: \(score.falsePositives)")
        print("regions misses: \(score.misses)")
        #expect(score.gold == 985)
        // spaCy's en_core_web_sm scores precision 0.645 and recall 0.718 on the same articles,
        // annotation and sentences (scripts/spacy-baseline.py); dossier must do better.
        #expect(score.precision >= 0.9)
        #expect(score.recall >= 0.9)
    }
}
