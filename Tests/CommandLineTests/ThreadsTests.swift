import Foundation
import Testing

/// Documents are analysed on every core; the output must not depend on the number of threads.
@Suite struct ThreadsTests {
    @Test(arguments: [
        ["actors", "--json"], ["relations", "--json", "--limit", "40"], ["timeline", "--json"], ["articles", "--json"],
    ])
    func outputIsIdenticalWhateverTheNumberOfThreads(arguments: [String]) throws {
        // Without the cache, or the second run would read what the first one wrote.
        let one = try CommandRunner.run(arguments + ["--no-cache"], environment: ["DOSSIER_THREADS": "1"])
        let four = try CommandRunner.run(arguments + ["--no-cache"], environment: ["DOSSIER_THREADS": "4"])
        #expect(one.status == 0 && four.status == 0)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == four.stdout)
    }
}
