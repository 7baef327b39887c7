import Foundation

/// The actor network in formats other tools read: JSON, CSV, Graphviz DOT and GraphML.
public enum NetworkExport {
    /// CSV edge list; each row also carries both actors' kinds and mention counts.
    public static func csv(_ corpus: Corpus, relations: [Relation]? = nil) -> String {
        let relations = relations ?? Array(corpus.relations.relations)
        let actors = corpus.actors.actors
        let types = RelationType.allCases
        var lines = [
            (["source", "target", "weight", "documents", "evidence"] + types.map(\.rawValue)
                + ["source_kind", "target_kind", "source_mentions", "target_mentions"]).joined(separator: ",")
        ]
        for r in relations {
            let a = actors[r.a]
            let b = actors[r.b]
            var row = [
                field(a.name), field(b.name), number(r.weight), String(r.documentCount), String(r.evidence.count),
            ]
            row += types.map { String(r.typeCounts[$0] ?? 0) }
            row += [a.kind.rawValue, b.kind.rawValue, String(a.mentionCount), String(b.mentionCount)]
            lines.append(row.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Graphviz DOT: an undirected graph, nodes coloured by kind, edge width by weight.
    public static func dot(_ corpus: Corpus, relations: [Relation]? = nil) -> String {
        let relations = relations ?? Array(corpus.relations.relations)
        let actors = corpus.actors.actors
        let colours: [ActorKind: String] = [
            .state: "#4e79a7", .person: "#f28e2b", .organization: "#59a14f", .place: "#76b7b2", .agreement: "#edc948",
            .project: "#b07aa1", .event: "#e15759", .group: "#9c755f",
        ]
        var out = [
            "graph dossier {", "  graph [overlap=false];",
            "  node [shape=ellipse, style=filled, fontname=\"Helvetica\"];",
        ]
        let related = Set(relations.flatMap { [$0.a, $0.b] })
        for a in actors where related.contains(a.id) {
            out.append(
                "  n\(a.id) [label=\(quoted(a.name)), kind=\(quoted(a.kind.rawValue)), mentions=\(a.mentionCount), "
                    + "documents=\(a.documents.count), fillcolor=\(quoted(colours[a.kind] ?? "#cccccc"))];")
        }
        for r in relations {
            let label = r.typeCounts.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(
                separator: ", ")
            out.append(
                "  n\(r.a) -- n\(r.b) [weight=\(number(r.weight)), penwidth=\(number(min(8, 0.5 + r.weight / 2))), "
                    + "documents=\(r.documentCount), label=\(quoted(label))];")
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    /// GraphML for Gephi and yEd.
    public static func graphml(_ corpus: Corpus, relations: [Relation]? = nil) -> String {
        let relations = relations ?? Array(corpus.relations.relations)
        let actors = corpus.actors.actors
        var out = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
            #"  <key id="label" for="node" attr.name="label" attr.type="string"/>"#,
            #"  <key id="kind" for="node" attr.name="kind" attr.type="string"/>"#,
            #"  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>"#,
            #"  <key id="ndocuments" for="node" attr.name="documents" attr.type="int"/>"#,
            #"  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>"#,
            #"  <key id="edocuments" for="edge" attr.name="documents" attr.type="int"/>"#,
        ]
        for t in RelationType.allCases {
            out.append(#"  <key id="t_\#(t.rawValue)" for="edge" attr.name="\#(t.rawValue)" attr.type="int"/>"#)
        }
        out.append(#"  <graph id="dossier" edgedefault="undirected">"#)
        for a in actors {
            out.append(
                #"    <node id="n\#(a.id)"><data key="label">\#(xml(a.name))</data><data key="kind">\#(a.kind.rawValue)</data>"#
                    + #"<data key="mentions">\#(a.mentionCount)</data><data key="ndocuments">\#(a.documents.count)</data></node>"#
            )
        }
        for (i, r) in relations.enumerated() {
            var edge =
                #"    <edge id="e\#(i)" source="n\#(r.a)" target="n\#(r.b)"><data key="weight">\#(number(r.weight))</data>"#
                + #"<data key="edocuments">\#(r.documentCount)</data>"#
            for (t, n) in r.typeCounts.sorted(by: { $0.key < $1.key }) {
                edge += #"<data key="t_\#(t.rawValue)">\#(n)</data>"#
            }
            out.append(edge + "</edge>")
        }
        out += ["  </graph>", "</graphml>"]
        return out.joined(separator: "\n") + "\n"
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(format: "%.2f", v)
    }

    static func field(_ s: String) -> String {
        s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replacing("\"", with: "\"\"") + "\"" : s
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\n", with: " ") + "\""
    }

    /// XML-escaped text with characters XML 1.0 forbids dropped.
    static func xml(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let v = u.value
                if v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD)
                    || v >= 0x10000
                {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
