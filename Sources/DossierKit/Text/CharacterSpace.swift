extension Character {
    /// `isWhitespace`, answered without a Unicode property lookup for ASCII characters (the
    /// property lookup dominated the citation and reference matchers).
    var isSpace: Bool {
        if let a = asciiValue { return a == 0x20 || (a >= 0x09 && a <= 0x0D) }
        return isWhitespace
    }
}
