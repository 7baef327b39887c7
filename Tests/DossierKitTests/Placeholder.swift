import Foundation
import Testing
@testable import DossierKit

@Test func dump() throws {
    for name in ["000_45de64f5f9f10c87.txt", "003_bbf2abffa65fbe36.txt", "001_07ca4d4ebd8d53db.txt", "002_fb2c9e6017cc2b0a.txt"] {
        let text = try String(contentsOfFile: "seeds/" + name, encoding: .utf8)
        let s = ArticleParser.parse(text)
        print("== \(name)")
        for c in s.citations { print("CIT", c.names, c.year ?? 0, c.locator ?? "", c.reference ?? -1, String(decoding: Array(text.utf8)[c.range.start..<c.range.end], as: UTF8.self)) }
        for r in s.references { print("REF", r.number ?? 0, r.authors, r.year ?? 0, "|T:", r.title ?? "-", "|V:", r.venue ?? "-", "|", r.doi ?? "", r.url ?? "") }
        for (i, b) in s.blocks.enumerated() where b.role != .paragraph && b.role != .reference {
            print("BLK", i, b.role, b.level ?? 0, String(decoding: Array(text.utf8)[b.range.start..<min(b.range.end, b.range.start + 70)], as: UTF8.self).replacingOccurrences(of: "\n", with: "⏎"))
        }
    }
}
