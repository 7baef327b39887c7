import DossierKit
import Foundation

/// The user's settings file, `$XDG_CONFIG_HOME/dossier/settings`: `name = value` lines, `#`
/// comments. A bad line is reported as `file:line: problem` and the rest applies.
///
///     corpus = ~/research/caucasus      # default corpus (repeat for several paths)
///     board = evidence                  # the board `b` adds to
///     clipboard = osc52                 # `y` copies through the terminal (off by default)
///     editor = nano                     # instead of $EDITOR / $VISUAL
///     pager = less -R                   # instead of $PAGER
///     color.person = magenta            # colours of kinds and of the interface
///     key.board-add = B                 # rebind an action (see `?` for the actions)
public struct Settings: Equatable, Sendable {
    public var corpus: [String] = []
    public var board = "evidence"
    public var clipboard = false
    public var editor: String?
    public var pager: String?
    /// Colour overrides by role.
    public var colors: [ColorRole: TerminalColor] = [:]
    /// User keys mapped to the keys of the actions they stand for.
    public var keys: [Key: Key] = [:]
    /// Problems, one line each.
    public var errors: [String] = []

    public init() {}

    /// The settings file's path.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        DataFolders(environment: environment).config + "/settings"
    }

    /// Reads `path`; a missing file gives the defaults.
    public static func load(path: String, home: String = NSHomeDirectory()) -> Settings {
        guard let data = FileManager.default.contents(atPath: path) else { return Settings() }
        return parse(TextDecoder.normaliseNewlines(String(decoding: data, as: UTF8.self)), file: path, home: home)
    }

    /// Parses settings text; `file` names it in errors.
    public static func parse(_ text: String, file: String, home: String = NSHomeDirectory()) -> Settings {
        var s = Settings()
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            func fail(_ problem: String) { s.errors.append("\(file):\(i + 1): \(problem)") }
            guard let eq = trimmed.firstIndex(of: "=") else {
                fail("expected 'name = value'")
                continue
            }
            let name = trimmed[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            let value = trimmed[trimmed.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else {
                fail("'\(name)' needs a value")
                continue
            }
            switch name {
            case "corpus":
                s.corpus.append(value.hasPrefix("~/") ? home + value.dropFirst() : value)
            case "board":
                if Board.isValidName(value) { s.board = value } else { fail("'\(value)' cannot name a board") }
            case "clipboard":
                switch value.lowercased() {
                case "osc52", "on", "yes", "true": s.clipboard = true
                case "off", "no", "false": s.clipboard = false
                default: fail("clipboard is 'osc52' or 'off'")
                }
            case "editor": s.editor = value
            case "pager": s.pager = value
            case _ where name.hasPrefix("color."):
                let roleName = String(name.dropFirst(6))
                guard let role = ColorRole.named(roleName) else {
                    fail(
                        "no colour role '\(roleName)' (roles: \(ColorRole.allCases.map(\.name).joined(separator: ", ")))"
                    )
                    continue
                }
                guard let color = TerminalColor(rawValue: value.lowercased()) else {
                    fail(
                        "no colour '\(value)' (colours: \(TerminalColor.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                    continue
                }
                s.colors[role] = color
            case _ where name.hasPrefix("key."):
                let actionName = String(name.dropFirst(4))
                guard let action = Action(rawValue: actionName) else {
                    fail(
                        "no action '\(actionName)' (actions: \(Action.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                    continue
                }
                guard let key = Key(spec: value) else {
                    fail("'\(value)' is not a key (a character, or tab, enter, ctrl-x, f2 …)")
                    continue
                }
                s.keys[key] = action.defaultKey
            default:
                fail("unknown setting '\(name)'")
            }
        }
        return s
    }
}

/// The eight standard terminal colours, and the terminal's default.
public enum TerminalColor: String, CaseIterable, Sendable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
}

extension ColorRole {
    /// The role's name in the settings file.
    public var name: String { String(describing: self) }

    static func named(_ name: String) -> ColorRole? { allCases.first { $0.name == name } }
}

extension Key {
    /// A key from its settings spelling: one character, or tab, enter, escape, backspace, space,
    /// up, down, left, right, pageup, pagedown, home, end, ctrl-X, f1…f12.
    init?(spec: String) {
        let lower = spec.lowercased()
        switch lower {
        case "tab": self = .tab
        case "enter", "return": self = .enter
        case "escape", "esc": self = .escape
        case "backspace": self = .backspace
        case "space": self = .char(" ")
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "pageup": self = .pageUp
        case "pagedown": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        default:
            if spec.count == 1, let c = spec.first {
                self = .char(c)
            } else if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isLetter {
                self = .ctrl(c)
            } else if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
                self = .function(n)
            } else {
                return nil
            }
        }
    }
}
