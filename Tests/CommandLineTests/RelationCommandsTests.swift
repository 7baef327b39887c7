import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct RelationCommandsTests {
    private func json(_ args: [String]) throws -> [String: Any] {
        let result = try CommandRunner.run(args)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func relationsJSONHasTheDocumentedShape() throws {
        let relations = try #require(
            try json(["relations", "--json", "--limit", "5"])["relations"] as? [[String: Any]])
        #expect(relations.count == 5)
        let top = relations[0]
        for key in ["a", "b", "weight", "documents", "types", "evidence"] { #expect(top[key] != nil, "missing \(key)") }
        #expect(Set([top["a"] as? String, top["b"] as? String]) == Set(["Turkey", "Azerbaijan"]))
        let evidence = try #require(top["evidence"] as? [[String: Any]])
        #expect(evidence.first?["file"] is String && evidence.first?["sentence"] is String)
        #expect(evidence.first?["types"] is [String] && evidence.first?["negated"] is Bool)
        let pair = try #require(
            try json(["relations", "Turkey", "Azerbaijan", "--type", "agreement", "--json"])["relations"]
                as? [[String: Any]])
        #expect(pair.count == 1)
        let bad = try CommandRunner.run(["relations", "--type", "friendship"])
        #expect(bad.status == 64)
    }

    @Test func relatedSaysWhy() throws {
        let object = try json(["related", "000_45de64f5f9f10c87.txt", "--json"])
        let related = try #require(object["related"] as? [[String: Any]])
        #expect(related.count == 4)
        #expect((related.first?["reason"] as? String)?.hasPrefix("shares ") == true)
        let missing = try CommandRunner.run(["related", "nope.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "dossier: nope.txt: not an article of this corpus (see: dossier articles)\n")
    }

    @Test func searchPrintsKeywordInContext() throws {
        let result = try CommandRunner.run(["search", "\"Treaty of Kars\""])
        #expect(result.status == 0)
        #expect(result.stdout.contains("[Treaty of Kars]"))
        let object = try json(["search", "susa", "--json"])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.contains { ($0["match"] as? String) == "Şuşa" })
    }

    @Test func exportsRenderAndParse() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // GraphML is well-formed XML with a node per actor.
        let graphml = dir.appendingPathComponent("net.graphml")
        #expect(try CommandRunner.run(["export", "--format", "graphml", "-o", graphml.path]).status == 0)
        let parser = XMLParser(data: try Data(contentsOf: graphml))
        #expect(parser.parse())
        let xml = try String(contentsOf: graphml, encoding: .utf8)
        #expect(xml.contains(#"<data key="label">Turkey</data>"#))
        // DOT renders with Graphviz.
        let dot = dir.appendingPathComponent("net.dot")
        #expect(try CommandRunner.run(["export", "--format", "dot", "--min-weight", "2", "-o", dot.path]).status == 0)
        let render = try Subprocess.run(
            "/usr/bin/dot", ["-Tsvg", "-o", dir.appendingPathComponent("net.svg").path, dot.path], environment: [:])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("net.svg"), encoding: .utf8).contains("<svg"))
        // CSV has a header and one row per relation.
        let csv = try CommandRunner.run(["export", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("source,target,weight,documents,evidence,alliance,"))
        // JSON holds the whole model.
        let model = try json(["export", "--format", "json"])
        for key in ["articles", "actors", "relations", "edges", "timeline"] { #expect(model[key] != nil) }
    }
}
