import Foundation
import Testing

/// Bad files among good ones: each gets one line naming it and the problem, the rest opens.
@Suite struct BadPathTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-badpath-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("# Good Article\n\nGeorgia and Armenia signed a treaty in 1921.\n".utf8)
            .write(to: dir.appendingPathComponent("good.txt"))
    }

    func cleanUp() { try? FileManager.default.removeItem(at: dir) }

    @Test func aFiftyMegabyteFileIsSkippedWithOneLine() throws {
        defer { cleanUp() }
        let big = dir.appendingPathComponent("dump.txt")
        let chunk = Data(String(repeating: "Turkey and Iran traded oil in 1990. ", count: 29_000).utf8)
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        for _ in 0..<50 { handle.write(chunk) }
        try handle.close()
        let result = try CommandRunner.run(["articles", dir.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Good Article"))
        #expect(!result.stdout.contains("dump.txt"))
        #expect(
            result.stderr
                == "warning: dump.txt: 50 MB is over the 16 MB limit for one article; skipped (see --max-file-size)\n")
        let alone = try CommandRunner.run(["articles", big.path])
        #expect(alone.status == 1)
        #expect(alone.stderr.hasPrefix("dossier: \(big.path): 50 MB is over the 16 MB limit"))
        #expect(alone.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func aSingleFiveMegabyteLineOpens() throws {
        defer { cleanUp() }
        var line = ""
        line.reserveCapacity(5_300_000)
        var i = 0
        while line.utf8.count < 5_000_000 {
            line += "Kazakhstan and Uzbekistan discussed water number \(i) at length and "
            i += 1
        }
        try Data(line.utf8).write(to: dir.appendingPathComponent("line.txt"))
        let result = try CommandRunner.run(["articles", "--json", dir.path])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let articles = try #require(object?["articles"] as? [[String: Any]])
        let line5 = try #require(articles.first { $0["file"] as? String == "line.txt" })
        #expect(line5["words"] as? Int == i * 10)
        #expect((line5["title"] as? String)?.hasPrefix("Kazakhstan and Uzbekistan") == true)
    }

    @Test func pipesDevicesAndUnreadableFilesAreNamedAndSkipped() throws {
        defer { cleanUp() }
        #expect(mkfifo(dir.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        // /proc/self/mem is a regular file whose first page cannot be read, even by root.
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("mem.txt").path, withDestinationPath: "/proc/self/mem")
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("null.txt").path, withDestinationPath: "/dev/null")
        let result = try CommandRunner.run(["articles", dir.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Good Article"))
        let lines = result.stderr.split(separator: "\n").sorted()
        #expect(
            lines == [
                "warning: mem.txt: cannot be read (input/output error); skipped",
                "warning: null.txt: cannot be read (a device); skipped",
                "warning: pipe.txt: cannot be read (a named pipe); skipped",
            ])
    }

    @Test func deepNestingIsWalked() throws {
        defer { cleanUp() }
        var deep = dir
        for level in 0..<200 { deep = deep.appendingPathComponent("l\(level % 10)") }
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try Data("Deep Down\n\nChile and Peru.\n".utf8).write(to: deep.appendingPathComponent("deep.md"))
        let result = try CommandRunner.run(["articles", "--json", dir.path])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = try #require(object?["articles"] as? [[String: Any]]).compactMap { $0["file"] as? String }
        #expect(files.count == 2)
        #expect(files.contains { $0.hasSuffix("/l9/deep.md") && $0.split(separator: "/").count == 201 })
    }

    @Test func maxFileSizeIsAnOption() throws {
        defer { cleanUp() }
        try Data(String(repeating: "Peru and Bolivia. ", count: 70_000).utf8)
            .write(to: dir.appendingPathComponent("mid.txt"))
        let skipped = try CommandRunner.run(["articles", "--max-file-size", "1", dir.path])
        #expect(skipped.stderr.contains("mid.txt: 1.2 MB is over the 1 MB limit"))
        let kept = try CommandRunner.run(["articles", "--max-file-size", "2", dir.path])
        #expect(kept.stderr.isEmpty)
        #expect(kept.stdout.contains("mid.txt"))
    }
}
