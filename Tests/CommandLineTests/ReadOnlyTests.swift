import Foundation
import Testing

/// dossier never changes the corpus: every command leaves every file, and the set of files,
/// exactly as it was.
@Suite struct ReadOnlyTests {
    /// Every file below `folder` with its bytes.
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = e?.nextObject() as? URL {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
                files[url.path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func everyCommandLeavesTheCorpusUnchanged() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in try FileManager.default.contentsOfDirectory(
            atPath: CommandRunner.root.appendingPathComponent("seeds").path)
        {
            try FileManager.default.copyItem(
                at: CommandRunner.root.appendingPathComponent("seeds/\(name)"), to: dir.appendingPathComponent(name))
        }
        try Data("organization: Test Council | TC\n".utf8).write(to: dir.appendingPathComponent("dossier.catalog"))
        let before = try snapshot(dir)
        let p = dir.path
        let commands: [[String]] = [
            ["articles", p], ["articles", "--json", p], ["actors", p], ["actors", "--json", p], ["actor", "Turkey", p],
            ["timeline", p], ["sentences", p], ["relations", "--corpus", p, "--limit", "3"],
            ["relations", "Turkey", "Azerbaijan", "--corpus", p],
            ["related", "000_45de64f5f9f10c87.txt", "--corpus", p],
            ["search", "Nakhchivan", "--corpus", p], ["export", "--format", "json", "--corpus", p],
            ["export", "--format", "graphml", "--corpus", p], [p],
            ["board", "add", "read-only", "000_45de64f5f9f10c87.txt", "2", "--to", "3", "--corpus", p],
            ["board", "list", "--corpus", p], ["board", "show", "read-only", "--corpus", p],
            ["board", "export", "read-only", "--format", "json", "--corpus", p], ["notes", "--corpus", p],
        ]
        let data = dir.deletingLastPathComponent().appendingPathComponent(dir.lastPathComponent + "-data")
        defer { try? FileManager.default.removeItem(at: data) }
        for c in commands {
            let r = try CommandRunner.run(c, environment: ["XDG_DATA_HOME": data.path])
            #expect(r.status == 0 || c == [p], "\(c): \(r.stderr)")
        }
        // An explorer session, too, that adds to a board and corrects an actor.
        let t = try TmuxSession([p], environment: "XDG_DATA_HOME=\(data.path) XDG_CONFIG_HOME=\(data.path)/config")
        try t.waitFor("Articles (5)")
        try t.send("Enter", "]", ")", "b", "Escape", "Tab", "Enter", "Enter", "v", "Escape", "t", "b", "X", "f")
        try t.type("Turkey")
        try t.send("Enter", "q")
        #expect(try t.exitRecord().hasPrefix("0\n"))
        #expect(try snapshot(dir) == before)
    }
}
