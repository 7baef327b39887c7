import Foundation
import Testing

/// The man page and shell completions are generated from the argument parser
/// (`scripts/generate-docs`) and committed; these tests fail when they fall behind the binary.
@Suite struct DocsTests {
    @Test(arguments: [("bash", "dossier.bash"), ("zsh", "_dossier"), ("fish", "dossier.fish")])
    func completionsMatchTheBinary(shell: String, file: String) throws {
        let generated = try CommandRunner.run(["--generate-completion-script", shell])
        let committed = try String(
            contentsOf: CommandRunner.root.appendingPathComponent("docs/completions/\(file)"), encoding: .utf8)
        #expect(generated.stdout == committed, "run scripts/generate-docs")
        #expect(committed.contains("board") && committed.contains("max-file-size"))
    }

    /// The overview that `--help` and the man page print reads as prose: no run of spaces
    /// left inside a sentence by a broken line continuation.
    @Test func theOverviewHasNoStraySpaces() throws {
        let help = try CommandRunner.run(["--help"]).stdout
        let overview = help.components(separatedBy: "USAGE:").first ?? ""
        #expect(overview.contains("dossier never writes inside a corpus"))
        #expect(!overview.contains("  "), "\(overview)")
        let page = try String(contentsOf: CommandRunner.root.appendingPathComponent("docs/dossier.1"), encoding: .utf8)
        #expect(page.contains("dossier never writes inside a corpus") && !page.contains(";  "))
    }

    @Test func theManPageNamesEveryCommandAndOption() throws {
        let page = try String(contentsOf: CommandRunner.root.appendingPathComponent("docs/dossier.1"), encoding: .utf8)
        let help = try CommandRunner.run(["--help"]).stdout
        let section = help.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        let commands = section.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard line.hasPrefix("  "), !line.hasPrefix("        "), let first = words.first,
                first.allSatisfy(\.isLowercase)
            else { return nil }
            return String(first)
        }
        #expect(commands.count >= 12)
        for command in commands { #expect(page.contains(".It Em \(command)"), "the man page lacks \(command)") }
        for option in ["max-file-size", "min-weight", "format", "corpus", "json"] {
            #expect(page.contains(option), "the man page lacks --\(option)")
        }
        #expect(page.contains("Exit codes: 0 success"))
        #expect(try CommandRunner.run(["--version"]).stdout == "0.2.0\n")
    }
}
