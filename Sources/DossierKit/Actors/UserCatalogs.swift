import Foundation

/// Where a user keeps catalog files: `dossier.catalog` in a corpus folder, and `catalog` in
/// the user's config folder (`$XDG_CONFIG_HOME/dossier`, by default `~/.config/dossier`).
public enum UserCatalogs {
    /// The name of the catalog file inside a corpus folder.
    public static let corpusFileName = "dossier.catalog"

    /// The user's own catalog file path.
    public static func configFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/dossier/catalog" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/dossier/catalog"
    }

    /// The catalog files that apply to `paths`, in reading order (config first, then corpus).
    public static func files(for paths: [String], environment: [String: String] = ProcessInfo.processInfo.environment)
        -> [String]
    {
        var files = [configFile(environment: environment)]
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                files.append((path.hasSuffix("/") ? path : path + "/") + corpusFileName)
            }
        }
        return files
    }

    /// The built-in catalog extended with every user catalog file that exists for `paths`.
    public static func catalog(for paths: [String], environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Catalog
    {
        var catalog = Catalog.builtIn
        for file in files(for: paths, environment: environment) where FileManager.default.fileExists(atPath: file) {
            guard let data = FileManager.default.contents(atPath: file) else {
                catalog.note(CatalogError(file: file, line: 0, message: "cannot be read"))
                continue
            }
            // Line numbers in errors count lines as an editor does: CR LF and a lone CR end one.
            catalog.read(TextDecoder.normaliseNewlines(String(decoding: data, as: UTF8.self)), file: file)
        }
        return catalog
    }
}
