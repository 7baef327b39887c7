import Foundation
import Testing

/// Documents are analysed on every core; the output must not depend on the number of threads.
@Suite struct ThreadsTests {
    @Test(arguments: [
        ["actors", "--json"], ["relations", "--json", "--limit", "40"], ["timeline", "--json"], ["articles", "--json"],
        ["search", "--json", "--limit", "200", "the"], ["search", "--json", "Turkey", "Azerbaijan"],
    ])
    func outputIsIdenticalWhateverTheNumberOfThreads(arguments: [String]) throws {
        // Without the cache, or the second run would read what the first one wrote.
        let one = try CommandRunner.run(arguments + ["--no-cache"], environment: ["DOSSIER_THREADS": "1"])
        let four = try CommandRunner.run(arguments + ["--no-cache"], environment: ["DOSSIER_THREADS": "4"])
        #expect(one.status == 0 && four.status == 0)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == four.stdout)
    }

    /// Actors are built in shards, one per thread: two that tie on mentions and name still come
    /// in the order of their first mention (twenty such pairs, so that shards that put them
    /// back in another order would almost surely show).
    @Test func actorsThatTieComeInTheOrderOfTheirFirstMention() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ties-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let letters = Array("BCDFGHJKLMNPQRSTVWXZ")
        var catalog = ""
        var text = "Ties\n\n"
        for (i, c) in letters.enumerated() {
            let first = "Vel\(c)ora Union"
            let second = "Tam\(c)ira League"
            catalog += "organization: \(first)\norganization: \(second)\n"
            catalog += "rename: \(first) | Twin \(i)\nrename: \(second) | Twin \(i)\n"
            text += "The \(first) met the \(second) in spring.\n\n"
        }
        try catalog.write(to: dir.appendingPathComponent("dossier.catalog"), atomically: true, encoding: .utf8)
        try text.write(to: dir.appendingPathComponent("ties.txt"), atomically: true, encoding: .utf8)
        let arguments = ["actors", "--json", "--no-cache", dir.path]
        let one = try CommandRunner.run(arguments, environment: ["DOSSIER_THREADS": "1"])
        let four = try CommandRunner.run(arguments, environment: ["DOSSIER_THREADS": "4"])
        #expect(one.status == 0 && four.status == 0)
        #expect(one.stdout == four.stdout)
        struct Listed: Decodable {
            struct Entry: Decodable {
                var name: String
                var aliases: [String]
            }
            var actors: [Entry]
        }
        let listed = try JSONDecoder().decode(Listed.self, from: Data(four.stdout.utf8)).actors
        for (i, c) in letters.enumerated() {
            let twins = listed.filter { $0.name == "Twin \(i)" }.map(\.aliases)
            #expect(twins == [["Vel\(c)ora Union"], ["Tam\(c)ira League"]], "Twin \(i): \(twins)")
        }
    }
}
