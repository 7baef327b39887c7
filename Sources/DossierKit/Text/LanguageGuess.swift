/// Guesses the language of a short text from its most common function words.
public enum LanguageGuess {
    private static let stopwords: [String: Set<String>] = [
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
    public static func guess(_ text: String, sample: Int = 400) -> String? {
        var counts = [Int](repeating: 0, count: languages.count)
        var words = 0
        // The word so far, lower-cased, as UTF-8; `length` counts its scalars (at most 12 are
        // taken, as a scalar view's count would).
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var length = 0
        func flush() {
            guard !word.isEmpty else { return }
            words += 1
            // No function word is longer than ``longestWord`` bytes: longer words need no lookup.
            if word.count <= longestWord, filter.mayContain(bytes: word),
                let langs = index[String(decoding: word, as: UTF8.self)]
            {
                for lang in langs { counts[lang] += 1 }
            }
            word.removeAll(keepingCapacity: true)
            length = 0
        }
        for s in text.unicodeScalars {
            if UTF8Bytes.isLetter(s) || s == "'" {
                if length < 12 {
                    if s.value < 0x80 {
                        word.append(UInt8(s.value >= 0x41 && s.value <= 0x5A ? s.value + 0x20 : s.value))
                        length += 1
                    } else {
                        for m in s.properties.lowercaseMapping.unicodeScalars {
                            UTF8.encode(m) { word.append($0) }
                            length += 1
                        }
                    }
                }
            } else {
                flush()
                if words >= sample { break }
            }
        }
        flush()
        // The most counted language; on a tie, the first code in alphabetical order.
        var best: Int? = nil
        for l in languages.indices where counts[l] >= 1 {
            if let b = best, counts[b] >= counts[l] { continue }
            best = l
        }
        return best.map { languages[$0] }
    }

    /// The language codes, in alphabetical order.
    private static let languages: [String] = stopwords.keys.sorted()

    /// Languages (positions in ``languages``) by function word.
    private static let index: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (l, lang) in languages.enumerated() {
            for w in stopwords[lang] ?? [] { index[w, default: []].append(l) }
        }
        return index
    }()

    /// Rules out most words before a lookup in ``index``.
    private static let filter = WordFilter(index.keys)

    /// The length in bytes of the longest function word.
    private static let longestWord: Int = stopwords.values.flatMap { $0 }.map(\.utf8.count).max() ?? 0
}
