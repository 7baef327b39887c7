import Foundation
import Testing

@testable import DossierKit

/// `WordMap` and `WordSet` answer lookups on packed bytes for short ASCII words; they must agree
/// with `[String: Value]` and `Set<String>` on every word, canonical equivalence included.
@Suite struct WordMapTests {
    private static let pieces = [
        "a", "of", "the", "K", "k", "\u{212A}", ";", "\u{037E}", "`", "\u{1FEF}", "é", "e\u{301}", "İ", "ı", "ş",
        "ə", "ж", "中", "’", "'", "-", " ", "0", "9", "ǅ", "\u{0300}", "abcdefgh", "ijklmnop", "qrstuvwxyz",
    ]

    private static func randomWord(_ random: inout TestRandom) -> String {
        var word = ""
        for _ in 0..<random.next(6) { word += pieces[random.next(pieces.count)] }
        return word
    }

    @Test func agreesWithADictionaryOnRandomWords() {
        var random = TestRandom(state: 7)
        for _ in 0..<200 {
            var reference: [String: Int] = [:]
            var map = WordMap<Int>()
            var set = WordSet()
            var referenceSet: Set<String> = []
            for i in 0..<random.next(40) {
                let word = Self.randomWord(&random)
                reference[word] = i
                map[word] = i
                set.insert(word)
                referenceSet.insert(word)
            }
            #expect(map.count == reference.count)
            #expect(set.count == referenceSet.count)
            #expect(WordMap(reference).count == reference.count)
            for _ in 0..<100 {
                let word = Self.randomWord(&random)
                #expect(map[word] == reference[word], "\(word.unicodeScalars.map(\.value))")
                #expect(WordMap(reference)[word] == reference[word])
                #expect(set.contains(word) == referenceSet.contains(word), "\(word.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test func findsAnAsciiWordThroughAScalarThatEqualsIt() {
        let set: WordSet = ["kelvin", "a;b", "x`y", "\u{212A}ey"]
        #expect(!set.contains("\u{212A}elvin"))
        #expect(set.contains("\u{212A}ey"))
        #expect(set.contains("a\u{037E}b"))
        #expect(set.contains("x\u{1FEF}y"))
        #expect(set.contains("Key"))
        #expect(!set.contains("key"))
        // Longer than 16 bytes once read as ASCII: the dictionary decides, with String equality.
        let long: WordSet = ["\u{212A}abcdefghijklmnopq"]
        #expect(long.contains("Kabcdefghijklmnopq"))
    }

    @Test func growsPastItsFirstTableAndKeepsEveryWord() {
        var map = WordMap<Int>()
        for i in 0..<5_000 { map["w\(i)"] = i }
        map["w17"] = -1
        #expect(map.count == 5_000)
        #expect(map["w17"] == -1)
        #expect((0..<5_000).allSatisfy { (i: Int) -> Bool in i == 17 || map["w\(i)"] == i })
        #expect(map["w5000"] == nil)
    }

    /// The claim the packing rests on: U+037E, U+1FEF and U+212A are the only scalars outside
    /// ASCII whose canonical forms are ASCII.
    @Test func onlyThreeScalarsAreCanonicallyAscii() {
        var found: [UInt32] = []
        for v in UInt32(0x80)...0x10FFFF {
            guard let s = Unicode.Scalar(v), s.properties.generalCategory != .unassigned,
                s.properties.generalCategory != .privateUse
            else { continue }
            let text = String(Character(s))
            let forms = [text.precomposedStringWithCanonicalMapping, text.decomposedStringWithCanonicalMapping]
            if forms.contains(where: { $0.utf8.allSatisfy { $0 < 0x80 } }) { found.append(v) }
        }
        #expect(found == [0x037E, 0x1FEF, 0x212A])
    }
}
