import Foundation
import Testing

@Suite struct ActorCommandsTests {
    private func json(_ args: [String]) throws -> [String: Any] {
        let result = try CommandRunner.run(args, environment: ["XDG_CONFIG_HOME": "/nonexistent-dossier-config"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func actorsJSONHasTheDocumentedShape() throws {
        let object = try json(["actors", "--json"])
        let actors = try #require(object["actors"] as? [[String: Any]])
        let first = try #require(actors.first)
        for key in ["name", "kind", "aliases", "mentions", "adjectival", "documents"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        let turkey = try #require(actors.first { $0["name"] as? String == "Turkey" })
        #expect(turkey["kind"] as? String == "state")
        let aliases = try #require(turkey["aliases"] as? [String])
        #expect(aliases.contains("Türkiye") && aliases.contains("Turkish"))
        let documents = try #require(turkey["documents"] as? [[String: Any]])
        #expect(documents.count >= 4)
        #expect(documents.first?["file"] is String && documents.first?["mentions"] is Int)
        let cited = try #require(object["cited_authors"] as? [[String: Any]])
        #expect(
            cited.contains {
                $0["name"] as? String == "Şimşek" && ($0["documents"] as? [String]) == ["000_45de64f5f9f10c87.txt"]
            })
        // Sorted by mentions.
        let counts = actors.map { a in ((a["mentions"] as? Int) ?? 0) + ((a["adjectival"] as? Int) ?? 0) }
        #expect(counts == counts.sorted(by: >))
    }

    @Test func kindFilterAndUnknownKind() throws {
        let people = try #require(try json(["actors", "--kind", "person", "--json"])["actors"] as? [[String: Any]])
        #expect(!people.isEmpty && people.allSatisfy { $0["kind"] as? String == "person" })
        #expect(people.contains { $0["name"] as? String == "Heydar Aliyev" })
        let bad = try CommandRunner.run(["actors", "--kind", "planet"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("unknown kind 'planet'"))
    }

    @Test func actorShowsAliasesAndSentencesPerDocument() throws {
        let result = try CommandRunner.run(["actor", "turkiye"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Turkey  (state)\n"))
        #expect(result.stdout.contains("003_bbf2abffa65fbe36.txt — "))
        #expect(result.stdout.contains("  • "))
        let missing = try CommandRunner.run(["actor", "Atlantis"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "dossier: no actor named 'Atlantis' (try: dossier actors)\n")
    }

    @Test func timelineJSONIsOrderedAndFiltersByActor() throws {
        let object = try json(["timeline", "--json"])
        let entries = try #require(object["timeline"] as? [[String: Any]])
        let starts = entries.compactMap { $0["start"] as? String }
        #expect(starts.count == entries.count && starts == starts.sorted())
        #expect(entries.contains { $0["text"] as? String == "May 28th, 1918" && $0["date"] as? String == "1918-05-28" })
        let kars = try #require(
            try json(["timeline", "--actor", "Treaty of Kars", "--json"])["timeline"] as? [[String: Any]])
        #expect(!kars.isEmpty && kars.allSatisfy { ($0["actors"] as? [String])?.contains("Treaty of Kars") == true })
    }
}
