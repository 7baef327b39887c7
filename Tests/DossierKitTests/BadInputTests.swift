import Foundation
import Testing

@testable import DossierKit

/// Folders full of whatever people download: the corpus still opens, with a clear warning
/// naming each bad file.
@Suite struct BadInputTests {
    @Test func symlinkLoopsAreWalkedOnce() throws {
        let dir = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("Chile and Peru met.".utf8).write(to: dir.appendingPathComponent("sub/a.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("sub/loop").path, withDestinationPath: dir.path)
        let result = try CorpusLoader().load(paths: [dir.path])
        #expect(result.files.map(\.file) == ["sub/a.txt"])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains("symbolic-link loop") == true)
    }

    @Test func oddFileNamesLoadAndNameThemselves() throws {
        let dir = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["with space.txt", "new\nline.txt", "ünïcode é.md"] {
            try Data("Kenya and Uganda signed a treaty.".utf8).write(to: dir.appendingPathComponent(name))
        }
        // A name that is not valid UTF-8.
        var bytes = Array((dir.path + "/bad-").utf8) + [0xFF, 0xFE] + Array(".txt".utf8) + [0]
        let fd = bytes.withUnsafeMutableBufferPointer { p in
            p.baseAddress.map {
                open(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644)
            } ?? -1
        }
        if fd >= 0 {
            _ = "Ghana.".withCString { write(fd, $0, 6) }
            close(fd)
        }
        let corpus = try Corpus.open(paths: [dir.path], catalog: .builtIn)
        #expect(corpus.documents.count >= 3)
        #expect(corpus.documents.contains { $0.file == "new\nline.txt" })
        #expect(corpus.actors.actor(named: "Kenya")?.documents.count ?? 0 >= 3)
    }

    @Test func tenThousandTinyFiles() throws {
        let dir = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<10_000 {
            try Data("Note \(i): Brazil and Chile.".utf8).write(
                to: dir.appendingPathComponent(String(format: "n%05d.txt", i)))
        }
        let corpus = try Corpus.open(paths: [dir.path], catalog: .builtIn)
        #expect(corpus.documents.count == 10_000)
        #expect(corpus.actors.actor(named: "Brazil")?.documents.count == 10_000)
    }

    @Test func aFileWhereAFolderWasExpectedAndTheReverse() throws {
        let file = Fixtures.seeds + "/000_45de64f5f9f10c87.txt"
        #expect(throws: CorpusError.notFound(path: file + "/")) { try CorpusLoader().load(paths: [file + "/"]) }
        let dir = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folderNamedLikeAFile = dir.appendingPathComponent("looks-like.txt")
        try FileManager.default.createDirectory(at: folderNamedLikeAFile, withIntermediateDirectories: true)
        try Data("Inside.".utf8).write(to: folderNamedLikeAFile.appendingPathComponent("real.txt"))
        let result = try CorpusLoader().load(paths: [dir.path])
        #expect(result.files.map(\.file) == ["looks-like.txt/real.txt"])
    }

    @Test func anEmptyFolderSaysSo() throws {
        let dir = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CorpusLoader().load(paths: [dir.path])
        #expect(result.files.isEmpty)
        #expect(result.warnings == ["\(dir.path): no article files (.md, .txt) in this folder"])
    }
}
