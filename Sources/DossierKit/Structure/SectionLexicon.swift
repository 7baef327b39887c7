/// Words that name the parts of a scholarly article, in the languages dossier meets most.
/// Generic vocabulary of the genre: nothing here names a particular article.
enum SectionLexicon {
    /// Headings that are top-level sections of a scholarly article.
    static let topLevel: Set<String> = [
        "introduction", "background", "literature review", "review of literature", "theoretical framework",
        "conceptual framework", "theory", "methodology", "methods", "method", "materials and methods",
        "research methods", "research methodology", "data and methods", "research design", "results",
        "findings", "results and discussion", "discussion", "analysis", "conclusion", "conclusions",
        "concluding remarks", "conclusion and recommendations", "summary and conclusions", "recommendations",
        "references", "bibliography", "works cited", "literature", "sources", "literature cited",
        "acknowledgements", "acknowledgments", "acknowledgement", "appendix", "notes", "endnotes", "funding",
        "conflict of interest", "conflicts of interest", "author contributions", "data availability",
        "introducción", "conclusiones", "conclusión", "metodología", "resultados", "discusión", "referencias",
        "bibliografía", "introdução", "conclusão", "referências", "einleitung", "fazit", "literatur",
        "giriş", "sonuç", "kaynakça", "kaynaklar", "yöntem", "bulgular", "tartışma",
        "введение", "заключение", "литература", "список литературы", "выводы", "результаты",
        "кириш", "хулоса", "kirish", "xulosa", "adabiyotlar", "foydalanilgan adabiyotlar",
        "nəticə", "ədəbiyyat", "ədəbiyyat siyahısı",
    ]

    /// Headings that open the reference list.
    static let references: Set<String> = [
        "references", "bibliography", "works cited", "literature", "sources", "literature cited",
        "references and notes", "reference list", "cited works", "sources and literature",
        "referencias", "bibliografía", "referências", "literatur", "literaturverzeichnis",
        "kaynakça", "kaynaklar", "литература", "список литературы", "библиография", "источники",
        "adabiyotlar", "foydalanilgan adabiyotlar", "ədəbiyyat", "ədəbiyyat siyahısı", "bibliographie",
    ]

    /// Headings of notes, which may hold bibliographic entries among explanatory ones.
    static let notes: Set<String> = [
        "notes", "endnotes", "footnotes", "notes and sources", "anmerkungen", "notas", "примечания",
    ]

    /// Headings that open an abstract, with the language of the abstract (nil: the article's own).
    static let abstracts: [String: String?] = [
        "abstract": nil, "summary": nil, "executive summary": nil,
        "resumen": "es", "resumo": "pt", "résumé": "fr", "resume": "fr", "zusammenfassung": "de",
        "özet": "tr", "öz": "tr", "xülasə": "az", "аннотация": "ru", "резюме": "ru", "анотація": "uk",
        "annotatsiya": "uz", "annotation": nil, "riassunto": "it", "abstrak": "id", "streszczenie": "pl",
    ]

    /// Labels that introduce keywords, with their language (nil: the article's own).
    static let keywords: [String: String?] = [
        "keywords": nil, "key words": nil, "keyword": nil, "index terms": nil, "key terms": nil,
        "palabras clave": "es", "palabras claves": "es", "palavras-chave": "pt", "palavras chave": "pt",
        "mots-clés": "fr", "mots clés": "fr", "schlüsselwörter": "de", "anahtar kelimeler": "tr",
        "anahtar sözcükler": "tr", "açar sözlər": "az", "ключевые слова": "ru", "ключові слова": "uk",
        "kalit so'zlar": "uz", "kalit so‘zlar": "uz", "parole chiave": "it", "kata kunci": "id",
        "słowa kluczowe": "pl",
    ]

    /// Words that mark an affiliation line in the front matter.
    static let organisationWords: WordSet = [
        "university", "universidad", "universidade", "université", "universität", "università", "universiteti",
        "üniversitesi", "universitet", "университет", "institute", "instituto", "institut",
        "институт", "academy", "academia", "akademiyası", "академия", "department", "departamento",
        "faculty", "facultad", "fakültesi", "school", "college", "centre", "center", "centro", "laboratory",
        "branch", "ministry", "council", "foundation", "society", "association", "museum", "library",
        "hospital", "agency", "office", "corporation", "company", "research", "sciences", "studies",
    ]

    /// Words that describe an author's job rather than name them.
    static let roleWords: WordSet = [
        "professor", "teacher", "lecturer", "researcher", "student", "phd", "ph.d", "candidate", "doctor",
        "associate", "assistant", "senior", "fellow", "director", "head", "dean", "editor", "analyst",
        "journalist", "correspondent", "postdoctoral", "doctoral", "master", "graduate",
    ]

    /// Lower-case words of many languages that never stand inside a person's name.
    static let functionWords: Set<String> = [
        "the", "of", "and", "in", "on", "for", "to", "a", "an", "with", "by", "from", "at", "as", "between",
        "its", "their", "is", "are", "was", "were", "be", "this", "that", "or", "not", "into", "under",
        "de", "la", "el", "los", "las", "y", "en", "del", "entre", "con", "por", "para", "e", "do", "da",
        "des", "du", "le", "et", "und", "der", "die", "das", "ve", "ile", "bir", "и", "в", "на", "с", "о",
        "va", "bilan", "və", "ilə",
    ]

    /// Words after which a line cannot end a sentence (used to rejoin page breaks).
    static let continuationWords: Set<String> = [
        "the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "by", "from", "at", "as",
        "that", "which", "who", "whom", "whose", "between", "its", "their", "his", "her", "our", "is",
        "are", "was", "were", "be", "been", "this", "these", "those", "not", "than", "into", "under",
        "over", "about", "against", "during", "without", "within", "through", "toward", "towards", "both",
        "either", "neither", "but", "nor", "so", "if", "while", "when", "where", "because", "although",
        "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "such",
    ]

