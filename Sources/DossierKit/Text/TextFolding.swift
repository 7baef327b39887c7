import Foundation

/// Case- and diacritic-insensitive folding, with the Turkic letters that Unicode does not
/// decompose (ı, ə, ø, ł, đ) mapped to their plain Latin neighbours.
public enum TextFolding {
    /// Folded forms of U+0080…U+052F (Latin, Greek, Cyrillic), computed once.
    private static let table: [String] = (0x80...0x52F).map { v in
        guard let s = Unicode.Scalar(UInt32(v)) else { return "" }
        if let mapped = special[UInt32(v)] { return mapped }
        var out = String.UnicodeScalarView()
        for d in String(s).decomposedStringWithCanonicalMapping.unicodeScalars {
            if d.properties.generalCategory == .nonspacingMark { continue }
            out.append(contentsOf: d.properties.lowercaseMapping.unicodeScalars)
        }
        return String(out)
    }

    /// Folds `text` for comparison: "Türkiye" and "turkiye", "Şuşa" and "susa" fold alike.
    public static func fold(_ text: String) -> String {
        var lowerASCII = true
        var ascii = true
        for b in text.utf8 {
            if b >= 0x80 {
                ascii = false
                lowerASCII = false
                break
            }
            if b >= 0x41 && b <= 0x5A { lowerASCII = false }
        }
        if lowerASCII { return text }
        if ascii {
            let count = text.utf8.count
            return String(unsafeUninitializedCapacity: count) { out in
                var i = 0
                for b in text.utf8 {
                    out[i] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                    i += 1
                }
                return count
            }
        }
        // Built as UTF-8 bytes: ASCII lowered in place, other scalars through the table.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
            } else if v <= 0x52F {
                out.append(contentsOf: tableBytes[Int(v) - 0x80])
            } else if let mapped = special[v] {
                out.append(contentsOf: mapped.utf8)
            } else if s.properties.generalCategory == .nonspacingMark {
                continue
            } else if s.properties.changesWhenLowercased {
                out.append(contentsOf: s.properties.lowercaseMapping.utf8)
            } else {
                UTF8.encode(s) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``table`` as UTF-8 bytes.
    private static let tableBytes: [[UInt8]] = table.map { Array($0.utf8) }

    private static let special: [UInt32: String] = [
        0x0131: "i", 0x0130: "i", 0x0259: "e", 0x018F: "e", 0x00F8: "o", 0x00D8: "o", 0x0142: "l",
        0x0141: "l", 0x0111: "d", 0x0110: "d", 0x00DF: "ss", 0x00E6: "ae", 0x00C6: "ae", 0x0153: "oe",
        0x0152: "oe", 0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x02BB: "'",
    ]
}
