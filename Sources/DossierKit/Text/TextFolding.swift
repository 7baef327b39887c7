import Foundation

/// Case- and diacritic-insensitive folding, with the Turkic letters that Unicode does not
/// decompose (ı, ə, ø, ł, đ) mapped to their plain Latin neighbours.
public enum TextFolding {
    /// Folds `text` for comparison: "Türkiye" and "turkiye", "Şuşa" and "susa" fold alike.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : s)
                continue
            }
            if let mapped = special[v] {
                out.append(contentsOf: mapped.unicodeScalars)
                continue
            }
            let decomposed = String(s).decomposedStringWithCanonicalMapping.unicodeScalars
            for d in decomposed {
                if d.properties.generalCategory == .nonspacingMark { continue }
                let lowered = d.properties.lowercaseMapping
                out.append(contentsOf: lowered.unicodeScalars)
            }
        }
        return String(out)
    }

    private static let special: [UInt32: String] = [
        0x0131: "i", 0x0130: "i", 0x0259: "e", 0x018F: "e", 0x00F8: "o", 0x00D8: "o", 0x0142: "l",
        0x0141: "l", 0x0111: "d", 0x0110: "d", 0x00DF: "ss", 0x00E6: "ae", 0x00C6: "ae", 0x0153: "oe",
        0x0152: "oe", 0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x02BB: "'",
    ]
}
