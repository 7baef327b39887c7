import Foundation

/// A document written to take over a terminal: every kind of control the hardening issue names.
enum HostileText {
    static let document =
        "Evil \u{1B}]0;PWNED\u{07}title \u{1B}[31mred\u{1B}[?25l\n\n"
        + "Georgia and Armenia met in 1991. \u{1B}]52;c;cHduZWQ=\u{07}\u{1B}[2J\u{1B}[H cursor\u{1B}[10;10H moved. "
        + "Then \u{9B}31m eight-bit \u{9D}0;C1TITLE\u{9C} controls, bell\u{07}\u{07} and back\u{08}\u{08}space. "
        + "Bidi \u{202E}desrever\u{202C} and \u{2067}isolate\u{2069}, zero\u{200B}\u{200D}\u{FEFF}width. "
        + String(repeating: "Ab", count: 5000) + " Done in 1992.\n"

    /// A fresh folder holding the hostile document; remove it when done.
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(document.utf8).write(to: dir.appendingPathComponent("evil.txt"))
        return dir
    }
}
