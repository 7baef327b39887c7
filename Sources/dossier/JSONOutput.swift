import DossierKit
import Foundation

/// Encodes command results as JSON with keys in the documented order.
enum JSONOutput {
    /// `value` as JSON in which every character that could act on a terminal or hide text
    /// (C1 controls, DEL, bidi overrides, zero-width characters) is written as a `\uXXXX`
    /// escape: the same JSON value, safe to print on a terminal.
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return escapeInvisible(String(decoding: data, as: UTF8.self))
    }

    /// Escapes what ``TerminalSafe`` would replace; JSONEncoder already escapes C0 controls.
    static func escapeInvisible(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { TerminalSafe.visible($0) != $0 && $0.value >= 0x20 }) else {
            return json
        }
        var out = ""
        out.reserveCapacity(json.utf8.count + 64)
        for s in json.unicodeScalars {
            guard TerminalSafe.visible(s) != s && s.value >= 0x20 else {
                out.unicodeScalars.append(s)
                continue
            }
            for unit in String(s).utf16 { out += "\\u" + hex4(unit) }
        }
        return out
    }

    private static func hex4(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
