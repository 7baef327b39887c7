import Foundation

/// Where dossier keeps what it writes for itself, following the XDG base directories. Nothing
/// is ever written inside a corpus.
public struct DataFolders: Sendable {
    /// `$XDG_CONFIG_HOME/dossier` (settings, the user's catalog).
    public var config: String
    /// `$XDG_DATA_HOME/dossier` (boards and notes, per corpus).
    public var data: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"] ?? NSHomeDirectory()
        func base(_ variable: String, _ fallback: String) -> String {
            if let v = environment[variable], v.hasPrefix("/") { return v }
            return home + "/" + fallback
        }
        config = base("XDG_CONFIG_HOME", ".config") + "/dossier"
        data = base("XDG_DATA_HOME", ".local/share") + "/dossier"
    }

    /// The folder of one corpus's boards and notes: named after the corpus and a hash of its
    /// absolute paths, so that two corpora never share one and the same corpus always finds its own.
    public func corpusFolder(for paths: [String]) -> String {
        let absolute = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
            .sorted()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in absolute.joined(separator: "\n").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let name = absolute.count == 1 ? (absolute[0] as NSString).lastPathComponent : "\(absolute.count)-paths"
        let slug = String(
            name.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-" })
        let hex = String(hash, radix: 16)
        return data + "/corpora/" + (slug.isEmpty ? "corpus" : slug) + "-"
            + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
