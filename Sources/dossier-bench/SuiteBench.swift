import DossierKit
import DossierUI
import Foundation

/// `dossier-bench suite [--dir D] SIZE...`: for each corpus size, a synthetic corpus (generated
/// once, deterministically) measured in a fresh process (`dossier-bench measure`): analysis
/// throughput and wall time to a ready corpus (load, parse, extract, relate, index), peak
/// memory, time to the first screen, search and key-to-frame latency; then plain search with
/// `rg` on the same files, for comparison.
enum SuiteBench {
    static func run(sizes: [Int], base: String) throws {
        print(
            "size     MB   ready s  MB/s  peak MB  ×size  first screen ms  search p50/p99 ms  key p50/p99 ms  rg ms  index/rg"
        )
        var cached: [(Int, Double, (first: String, second: String))] = []
        for n in sizes {
            let dir = base + "/dossier-syn-\(n)"
            if !FileManager.default.fileExists(atPath: dir) { try SyntheticCorpus(seed: 42).write(count: n, to: dir) }
            let line = try child(["measure", dir])
            guard let m = Measurement(line) else {
                print("\(n): measure failed: \(line)")
                continue
            }
            let rg = ripgrep(dir, word: "pipeline")
            let ratio = rg > 0 ? String(format: "%.0f×", rg / max(m.searchWord, 0.001)) : "—"
            print(
                String(
                    format: "%-6d %6.1f %9.2f %5.2f %8.0f %6.1f %16.0f %9.3f/%-7.3f %7.2f/%-6.2f %6.1f  %@", n,
                    m.megabytes,
                    m.ready, m.megabytes / m.ready, m.peak, m.peak / m.megabytes, m.firstScreen * 1000, m.search.0,
                    m.search.1, m.key.0, m.key.1, rg, ratio as NSString))
            cached.append((n, m.megabytes, try cachedRun(dir, cache: base + "/cache")))
        }
        print("\nfrom the cache (a second launch; the first one wrote the cache):")
        print("size   ready s  first screen ms  peak MB  ×size  search index s (built at the first search)")
        for (n, megabytes, (_, line)) in cached {
            guard let c = CachedMeasurement(line) else {
                print("\(n): measure-cached failed: \(line)")
                continue
            }
            print(
                String(
                    format: "%-6d %7.3f %16.0f %8.0f %6.1f %8.2f", n, c.ready, c.firstScreen * 1000, c.peak,
                    c.peak / megabytes, c.index))
        }
        print("\nfirst launch through an empty cache (the explorer's path; the cache is written in the background):")
        print("size   ready s  first screen s  cache written s  peak MB  ×size")
        for (n, megabytes, (line, _)) in cached {
            let v = values(line)
            guard v["hit"] == 0, let ready = v["ready"], let first = v["first"], let written = v["written"],
                let peak = v["peak"]
            else {
                print("\(n): measure-cached failed: \(line)")
                continue
            }
            print(
                String(
                    format: "%-6d %7.2f %15.2f %16.2f %8.0f %6.1f", n, ready, first, written, peak, peak / megabytes))
        }
    }

    /// `measure-cached` twice in fresh processes, the first with an empty cache (it writes the
    /// cache): both lines.
    private static func cachedRun(_ dir: String, cache: String) throws -> (first: String, second: String) {
        CorpusCache(folder: cache).remove(for: [dir])
        let first = try child(["measure-cached", dir, cache])
        return (first, try child(["measure-cached", dir, cache]))
    }

