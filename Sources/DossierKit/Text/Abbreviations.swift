/// Words that end in a full stop without ending a sentence.
enum Abbreviations {
    /// Abbreviations (lower-case, without the final full stop) that never end a sentence.
    static let always: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "cf", "al", "pp", "vol", "vols",
        "ed", "eds", "fig", "figs", "approx", "inc", "ltd", "corp", "gen", "col", "lt", "maj", "capt",
        "sgt", "gov", "sen", "rep", "pres", "rev", "hon", "mt", "ft", "dept", "univ", "assoc", "sec",
        "para", "ibid", "op", "cit", "viz", "ca", "resp", "esp", "incl", "transl", "trans", "comp",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "sra", "srta", "pág", "núm", "vb", "bkz", "çev", "yy",
        "г", "гг", "см", "им", "ул", "т", "тыс", "млн", "руб", "проф", "акад", "стр",
        "mme", "mlle", "av", "nº", "no", "nos", "nr", "art", "ch", "chap", "ser", "suppl",
    ]
    /// Abbreviations that do not end a sentence only when a number follows (`No. 5`, `p. 12`).
    static let beforeNumber: WordSet = ["no", "nos", "p", "art", "ch", "sec", "vol", "nr", "nº", "fig"]
    /// Two-letter transliterated initials (`Sh.`, `Kh.`) that are read as initials.
    static let digraphInitials: WordSet = [
        "sh", "ch", "zh", "kh", "ts", "yu", "ya", "ye", "gh", "dj", "dzh", "th", "ph", "sch",
    ]
}
