import Testing

@testable import DossierKit

/// The language guess reads bytes and probes a packed-word table; it must give what counting
/// function words in the text's lower-cased words gives, on any text.
@Suite struct LanguageGuessTests {
    private static let functionWords: [String: [String]] = [
        "az": ["və", "ilə", "üçün", "olaraq", "də", "kimi", "arasında"],
        "de": ["der", "und", "für", "nicht", "auf"],
        "en": ["the", "of", "and", "that", "this"],
        "es": ["el", "los", "que", "para", "entre"],
        "fr": ["le", "les", "dans", "pour", "est"],
        "ru": ["и", "не", "что", "это", "для"],
        "tr": ["ve", "için", "olarak", "gibi", "arasında"],
    ]

    private static let pieces =
        functionWords.values.flatMap { $0 } + [
            "THE", "Und", "İçin", "VƏ", "ÜÇÜN", "ЧТО", "Arasında", "O'Neill", "l’État", "Şimşek", "NATO", "İ", "ǅ",
            "e\u{301}", "中国", "١٢٣", "2024", " ", "  ", ", ", ". ", "\n", "—", "-", "'", "’", "internationalisation",
            "abcdefghijklmnopqrstuvwxyz", "Ωmega",
        ]

    /// The straightforward definition: lower-cased runs of letters and apostrophes (at most 12
    /// scalars kept), the first `sample` of them, the language with most function words.
    private static func reference(_ text: String, sample: Int) -> String? {
        var words: [String] = []
        var word = ""
        var length = 0
        var done = false
        for s in text.unicodeScalars where !done {
            if UTF8Bytes.isLetter(s) || s == "'" {
                if length < 12 {
                    for m in s.properties.lowercaseMapping.unicodeScalars {
                        word.unicodeScalars.append(m)
                        length += 1
                    }
                }
            } else {
                if !word.isEmpty { words.append(word) }
                word = ""
                length = 0
                done = words.count >= sample
            }
        }
        if !word.isEmpty && !done { words.append(word) }
        var counts: [String: Int] = [:]
        for w in words {
            for (lang, list) in LanguageGuess.stopwords where list.contains(w) { counts[lang, default: 0] += 1 }
        }
        let best = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }
        return best?.key
    }

    @Test func guessesTheLanguageOfEachKindOfText() {
        #expect(LanguageGuess.guess("The treaty of the two states was signed in the capital.") == "en")
        #expect(LanguageGuess.guess("Азербайджан и Турция подписали договор, что это для них значит.") == "ru")
        #expect(LanguageGuess.guess("Azərbaycan və Türkiyə arasında üçün əlaqələr kimi inkişaf edir.") == "az")
        #expect(LanguageGuess.guess("Die Verträge und die Grenzen der Staaten für den Frieden.") == "de")
        #expect(LanguageGuess.guess("1924–1928, 45 %") == nil)
    }

    @Test func givesWhatCountingFunctionWordsGivesOnRandomText() {
        var random = TestRandom(state: 7)
        for round in 0..<4_000 {
            var text = ""
            // Long texts too, where one language leads long before the sample is counted.
            for _ in 0..<random.next(round % 3 == 0 ? 400 : 40) {
                text += Self.pieces[random.next(Self.pieces.count)]
                if random.next(3) > 0 { text += " " }
            }
            let sample = [1, 3, 10, 400, 40, 70][round % 6]
            #expect(LanguageGuess.guess(text, sample: sample) == Self.reference(text, sample: sample), "\(text)")
        }
    }

    /// Texts that change language part-way: counting may stop early only when the answer is
    /// already certain.
    @Test func aLanguageThatCatchesUpLaterStillWins() {
        var random = TestRandom(state: 8)
        let languages = Self.functionWords.keys.sorted()
        for _ in 0..<1_000 {
            let first = Self.functionWords[languages[random.next(languages.count)]] ?? []
            let second = Self.functionWords[languages[random.next(languages.count)]] ?? []
            var words: [String] = []
            for _ in 0..<random.next(300) { words.append(first[random.next(first.count)]) }
            for _ in 0..<random.next(300) { words.append(second[random.next(second.count)]) }
            let text = words.joined(separator: " ")
            let sample = 50 + random.next(550)
            #expect(LanguageGuess.guess(text, sample: sample) == Self.reference(text, sample: sample), "\(text)")
        }
    }

    /// The guess takes a letter that does not change when lower-cased as its own lower case.
    @Test func lettersThatDoNotChangeWhenLowerCasedAreTheirOwnLowerCase() {
        var letters = 0
        for v in UInt32(0x80)...0x2FFFF {
            guard let s = Unicode.Scalar(v), UTF8Bytes.isLetter(s), !s.properties.changesWhenLowercased else {
                continue
            }
            letters += 1
            #expect(s.properties.lowercaseMapping == String(s), "U+\(String(v, radix: 16))")
        }
        #expect(letters > 100_000)
    }
}
