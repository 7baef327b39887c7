import Foundation
import Testing

@Suite struct ArticlesCommandTests {
    @Test func jsonListsTheSeedsInTheDocumentedShape() throws {
        let result = try CommandRunner.run(["articles", "--json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let articles = try #require(object?["articles"] as? [[String: Any]])
        #expect(articles.count == 5)
        #expect(object?["warnings"] as? [String] == [])
        let first = articles[0]
        for key in ["file", "title", "authors", "year", "words", "sections", "references", "citations", "warnings"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect(first["file"] as? String == "000_45de64f5f9f10c87.txt")
        #expect(first["year"] is NSNull)
        #expect(first["references"] as? Int == 7)
        #expect(first["citations"] as? Int == 5)
        let sections = try #require(first["sections"] as? [[String: Any]])
        #expect(sections.first?["title"] as? String == "Introduction")
        #expect(sections.first?["level"] as? Int == 1)
        #expect(articles[3]["year"] as? Int == 2025)
        #expect(articles[2]["authors"] as? [String] == ["Vugar Nasirov"])
    }

    @Test func tableIsAlignedAndNamesEveryArticle() throws {
        let result = try CommandRunner.run(["articles"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 7)
        #expect(lines.first?.hasPrefix("FILE") == true)
        #expect(lines.last == "5 articles")
        #expect(result.stdout.contains("Political Power Balances and the Strategic Importance of Nakhchivan"))
        // Every row puts the year column at the same place.
        let column = lines[0].range(of: "YEAR").map { lines[0].distance(from: lines[0].startIndex, to: $0.lowerBound) }
        for row in lines.dropFirst().dropLast() {
            let year = row[row.index(row.startIndex, offsetBy: column ?? 0)...].prefix(4)
            #expect(year == "—   " || year == "2025")
        }
    }

    @Test func missingPathIsOneLineAndExitCodeOne() throws {
        let result = try CommandRunner.run(["articles", "/nonexistent/corpus"])
        #expect(result.status == 1)
        #expect(result.stderr == "dossier: /nonexistent/corpus: no such file or folder\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func noArgumentsWithoutATerminalSaysSoAndExitsTwo() throws {
        let result = try CommandRunner.run([])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("dossier: the explorer needs a terminal; without one, try: dossier articles"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func otherLayoutsAndHostileTextInAFolderOfOurOwn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(
            """
            # Lithium Politics in the Andes

            By Camila Rojas

            ## Introduction

            Chile, Argentina and Bolivia hold most of the world's lithium (Sánchez, 2021).

            ## References

            Sánchez, P. (2021). The lithium triangle. *Andean Review*, 4, 1–20.
            """.utf8
        ).write(to: dir.appendingPathComponent("andes.md"))
        try Data("\u{1B}]0;pwned\u{07}Evil \u{1B}[31mtitle\n\nBody text of the article goes on here.".utf8)
            .write(to: dir.appendingPathComponent("evil.txt"))
        try Data([0x47, 0x68, 0x61, 0x6E, 0x61, 0xE9, 0x0D, 0x0A]).write(to: dir.appendingPathComponent("cp1252.txt"))
        let result = try CommandRunner.run(["articles", dir.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Lithium Politics in the Andes — Camila Rojas"))
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("\u{07}"))
        #expect(result.stdout.contains("␛"))
        #expect(result.stderr == "warning: cp1252.txt: not valid UTF-8; decoded as Windows-1252\n")
        let json = try CommandRunner.run(["articles", "--json", dir.path])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let articles = try #require(object?["articles"] as? [[String: Any]])
        #expect(articles.map { $0["file"] as? String } == ["andes.md", "cp1252.txt", "evil.txt"])
        #expect(articles[0]["citations"] as? Int == 1)
        #expect(articles[1]["warnings"] as? [String] == ["cp1252.txt: not valid UTF-8; decoded as Windows-1252"])
    }
}
