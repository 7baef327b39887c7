import ArgumentParser
import DossierKit

/// `dossier relations [NAME [NAME2]]`: how actors connect across documents, with evidence.
struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "List relations between actors with the sentences that prove them.",
        discussion: """
            Without NAME: every relation, strongest first. With NAME: that actor's related actors. \
            With NAME and NAME2: the evidence for that pair, grouped by document.
            """)

    @Argument(help: "An actor's name or alias.")
    var name: String?

    @Argument(help: "A second actor's name or alias.")
    var name2: String?

    @Option(
        help:
            "Only relations with evidence of this type: \(RelationType.allCases.map(\.rawValue).joined(separator: ", "))."
    )
    var type: String?

    @Option(help: "At most this many relations (0: all).")
    var limit: Int = 0

    @OptionGroup var corpus: CorpusPathOptions

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        if let type, RelationType(name: type) == nil {
            throw ValidationError(
                "unknown relation type '\(type)'; use one of \(RelationType.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
    }

    func run() throws {
        let opened = try corpus.open()
        let wanted = type.flatMap(RelationType.init(name:))
        var relations: [Relation]
        var focus: Actor? = nil
        if let name {
            let a = try findActor(name, in: opened)
            focus = a
            if let name2 {
                let b = try findActor(name2, in: opened)
                relations = opened.relations.relation(a.id, b.id).map { [$0] } ?? []
            } else {
                relations = opened.relations.relations(of: a.id)
            }
        } else {
            relations = Array(opened.relations.relations)
        }
        if let wanted { relations = relations.filter { ($0.typeCounts[wanted] ?? 0) > 0 } }
        if limit > 0 { relations = Array(relations.prefix(limit)) }
        if json {
            Terminal.raw(JSONOutput.encode(RelationListing(corpus: opened, relations: relations)))
            return
        }
        let actors = opened.actors.actors
        var lines: [String] = []
        if let a = focus, name2 != nil {
            guard let r = relations.first else {
                Terminal.line("no sentence names both \(a.name) and \(name2 ?? "")")
                return
            }
            lines.append(
                "\(actors[r.a].name) — \(actors[r.b].name): weight \(r.weight), \(r.documentCount) document(s), "
                    + Self.types(r))
            for group in r.evidenceByDocument {
                let doc = opened.documents[group.document]
                lines.append("")
                lines.append("\(doc.file) (\(group.evidence.count))")
                for e in group.evidence {
                    let tags =
                        e.types.map(\.rawValue).joined(separator: ",")
                        + (e.negated ? " (negated: " + e.negatedTypes.map(\.rawValue).joined(separator: ",") + ")" : "")
                    lines.append("  • [\(tags)] " + doc.displayText(of: doc.structure.sentences[e.sentence]))
                }
            }
        } else {
            lines.append("WEIGHT  DOCS  SENT  PAIR / TYPES")
            for r in relations {
                let pair: String
                if let a = focus {
                    pair = actors[r.other(than: a.id)].name
                } else {
                    pair = actors[r.a].name + " — " + actors[r.b].name
                }
                lines.append(
                    pad(String(format: "%.2f", r.weight), 6) + pad(String(r.documentCount), 6)
                        + pad(String(r.evidence.count), 6)
                        + "  " + pair + "  (" + Self.types(r) + ")")
            }
            lines.append("\(relations.count) relation\(relations.count == 1 ? "" : "s")")
        }
        Terminal.line(lines.joined(separator: "\n"))
    }

    static func types(_ r: Relation) -> String {
        r.typeCounts.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    }

    private func pad(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
}

/// The `--json` shape of `dossier relations`.
struct RelationListing: Encodable {
    struct EvidenceEntry: Encodable {
        var file: String
        var sentence: String
        var types: [String]
        var negated: Bool
        var negatedTypes: [String]
        var start: Int
        var end: Int

        enum CodingKeys: String, CodingKey {
            case file, sentence, types, negated, start, end
            case negatedTypes = "negated_types"
        }
    }

    struct Entry: Encodable {
        var a: String
        var b: String
        var weight: Double
        var documents: Int
        var types: [String: Int]
        var evidence: [EvidenceEntry]
        var paragraphs: Int
    }

    var relations: [Entry]

    init(corpus: Corpus, relations: [Relation]) {
        let actors = corpus.actors.actors
        self.relations = relations.map { r in
            Entry(
                a: actors[r.a].name, b: actors[r.b].name, weight: r.weight, documents: r.documentCount,
                types: Dictionary(uniqueKeysWithValues: r.typeCounts.map { ($0.key.rawValue, $0.value) }),
                evidence: r.evidence.map { e in
                    let doc = corpus.documents[e.document]
                    return EvidenceEntry(
                        file: doc.file, sentence: doc.displayText(of: doc.structure.sentences[e.sentence]),
                        types: e.types.map(\.rawValue),
                        negated: e.negated, negatedTypes: e.negatedTypes.map(\.rawValue), start: e.range.start,
                        end: e.range.end)
                }, paragraphs: r.paragraphs.values.reduce(0, +))
        }
    }
}
