import Foundation
import Testing

@testable import DossierKit

@Suite struct WorkspaceTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ws-\(UUID().uuidString)").path
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    @Test func boardItemsCarryTheirCitation() throws {
        defer { cleanUp() }
        let corpus = Fixtures.corpus([
            "# Oil and Water\n\nBy Ana Silva\n\nPublished 2019\n\n## The Caspian\n\nTurkey and Azerbaijan signed in 1921. "
                + "Iran objected. Russia watched.\n"
        ])
        let doc = corpus.documents[0]
        let first = try #require(doc.structure.sentences.firstIndex { doc.displayText(of: $0).hasPrefix("Turkey") })
        let item = BoardItem(corpus: corpus, document: 0, sentences: first...(first + 1))
        #expect(item.text == "Turkey and Azerbaijan signed in 1921. Iran objected.")
        #expect(item.title == "Oil and Water")
        #expect(item.authors == ["Ana Silva"])
        #expect(item.section == "The Caspian")
        #expect(item.actors == ["Turkey", "Azerbaijan", "Iran"])
        #expect(item.year == 2019)
        #expect(item.citation.hasPrefix("Oil and Water — Ana Silva (2019)"))
        #expect(item.citation.hasSuffix(", § The Caspian, doc0.txt"))
        #expect(String(doc.text.utf8.dropFirst(item.start).prefix(item.end - item.start)) == item.text)

        var w = Workspace(folder: folder)
        try w.add(item, to: "caspian")
        w.notes.set("Key treaty.\n", on: .actor("Turkey"))
        w.notes.set("Read twice.", on: .article("doc0.txt"))
        try w.saveBoards()
        try w.saveNotes()
        let (loaded, warnings) = Workspace.load(folder: folder)
        #expect(warnings.isEmpty)
        #expect(loaded == w)

        let board = try #require(loaded.board(named: "caspian"))
        let markdown = BoardExport.markdown(board, notes: loaded.notes)
        #expect(markdown.contains("1. > Turkey and Azerbaijan signed in 1921. Iran objected."))
        #expect(markdown.contains("— *Oil and Water*, Ana Silva (2019), section “The Caspian” [`doc0.txt`]"))
        #expect(markdown.contains("Note on the article: Read twice."))
        #expect(markdown.contains("- **Turkey**: Key treaty."))
        let json = try JSONSerialization.jsonObject(with: Data(BoardExport.json(board, notes: loaded.notes).utf8))
        let object = try #require(json as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.first?["section"] as? String == "The Caspian")
        #expect(items.first?["sentences"] as? [Int] == [first, first + 1])
        #expect((object["notes"] as? [String: [String: String]])?["actors"] == ["Turkey": "Key treaty."])
    }

    @Test func aDamagedFileIsSetAsideWithAWarningNeverDropped() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("{\"boards\": [ {\"name\": \"half".utf8).write(to: URL(fileURLWithPath: folder + "/boards.json"))
        try Data("leftover".utf8).write(
            to: URL(fileURLWithPath: folder + "/" + AtomicFile.temporaryPrefix + "boards.json-1-2"))
        let (w, warnings) = Workspace.load(folder: folder)
        #expect(w.boards.isEmpty)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("boards.json: damaged (not valid JSON); kept as ") == true)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.count == 1)
        let aside = try #require(names.first { $0.hasPrefix("boards.json.corrupt-") })
        #expect(try String(contentsOfFile: folder + "/" + aside, encoding: .utf8) == "{\"boards\": [ {\"name\": \"half")
    }

    @Test func atomicWritesReplaceWholeFilesAndLeaveNoTemporaries() throws {
        defer { cleanUp() }
        let path = folder + "/deep/er/file.txt"
        try AtomicFile.write("one", to: path)
        try AtomicFile.write("two", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/deep/er") == ["file.txt"])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(throws: WorkspaceError.self) { try AtomicFile.write("x", to: "/proc/dossier-cannot/file") }
    }

    @Test func correctionsAreCatalogLinesAndUndoRestoresTheFile() throws {
        defer { cleanUp() }
        #expect(
            Correction.rename("Turkic Council", to: "Organization of Turkic States").line
                == "rename: Turkic Council | Organization of Turkic States")
        #expect(
            Correction.merge("Kandadji Commission", into: "Niger Basin Authority").line
                == "merge: Niger Basin Authority | Kandadji Commission")
        #expect(Correction.kind("Zangezur corridor", .place).line == "kind: Zangezur corridor | place")
        #expect(Correction.ignore("Land of Fire").line == "ignore: Land of Fire")
        #expect(Correction.alias("Turkey", alias: "Türkiye Cumhuriyeti").line == "alias: Turkey | Türkiye Cumhuriyeti")
        #expect(Correction.alias("Turkey", alias: "A | B").line == nil)
        #expect(Correction.rename("Turkey", to: "Evil\u{1B}[31m").line == nil)
        #expect(Correction.alias("Turkey", alias: "Tur\u{202E}key").line == nil)
        #expect(Correction.alias("Turkey", alias: "Tür\u{200B}kiye").line == nil)
        #expect(Correction.alias("Turkey", alias: "Türkiye Cumhuriyeti").line != nil)
        #expect(Board.isValidName("Кавказ 1921") && !Board.isValidName("a\u{2066}b") && !Board.isValidName("a/b"))

        let path = folder + "/catalog"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("state: Atlantis".utf8).write(to: URL(fileURLWithPath: path))
        var editor = CatalogEditor(path: path)
        try editor.apply(.ignore("Land of Fire"))
        try editor.apply(.kind("Atlantis", .place))
        #expect(
            try String(contentsOfFile: path, encoding: .utf8)
                == "state: Atlantis\nignore: Land of Fire\nkind: Atlantis | place\n")
        #expect(try editor.undo())
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "state: Atlantis\nignore: Land of Fire\n")
        #expect(try editor.undo())
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "state: Atlantis")
        #expect(try editor.undo() == false)

        // The lines do what they say when the catalog is read again.
        var fresh = CatalogEditor(path: folder + "/new-catalog")
        try fresh.apply(.kind("Atlantis", .place))
        #expect(try editor.undo() == false)
        var catalog = Catalog()
        catalog.read(
            "state: Atlantis\n" + (try String(contentsOfFile: folder + "/new-catalog", encoding: .utf8)), file: "c")
        #expect(catalog.errors.isEmpty)
        #expect(try fresh.undo())
        #expect(!FileManager.default.fileExists(atPath: folder + "/new-catalog"))
    }

    @Test func corpusFoldersAreStablePerCorpusAndApart() {
        let folders = DataFolders(environment: ["HOME": "/home/a", "XDG_DATA_HOME": "/data"])
        #expect(folders.data == "/data/dossier")
        #expect(folders.config == "/home/a/.config/dossier")
        let one = folders.corpusFolder(for: ["/tmp/../tmp/corpus"])
        #expect(one == folders.corpusFolder(for: ["/tmp/corpus/"]))
        #expect(one.hasPrefix("/data/dossier/corpora/corpus-"))
        #expect(one != folders.corpusFolder(for: ["/tmp/other/corpus"]))
        #expect(folders.corpusFolder(for: ["/a", "/b"]) == folders.corpusFolder(for: ["/b", "/a"]))
    }
}
