/// Guesses the language of a short text from its most common function words.
public enum LanguageGuess {
    private static let stopwords: [String: Set<String>] = [
        "en": ["the", "of", "and", "in", "to", "is", "that", "with", "for", "on", "as", "by", "this", "are", "was"],
        "es": ["el", "la", "los", "las", "de", "del", "y", "en", "que", "por", "con", "una", "para", "entre", "se", "su"],
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
        var counts: [String: Int] = [:]
        var words = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }) {
            words += 1
            if words > sample { break }
            let w = String(word)
            for (lang, set) in stopwords where set.contains(w) { counts[lang, default: 0] += 1 }
        }
        guard let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
            best.value >= 1
        else { return nil }
        return best.key
    }
}
