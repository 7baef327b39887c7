/// Makes document text safe to show on a terminal: nothing from a document may act as a
/// control sequence. Controls become visible symbols; bidi overrides and invisible format
/// characters become a visible replacement.
public enum TerminalSafe {
    /// The character shown in place of an invisible or dangerous one.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Returns the visible stand-in for `s`, or `s` itself when it is safe to print.
    @inlinable
    public static func visible(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return s }
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) ?? replacement }  // ␀…␟ control pictures
        if v == 0x7F { return "\u{2421}" }  // ␡
        if v >= 0x80 && v < 0xA0 { return replacement }  // C1 controls
        switch v {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:  // bidi controls
            return replacement
        case 0x200B...0x200D, 0x2060...0x2064, 0xFEFF, 0x00AD, 0x180E:  // zero-width and soft hyphen
            return replacement
        case 0xFFF9...0xFFFB, 0xE0000...0xE007F:  // interlinear annotation, tags
            return replacement
        case 0x2028, 0x2029:
            return " "
        default:
            return s
        }
    }

    /// True when nothing in `text` needs replacing: no control, bidi or invisible character.
    public static func isSafe(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { visible($0) == $0 }
    }

    /// `text` with every unsafe scalar replaced by a visible one; tabs become a space.
    public static func sanitize(_ text: String) -> String {
        var needs = false
        for s in text.unicodeScalars where visible(s) != s {
            needs = true
            break
        }
        guard needs else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            out.append(s == "\t" ? " " : visible(s))
        }
        return String(out)
    }
}
