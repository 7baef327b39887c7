import Foundation
import Testing

/// `dossier board` and `dossier notes`, with the data folder in a temporary place.
@Suite struct BoardCommandTests {
    let home: URL
    let corpus: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-board-\(UUID().uuidString)")
        corpus = home.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Data(
            "# Oil and Water\n\nBy Ana Silva\n\n## The Caspian\n\nTurkey and Azerbaijan signed in 1921. Iran objected. Russia watched.\n"
                .utf8
        ).write(to: corpus.appendingPathComponent("oil.txt"))
    }

    var environment: [String: String] {
        [
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
        ]
    }

    func dossier(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(arguments, environment: environment)
    }

    /// Adds the first sentence to `board` and returns the folder the boards are kept in.
    func boardFolder(afterAdding board: String) throws -> String {
        _ = try dossier(["board", "add", board, "oil.txt", "1", "--corpus", corpus.path])
        let list = try dossier(["board", "list", "--json", "--corpus", corpus.path])
        let object = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any]
        return try #require(object?["folder"] as? String)
    }

    @Test func addShowExportAndRemove() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        var r = try dossier(["board", "list", "--corpus", corpus.path])
        #expect(r.stdout == "no boards yet (in the explorer, b adds a sentence to a board)\n")
        r = try dossier(["board", "add", "caspian", "oil.txt", "1", "--to", "2", "--corpus", corpus.path])
        #expect(r.status == 0 && r.stdout == "added to caspian (1 item)\n", "\(r.stderr)")
        r = try dossier(["board", "add", "caspian", "oil.txt", "9", "--corpus", corpus.path])
        #expect(r.status == 1 && r.stderr == "dossier: oil.txt has sentences 1 to 3; 9 is not among them\n")
        r = try dossier(["board", "list", "--json", "--corpus", corpus.path])
        let list = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((list?["boards"] as? [[String: Any]])?.first?["items"] as? Int == 1)
        #expect((list?["folder"] as? String)?.hasPrefix(home.path + "/data/dossier/corpora/corpus-") == true)
        r = try dossier(["board", "show", "caspian", "--corpus", corpus.path])
        #expect(r.stdout.contains("1. “Turkey and Azerbaijan signed in 1921. Iran objected.”"))
        #expect(r.stdout.contains("   — Oil and Water — Ana Silva, § The Caspian, oil.txt"))
        r = try dossier(["board", "export", "caspian", "--format", "markdown", "--corpus", corpus.path])
        #expect(r.stdout.hasPrefix("# caspian\n\n1. > Turkey and Azerbaijan signed in 1921. Iran objected.\n"))
        #expect(r.stdout.contains("— *Oil and Water*, Ana Silva, section “The Caspian” [`oil.txt`]"))
        let out = home.appendingPathComponent("caspian.json")
        r = try dossier(["board", "export", "caspian", "--format", "json", "-o", out.path, "--corpus", corpus.path])
        #expect(r.status == 0)
        let exported = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
        let item = try #require((exported?["items"] as? [[String: Any]])?.first)
        #expect(item["title"] as? String == "Oil and Water")
        #expect(item["authors"] as? [String] == ["Ana Silva"])
        #expect(item["section"] as? String == "The Caspian")
        #expect(item["citation"] as? String == "Oil and Water — Ana Silva, § The Caspian, oil.txt")
        r = try dossier(["board", "show", "nothing", "--corpus", corpus.path])
        #expect(r.status == 1 && r.stderr == "dossier: no board named 'nothing' (try: dossier board list)\n")
        r = try dossier(["board", "remove", "caspian", "1", "--corpus", corpus.path])
        #expect(r.status == 0)
        r = try dossier(["board", "show", "caspian", "--json", "--corpus", corpus.path])
        #expect(
            (try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])?["items"] as? [Any] != nil)
        #expect(r.stdout.contains("\"items\" : [\n\n  ]") || r.stdout.contains("\"items\" : []"))
        // Another corpus has boards of its own.
        r = try dossier(["board", "list", "--corpus", home.path])
        #expect(r.stdout.hasPrefix("no boards yet"))
    }

    @Test func aDamagedBoardFileIsSetAsideWithAWarning() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = try boardFolder(afterAdding: "b")
        try Data("{\"boards\":[{\"na".utf8).write(to: URL(fileURLWithPath: folder + "/boards.json"))
        let r = try dossier(["board", "list", "--corpus", corpus.path])
        #expect(r.status == 0)
        #expect(
            r.stderr.hasPrefix(
                "warning: \(folder)/boards.json: damaged (not valid JSON); kept as \(folder)/boards.json.corrupt-"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.contains { $0.hasPrefix("boards.json.corrupt-") })
    }

    /// Kills `dossier board add` with SIGKILL at random moments while it rewrites a 1 MB board:
    /// the board on disk is always whole, one version or the next.
    @Test func aKillAtAnyMomentLosesNothing() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = try boardFolder(afterAdding: "big")
        // Make the file big, so that writing it takes a while.
        let path = folder + "/boards.json"
        var object = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        var boards = try #require(object["boards"] as? [[String: Any]])
        let item = try #require((boards[0]["items"] as? [Any])?.first)
        boards[0]["items"] = Array(repeating: item, count: 3000)
        object["boards"] = boards
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        // Even rounds: kill the moment the temporary file appears (in the middle of the write);
        // odd rounds: at a random moment of the whole run.
        let script = """
            for i in $(seq 1 24); do
              "$DOSSIER" board add big oil.txt 1 --corpus "$CORPUS" >/dev/null 2>&1 &
              pid=$!
              if [ $((i % 2)) = 0 ]; then
                while kill -0 $pid 2>/dev/null; do
                  if compgen -G "$FOLDER/.dossier-tmp-*" >/dev/null; then kill -9 $pid; echo caught >&2; break; fi
                done
              else
                sleep $(printf '0.%03d' $((150 + RANDOM % 500)))
                kill -9 $pid 2>/dev/null
              fi
              wait $pid 2>/dev/null
              "$DOSSIER" board list --json --corpus "$CORPUS" 2>&1 | tr -d '\\n'
              echo
            done
            """
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        env["DOSSIER"] = CommandRunner.binary.path
        env["CORPUS"] = corpus.path
        env["FOLDER"] = folder
        let r = try Subprocess.run("/bin/bash", ["-c", script], environment: env, directory: home.path)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 24)
        var previous = 3000
        for line in lines {
            #expect(!line.contains("warning"), "\(line)")
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let count = try #require((object?["boards"] as? [[String: Any]])?.first?["items"] as? Int)
            #expect(count == previous || count == previous + 1)
            previous = count
        }
        #expect(r.stderr.contains("caught"), "no kill landed in the middle of a write")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["boards.json"])
    }

    @Test func notesListInJSON() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let r = try dossier(["notes", "--json", "--corpus", corpus.path])
        #expect(r.stdout == "{\"actors\":{},\"articles\":{}}\n")
    }
}