    /// Cues of licence and publisher boilerplate.
    static let licenceCues: [String] = [
        "creative commons", "open access article", "this work is licensed", "licensed under",
        "all rights reserved", "this article is distributed under", "published by", "copyright ©",
        "© the author", "© the authors", "permits unrestricted use", "cc by", "cc-by",
        "licencia creative commons", "bajo una licencia",
    ]

    /// ``licenceCues`` compiled for a case-blind search in one pass.
    static let licenceNeedles = CaseBlindNeedles(licenceCues)

    /// Cues of an author biography.
    static let bioCues: [String] = [
        "graduate in", "graduated from", "is a professor", "is an associate professor", "is a lecturer",
        "is a researcher", "is a phd", "is a doctoral", "is a senior", "is a journalist", "his research",
        "her research", "their research", "research interests", "his interests", "her interests",
        "holds a phd", "holds a master", "received his", "received her", "originally from",
        "about the author", "is currently", "works as", "student of the master", "has participated in",
    ]

    /// Cues of a translation or reprint credit.
    static let creditCues: [String] = [
        "translated from", "translated by", "translation by", "translation from", "traducido por",
        "traducido de", "traduzido por", "перевод", "originally published", "first published in",
        "reprinted from", "reprinted with permission", "this article was originally",
    ]

    /// Month names (English and a few other languages), lower-case.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
    ]

    /// Normalises a heading for lookup: lower-case, numbering, markup and trailing punctuation removed.
    static func key(_ text: String) -> String {
        guard text.utf8.count <= 80 else { return "" }
        return asciiKey(text) ?? keyByCharacters(text)
    }

    /// ``key(_:)`` on the bytes of an ASCII text (where bytes are characters); nil otherwise.
    private static func asciiKey(_ text: String) -> String? {
        var copy = text
        return copy.withUTF8 { b -> String? in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            func at(_ i: Int) -> UInt8 { UTF8Bytes.lowercased(b[i]) }
            func isDigit(_ i: Int) -> Bool { i < b.count && UTF8Bytes.isDigit(b[i]) }
            func isByte(_ i: Int, _ c: UInt8) -> Bool { i < b.count && b[i] == c }
            func isClose(_ i: Int) -> Bool { isByte(i, 0x2E) || isByte(i, 0x29) }  // "." or ")"
            var lo = 0
            var hi = b.count
            var rest = 0
            while isByte(rest, 0x20) { rest += 1 }
            var numbering = rest
            while isDigit(numbering) || isByte(numbering, 0x2E) { numbering += 1 }
            if numbering > rest && isDigit(rest) {
                var after = numbering
                if isByte(after, 0x29) { after += 1 }
                if isByte(after, 0x20) { lo = after }
            } else {
                var roman = rest
                while roman < hi && [0x69, 0x76, 0x78, 0x6C, 0x63].contains(at(roman)) { roman += 1 }  // i v x l c
                let count = roman - rest
                if count > 0, count <= 4, isClose(roman), isByte(roman + 1, 0x20) {
                    lo = roman + 1
                } else if rest < hi, (0x61...0x7A).contains(at(rest)), hi - rest > 3, isClose(rest + 1),
                    isByte(rest + 2, 0x20)
                {
                    lo = rest + 2
                }
            }
            // ":", ".", " ", "*", "_", "#", tab and "-": the ASCII part of ``keyTrimmed``.
            func trimmed(_ i: Int) -> Bool { [0x3A, 0x2E, 0x20, 0x2A, 0x5F, 0x23, 0x09, 0x2D].contains(b[i]) }
            while lo < hi && trimmed(lo) { lo += 1 }
            while hi > lo && trimmed(hi - 1) { hi -= 1 }
            return String(unsafeUninitializedCapacity: hi - lo) { out in
                for i in lo..<hi { out[i - lo] = at(i) }
                return hi - lo
            }
        }
    }

    /// ``key(_:)`` by its definition, character by character.
    static func keyByCharacters(_ text: String) -> String {
        guard text.utf8.count <= 80 else { return "" }
        var s = Substring(Lowercasing.lowercased(text))
        // Drop leading numbering such as "1.", "2.3", "iv.", "a)".
        var rest = s.drop(while: { $0 == " " })
        let numbering = rest.prefix(while: { $0.isNumber || $0 == "." })
        if !numbering.isEmpty, numbering.first?.isNumber == true {
            rest = rest.dropFirst(numbering.count)
            if rest.first == ")" { rest = rest.dropFirst() }
            if rest.first == " " { s = rest }
        } else {
            let roman = rest.prefix(while: { "ivxlc".contains($0) })
            let after = rest.dropFirst(roman.count)
            if !roman.isEmpty, roman.count <= 4, let f = after.first, f == "." || f == ")",
                after.dropFirst().first == " "
            {
                s = after.dropFirst()
            } else if let f = rest.first, f.isLetter, rest.count > 3, let g = rest.dropFirst().first,
                g == "." || g == ")",
                rest.dropFirst(2).first == " "
            {
                s = rest.dropFirst(2)
            }
        }
        while let f = s.first, keyTrimmed.contains(f) { s = s.dropFirst() }
        while let l = s.last, keyTrimmed.contains(l) { s = s.dropLast() }
        return String(s)
    }

    /// What ``key(_:)`` trims from both ends.
    private static let keyTrimmed: Set<Character> = [":", ".", " ", "*", "_", "#", "\t", "-", "–", "—"]
}
