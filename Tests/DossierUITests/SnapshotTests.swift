import DossierKit
import Foundation
import Testing

@testable import DossierUI

/// Whole screens compared as text with the files in Tests/Fixtures/snapshots.
/// `DOSSIER_RECORD_SNAPSHOTS=1 swift test` rewrites them (and the test then fails, to be re-run).
enum Snapshots {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let seeds: Corpus = {
        do {
            return try Corpus.open(paths: [root.appendingPathComponent("seeds").path], catalog: .builtIn)
        } catch {
            fatalError("the seeds must open: \(error)")
        }
    }()

    static func explorer(_ width: Int, _ height: Int) -> Explorer {
        Explorer(corpus: seeds, corpusName: "seeds", width: width, height: height)
    }

    static func check(_ name: String, _ canvas: Canvas, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = root.appendingPathComponent("Tests/Fixtures/snapshots/\(name).txt")
        let text = canvas.text + "\n"
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD_SNAPSHOTS"] == "1" {
            try Data(text.utf8).write(to: url)
            Issue.record("recorded \(name); run again without DOSSIER_RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "screen \(name) changed", sourceLocation: sourceLocation)
    }
}

@Suite struct SnapshotTests {
    @Test(arguments: [(80, 24), (120, 40), (200, 60), (40, 12)])
    func browseAtEverySize(width: Int, height: Int) throws {
        let e = Snapshots.explorer(width, height)
        try Snapshots.check("browse-\(width)x\(height)", e.render())
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60), (40, 12)])
    func readerAtEverySize(width: Int, height: Int) throws {
        var e = Snapshots.explorer(width, height)
        e.handle(.enter)
        try Snapshots.check("reader-\(width)x\(height)", e.render())
    }

    @Test func actorRelationsEvidenceAndSideBySide() throws {
        var e = Snapshots.explorer(120, 40)
        e.handle(.tab)  // Actors
        e.handle(.char("j"))  // Turkey
        e.handle(.enter)  // its relations
        try Snapshots.check("relations-120x40", e.render())
        e.handle(.enter)  // evidence of the strongest relation
        try Snapshots.check("evidence-120x40", e.render())
        e.handle(.char("v"))  // both documents side by side
        try Snapshots.check("side-by-side-120x40", e.render())
    }

    @Test func helpTimelineSearchAndTooSmall() throws {
        var e = Snapshots.explorer(80, 24)
        e.handle(.char("?"))
        try Snapshots.check("help-80x24", e.render())
        e.handle(.escape)
        e.handle(.char("t"))
        try Snapshots.check(
            "timeline-120x40",
            {
                var x = e; x.handle(.resize(width: 120, height: 40)); return x.render()
            }())
        e.handle(.char("f"))
        for ch in "\"Treaty of Kars\"" { e.handle(.char(ch)) }
        e.handle(.enter)
        e.handle(.resize(width: 120, height: 40))
        try Snapshots.check("search-120x40", e.render())
        e.handle(.resize(width: 20, height: 6))
        try Snapshots.check("too-small-20x6", e.render())
    }
}
