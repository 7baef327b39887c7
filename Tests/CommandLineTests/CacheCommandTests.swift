import Foundation
import Testing

/// The cache from the command line: where it goes, how to turn it off, and that it changes
/// nothing in what the commands print.
@Suite struct CacheCommandTests {
    @Test func theCacheIsRelocatableCanBeTurnedOffAndChangesNoOutput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cachecli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cacheDir = dir.appendingPathComponent("cache").path
        let plain = try CommandRunner.run(["actors", "--json", "--no-cache"])
        #expect(plain.status == 0)
        #expect(!FileManager.default.fileExists(atPath: cacheDir))
        let cold = try CommandRunner.run(["actors", "--json", "--cache-dir", cacheDir])
        let files = try FileManager.default.contentsOfDirectory(atPath: cacheDir + "/corpora")
        #expect(files.count == 1 && files[0].hasPrefix("seeds-") && files[0].hasSuffix(".dossier-cache"))
        let warm = try CommandRunner.run(["actors", "--json", "--cache-dir", cacheDir])
        #expect(cold.stdout == plain.stdout && warm.stdout == plain.stdout)
        #expect(warm.stderr.isEmpty)
        let relations = try CommandRunner.run(["relations", "Turkey", "--json", "--cache-dir", cacheDir])
        let fresh = try CommandRunner.run(["relations", "Turkey", "--json", "--no-cache"])
        #expect(relations.stdout == fresh.stdout)
        // A damaged cache: one warning, the right answer, a repaired cache.
        // (The file's own first line, whatever the format's number, then garbage.)
        let cacheFile = URL(fileURLWithPath: cacheDir + "/corpora/" + files[0])
        let magic = try Data(contentsOf: cacheFile).prefix { $0 != 0x0A } + Data("\n".utf8)
        #expect(magic.starts(with: Data("DOSSIER-CACHE-".utf8)))
        try (magic + Data("garbage".utf8)).write(to: cacheFile)
        let repaired = try CommandRunner.run(["actors", "--json", "--cache-dir", cacheDir])
        #expect(repaired.stdout == plain.stdout)
        #expect(repaired.stderr.hasSuffix("damaged cache; analysing the corpus again\n"))
        #expect(repaired.stderr.filter { $0 == "\n" }.count == 1)
        #expect(try CommandRunner.run(["actors", "--json", "--cache-dir", cacheDir]).stderr.isEmpty)
    }
}
