import Foundation
import Testing

/// Documents are analysed on every core; the output must not depend on the number of threads.
@Suite struct ThreadsTests {
    @Test(arguments: [
        ["actors", "--json"], ["relations", "--json", "--limit", "40"], ["timeline", "--json"], ["articles", "--json"],
    ])
    func outputIsIdenticalWhateverTheNumberOfThreads(arguments: [String]) throws {
        let one = try CommandRunner.run(arguments, environment: ["DOSSIER_THREADS": "1"])
        let four = try CommandRunner.run(arguments, environment: ["DOSSIER_THREADS": "4"])
        #expect(one.status == 0 && four.status == 0)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == four.stdout)
    }
}
