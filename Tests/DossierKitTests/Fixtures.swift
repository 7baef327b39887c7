import Foundation

@testable import DossierKit

/// Paths and helpers shared by the tests.
enum Fixtures {
    /// The package root, found from this file's location.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The seeds folder.
    static var seeds: String { root.appendingPathComponent("seeds").path }

    /// The seeds analysed once with the built-in catalog, shared by every test.
    static let seedCorpus: Corpus = {
        do {
            return try Corpus.open(paths: [seeds], catalog: .builtIn)
        } catch {
            fatalError("the seeds must open: \(error)")
        }
    }()

    /// The full-text index of the seeds.
    static let seedIndex = SearchIndex(documents: seedCorpus.documents)

    /// Parses one seed by file name prefix ("000").
    static func seed(_ prefix: String) throws -> (text: String, structure: ArticleStructure) {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds)
        guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        let text = try String(contentsOfFile: seeds + "/" + name, encoding: .utf8)
        return (text, ArticleParser.parse(text))
    }

    /// A corpus of `texts` written by a test, with the built-in catalog plus `catalog` lines.
    static func corpus(_ texts: [String], catalog extra: String? = nil) -> Corpus {
        var catalog = Catalog.builtIn
        if let extra { catalog.read(extra, file: "test.catalog") }
        let docs = texts.enumerated().map { i, text in
            Document(
                id: i,
                source: SourceFile(
                    file: "doc\(i).txt", path: "doc\(i).txt", text: text, encoding: .utf8, warnings: [],
                    byteCount: text.utf8.count))
        }
        return Corpus(documents: docs, warnings: [], catalog: catalog)
    }

    /// The exact text of `range` in `text`.
    static func slice(_ text: String, _ range: TextRange) -> String {
        String(decoding: Array(text.utf8)[range.start..<range.end], as: UTF8.self)
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Display texts of the sentences of a parsed text.
    static func sentences(_ text: String) -> [String] {
        let s = ArticleParser.parse(text)
        var copy = text
        return copy.withUTF8 { bytes in
            s.sentences.map { DisplayText.make(bytes, hidden: s.hidden, ranges: [$0.range]) }
        }
    }
}
