import Foundation

/// A correction of the actor index, as one line of the user's catalog (format in the README).
public enum Correction: Equatable, Sendable {
    case rename(String, to: String)
    /// `source` becomes part of `target`.
    case merge(String, into: String)
    case kind(String, ActorKind)
    case ignore(String)
    case alias(String, alias: String)

    /// The catalog line, or nil when a name cannot be written in the catalog format.
    public var line: String? {
        let names: [String]
        let text: String
        switch self {
        case .rename(let old, let new):
            names = [old, new]
            text = "rename: \(old) | \(new)"
        case .merge(let source, let target):
            names = [source, target]
            text = "merge: \(target) | \(source)"
        case .kind(let name, let kind):
            names = [name]
            text = "kind: \(name) | \(kind.rawValue)"
        case .ignore(let name):
            names = [name]
            text = "ignore: \(name)"
        case .alias(let name, let alias):
            names = [name, alias]
            text = "alias: \(name) | \(alias)"
        }
        guard names.allSatisfy(Self.isWritable) else { return nil }
        return text
    }

    /// What the status line says once it is applied.
    public var summary: String {
        switch self {
        case .rename(let old, let new): return "renamed \(old) to \(new)"
        case .merge(let source, let target): return "merged \(source) into \(target)"
        case .kind(let name, let kind): return "\(name) is now a \(kind.rawValue)"
        case .ignore(let name): return "\(name) is no longer an actor"
        case .alias(let name, let alias): return "\(alias) is now a name of \(name)"
        }
    }

    /// A name fits on a catalog line: not empty, and no `|`, `#`, `@` or line break.
    public static func isWritable(_ name: String) -> Bool {
        let t = name.trimmingCharacters(in: .whitespaces)
        return !t.isEmpty && t == name && !name.contains { "|#@\n\r".contains($0) }
            && TerminalSafe.isSafe(name)
    }
}
