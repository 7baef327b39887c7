/// Guesses the language of a short text from its most common function words.
public enum LanguageGuess {
    /// The function words of each language, by ISO 639-1 code.
    static let stopwords: [String: Set<String>] = [
        "en": ["the", "of", "and", "in", "to", "is", "that", "with", "for", "on", "as", "by", "this", "are", "was"],
        "es": [
            "el", "la", "los", "las", "de", "del", "y", "en", "que", "por", "con", "una", "para", "entre", "se", "su",
        ],
        "pt": ["o", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "que", "com", "uma", "para", "não"],
        "fr": ["le", "la", "les", "de", "des", "du", "et", "en", "que", "une", "pour", "dans", "est", "sur"],
        "de": ["der", "die", "das", "und", "in", "den", "von", "zu", "mit", "ist", "des", "auf", "für", "nicht"],
        "tr": ["ve", "bir", "bu", "ile", "için", "olarak", "da", "de", "olan", "gibi", "daha", "arasında"],
        "az": ["və", "bir", "bu", "ilə", "üçün", "olaraq", "da", "də", "olan", "kimi", "daha", "arasında"],
        "ru": ["и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "для", "о", "к", "от"],
        "uz": ["va", "bilan", "uchun", "bu", "bir", "ham", "esa", "yoki", "hamda", "orqali", "davrida"],
        "it": ["il", "la", "di", "e", "che", "in", "per", "con", "del", "della", "una", "sono"],
    ]

    /// The ISO 639-1 code of the most likely language, or nil when no function word is known.
    ///
    /// Words are runs of letters and apostrophes, lower-cased; the first `sample` words count.
    public static func guess(_ text: String, sample: Int = 400) -> String? {
        var copy = text
        return copy.withUTF8 { guess(utf8: $0, sample: sample) }
    }

    /// ``guess(_:sample:)`` on valid UTF-8. Each word is read into a ``PackedWord`` as it is
    /// scanned, so that looking it up costs a multiplication and a probe, not a `String`.
    static func guess(utf8 bytes: UnsafeBufferPointer<UInt8>, sample: Int) -> String? {
        var counts = [Int](repeating: 0, count: languages.count)
        var words = 0
        var word = PackedWord()
        // Scalars taken into the word so far: at most 12, as the word's scalar count would.
        var length = 0
        var inWord = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let isWordPart: Bool
            var width = 1
            var scalar = Unicode.Scalar(b)
            if b < 0x80 {
                isWordPart = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x27
            } else {
                (scalar, width) = UTF8Bytes.scalar(in: bytes, at: i)
                isWordPart = UTF8Bytes.isLetter(scalar)
            }
            if isWordPart {
                inWord = true
                if length < 12 {
                    if b < 0x80 {
                        word.append(UTF8Bytes.lowercased(b))
                        length += 1
                    } else if !scalar.properties.changesWhenLowercased {
                        // Its own lower case (a test asks this of every letter): no mapping string.
                        UTF8.encode(scalar) { word.append($0) }
                        length += 1
                    } else {
                        for m in scalar.properties.lowercaseMapping.unicodeScalars {
                            UTF8.encode(m) { word.append($0) }
                            length += 1
                        }
                    }
                }
            } else if inWord {
                words += 1
                if let langs = index[word] {
                    for l in counts.indices where langs & (1 << l) != 0 { counts[l] += 1 }
                }
                word = PackedWord()
                length = 0
                inWord = false
                if words >= sample { break }
                // A lead that the words left to count could not close: the answer is known.
                if words % 32 == 0 && isDecided(counts, wordsLeft: sample - words) { break }
            } else if words >= sample {
                break
            }
            i += width
        }
        if inWord, let langs = index[word] {
            for l in counts.indices where langs & (1 << l) != 0 { counts[l] += 1 }
        }
        // The most counted language; on a tie, the first code in alphabetical order.
        var best: Int? = nil
        for l in languages.indices where counts[l] >= 1 {
            if let b = best, counts[b] >= counts[l] { continue }
            best = l
        }
        return best.map { languages[$0] }
    }

    /// True when the most counted language leads every other by more than `wordsLeft`, the
    /// most that any count may still grow (each word adds at most one to each language).
    private static func isDecided(_ counts: [Int], wordsLeft: Int) -> Bool {
        var best = 0
        var second = 0
        for c in counts {
            if c > best {
                second = best
                best = c
            } else if c > second {
                second = c
            }
        }
        return best - second > wordsLeft
    }

    /// The language codes, in alphabetical order.
    private static let languages: [String] = stopwords.keys.sorted()

    /// The languages (bits by position in ``languages``) of each function word.
    private static let index: PackedWordTable<UInt16> = {
        var byWord: [String: UInt16] = [:]
        for (l, lang) in languages.enumerated() {
            for w in stopwords[lang] ?? [] { byWord[w, default: 0] |= 1 << UInt16(l) }
        }
        return PackedWordTable(byWord)
    }()
}
