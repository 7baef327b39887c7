import Foundation

@testable import DossierKit

/// Precision and recall of the actor index against a hand annotation (Tests/Fixtures/annotations).
struct ActorEvaluation {
    struct Score: CustomStringConvertible {
        var matched = 0
        var predicted = 0
        var gold = 0
        var falsePositives: [String] = []
        var misses: [String] = []
        var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
        var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
        var description: String {
            String(
                format: "precision %.3f (%d/%d), recall %.3f (%d/%d)", precision, matched, predicted, recall, matched,
                gold)
        }
        static func + (a: Score, b: Score) -> Score {
            Score(
                matched: a.matched + b.matched, predicted: a.predicted + b.predicted, gold: a.gold + b.gold,
                falsePositives: a.falsePositives + b.falsePositives, misses: a.misses + b.misses)
        }
    }

    struct GoldActor {
        var kind: ActorKind
        var names: Set<String>
        var display: String
    }

    /// Reads `annotations/NAME` into gold actors per file.
    static func gold(_ name: String) throws -> [String: [GoldActor]] {
        let url = Fixtures.root.appendingPathComponent("Tests/Fixtures/annotations/" + name)
        let text = try String(contentsOf: url, encoding: .utf8)
        var result: [String: [GoldActor]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count == 3, let kind = ActorKind(name: String(cols[1])) else { continue }
            let names = cols[2].split(separator: "|").map { String($0) }
            result[String(cols[0]), default: []].append(
                GoldActor(kind: kind, names: Set(names.map(TextFolding.fold)), display: names.first ?? ""))
        }
        return result
    }

    /// Scores the actors of `corpus` per document against `gold`.
    static func score(_ corpus: Corpus, gold: [String: [GoldActor]]) -> Score {
        var total = Score()
        for (d, doc) in corpus.documents.enumerated() {
            let name = (doc.file as NSString).lastPathComponent
            guard let expected = gold[name] else { continue }
            let actors = corpus.actors.actors.filter { a in a.documents.contains { $0.document == d } }
            var used = Set<Int>()
            var score = Score(predicted: actors.count, gold: expected.count)
            for a in actors {
                let forms = Set(([a.name] + a.aliases).map(TextFolding.fold))
                if let g = expected.indices.first(where: {
                    !used.contains($0) && expected[$0].kind == a.kind && !expected[$0].names.isDisjoint(with: forms)
                }) {
                    used.insert(g)
                    score.matched += 1
                } else {
                    score.falsePositives.append("\(name): \(a.name) [\(a.kind.rawValue)]")
                }
            }
            for (g, actor) in expected.enumerated() where !used.contains(g) {
                score.misses.append("\(name): \(actor.display) [\(actor.kind.rawValue)]")
            }
            total = total + score
        }
        return total
    }
}