    /// One corpus opened through the cache in `cache`, in this process: the time to a ready
    /// corpus and to the first screen, peak memory, and the search index built afterwards.
    static func measureCached(folder: String, cache: String) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let (corpus, outcome, _, write) = try CorpusCache(folder: cache).openWritingLater(paths: [folder])
        let ready = clock.now - start
        _ = Explorer(corpus: corpus, corpusName: "bench", width: 120, height: 40).render()
        let first = clock.now - start
        write?.wait()
        let written = clock.now - start
        let peak = peakMegabytes()
        let index = clock.measure { _ = SearchIndex(documents: corpus.documents) }
        print(
            "hit=\(outcome == .hit ? 1 : 0) ready=\(Latency.ms(ready) / 1000) first=\(Latency.ms(first) / 1000) "
                + "written=\(Latency.ms(written) / 1000) peak=\(peak) index=\(Latency.ms(index) / 1000)")
    }

    struct CachedMeasurement {
        var ready, firstScreen, peak, index: Double

        init?(_ line: String) {
            let v = SuiteBench.values(line)
            guard v["hit"] == 1, let ready = v["ready"], let first = v["first"], let peak = v["peak"],
                let index = v["index"]
            else { return nil }
            self.ready = ready
            firstScreen = first
            self.peak = peak
            self.index = index
        }
    }

    /// The `key=value` pairs of a measurement line.
    static func values(_ line: String) -> [String: Double] {
        var v: [String: Double] = [:]
        for pair in line.split(separator: " ") {
            let kv = pair.split(separator: "=")
            if kv.count == 2, let d = Double(kv[1].trimmingCharacters(in: .whitespacesAndNewlines)) {
                v[String(kv[0])] = d
            }
        }
        return v
    }

    /// One corpus, in this process: what `suite` prints, as `key=value` pairs on one line.
    static func measure(folder: String) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let corpus = try Corpus.open(paths: [folder], catalog: .builtIn)
        let index = SearchIndex(documents: corpus.documents)
        let ready = clock.now - start
        _ = Explorer(corpus: corpus, corpusName: "bench", width: 120, height: 40).render()
        let first = clock.now - start
        let peak = peakMegabytes()
        let bytes = corpus.documents.reduce(0) { $0 + $1.byteCount }
        let (search, perQuery) = SearchBench.measure(corpus: corpus, index: index)
        let word = Latency(perQuery["pipeline"] ?? []).p50
        let key = UIBench.measure(corpus: corpus)
        print(
            "mb=\(Double(bytes) / 1_048_576) ready=\(Latency.ms(ready) / 1000) first=\(Latency.ms(first) / 1000) "
                + "peak=\(peak) s50=\(search.p50) s99=\(search.p99) word=\(word) k50=\(key.p50) k99=\(key.p99)")
    }

    struct Measurement {
        var megabytes, ready, firstScreen, peak, searchWord: Double
        var search: (Double, Double)
        var key: (Double, Double)

        init?(_ line: String) {
            let v = SuiteBench.values(line)
            guard let mb = v["mb"], let ready = v["ready"], let first = v["first"], let peak = v["peak"] else {
                return nil
            }
            megabytes = mb
            self.ready = ready
            firstScreen = first
            self.peak = peak
            searchWord = v["word"] ?? 0
            search = (v["s50"] ?? 0, v["s99"] ?? 0)
            key = (v["k50"] ?? 0, v["k99"] ?? 0)
        }
    }

    /// VmHWM: the peak resident set size of this process, in MB.
    static func peakMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb / 1024
        }
        return 0
    }

    /// Runs this executable with `arguments` and returns what it printed.
    static func child(_ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs `path` with `arguments`, output discarded (posix_spawn: Foundation's Process adds
    /// tens of milliseconds of its own to every launch).
    static func spawnAndWait(_ path: String, _ arguments: [String]) -> Bool {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var argv = ([path] + arguments).map { strdup($0) }
        argv.append(nil)
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return false }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return true
    }

    /// The median of five runs of `rg -i -w -l WORD DIR`, in ms (0 when rg is missing).
    static func ripgrep(_ dir: String, word: String) -> Double {
        let candidates = ["/usr/bin/rg", "/usr/local/bin/rg"]
        guard let rg = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return 0 }
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<6 {
            let start = clock.now
            guard spawnAndWait(rg, ["-i", "-w", "-l", word, dir]) else { return 0 }
            times.append(Latency.ms(clock.now - start))
        }
        return Latency(Array(times.dropFirst())).p50
    }
}
