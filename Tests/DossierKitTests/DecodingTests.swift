import Foundation
import Testing

@testable import DossierKit

@Suite struct DecodingTests {
    @Test func utf8WithBOMIsStripped() throws {
        let d = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Türkiye".utf8)).get()
        #expect(d.text == "Türkiye")
        #expect(d.encoding == .utf8WithBOM)
        #expect(d.warnings.isEmpty)
    }

    @Test func crlfAndCRBecomeLF() throws {
        let d = try TextDecoder.decode(Array("a\r\nb\rc\n".utf8)).get()
        #expect(d.text == "a\nb\nc\n")
    }

    @Test func windows1252FallbackIsRecorded() throws {
        // "Café “quoted” – 5€" in Windows-1252.
        let bytes: [UInt8] = [0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x35, 0x80]
        let d = try TextDecoder.decode(bytes).get()
        #expect(d.text == "Café “q” – 5€")
        #expect(d.encoding == .windows1252)
        #expect(d.warnings == ["not valid UTF-8; decoded as Windows-1252"])
    }

    @Test func utf16WithBOMBothEndians() throws {
        let text = "Azərbaycan\r\nŞuşa"
        var le: [UInt8] = [0xFF, 0xFE]
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            le += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            be += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        #expect(try TextDecoder.decode(le).get().text == "Azərbaycan\nŞuşa")
        #expect(try TextDecoder.decode(le).get().encoding == .utf16LittleEndian)
        #expect(try TextDecoder.decode(be).get().text == "Azərbaycan\nŞuşa")
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: DecodingFailure.binary) { try TextDecoder.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).get() }
    }
}

@Suite struct LoaderTests {
    private func write(_ folder: URL, _ name: String, _ bytes: [UInt8]) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    @Test func walksFoldersSkipsHiddenAndOtherExtensions() throws {
        let dir = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(dir, "b.txt", Array("Second article.".utf8))
        try write(dir, "a.md", Array("# First\n\nText.".utf8))
        try write(dir, "sub/c.TXT", Array("Nested.".utf8))
        try write(dir, ".hidden.txt", Array("Hidden.".utf8))
        try write(dir, ".git/d.txt", Array("Hidden folder.".utf8))
        try write(dir, "image.png", [0x89, 0x50, 0x4E, 0x47])
        let result = try CorpusLoader().load(paths: [dir.path])
        #expect(result.files.map(\.file) == ["a.md", "b.txt", "sub/c.TXT"])
        #expect(result.warnings.isEmpty)
    }

    @Test func awkwardFilesGiveWarningsAndTheRestLoads() throws {
        let dir = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(dir, "binary.txt", [0x00, 0x01, 0x02, 0x00])
        try write(dir, "empty.txt", [])
        try write(dir, "latin.txt", [0x43, 0x61, 0x66, 0xE9])
        try write(dir, "good.txt", Array("Fine.".utf8))
        let result = try CorpusLoader().load(paths: [dir.path])
        #expect(result.files.map(\.file) == ["empty.txt", "good.txt", "latin.txt"])
        #expect(result.warnings == ["binary.txt: binary file (it contains NUL bytes); skipped"])
        #expect(result.files[0].warnings == ["empty.txt: empty file"])
        #expect(result.files[2].warnings == ["latin.txt: not valid UTF-8; decoded as Windows-1252"])
        // An empty file still yields an article with a title that is never empty.
        #expect(!ArticleParser.parse(result.files[0].text).title.isEmpty)
    }

    @Test func missingPathIsAnErrorAloneAndAWarningAmongOthers() throws {
        #expect(throws: CorpusError.notFound(path: "/nonexistent/dossier")) {
            try CorpusLoader().load(paths: ["/nonexistent/dossier"])
        }
        let result = try CorpusLoader().load(paths: ["/nonexistent/dossier", Fixtures.seeds])
        #expect(result.warnings == ["/nonexistent/dossier: no such file or folder"])
        #expect(result.files.count == 5)
    }

    @Test func aBinaryFileGivenAloneIsAnError() throws {
        let dir = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(dir, "x.txt", [0, 0, 0])
        let path = dir.appendingPathComponent("x.txt").path
        #expect(throws: CorpusError.notText(path: path)) { try CorpusLoader().load(paths: [path]) }
    }

    @Test func explicitFilesKeepThePathAsGiven() throws {
        let path = Fixtures.seeds + "/002_fb2c9e6017cc2b0a.txt"
        let result = try CorpusLoader().load(paths: [path])
        #expect(result.files.map(\.file) == [path])
    }

    @Test func loadingWritesNothingIntoTheCorpus() throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds).sorted()
        _ = try Corpus.open(paths: [Fixtures.seeds])
        #expect(try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds).sorted() == before)
    }
}
