import Foundation

/// Reads a JSON file dossier keeps for itself. A missing file is an empty value; a file that
/// cannot be decoded is never dropped silently: it is renamed aside (`NAME.corrupt-DATE`) and
/// a warning says where it went, then dossier starts from an empty value.
public enum StoredFile {
    /// The decoded value, or `empty` and a warning.
    public static func load<T: Decodable>(_ type: T.Type, from path: String, empty: T) -> (T, [String]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) { return (empty, ["\(path): cannot be read"]) }
            return (empty, [])
        }
        do {
            return (try JSONDecoder().decode(T.self, from: data), [])
        } catch {
            let aside = path + ".corrupt-" + timestamp()
            if rename(path, aside) == 0 {
                return (empty, ["\(path): damaged (not valid JSON); kept as \(aside), starting afresh"])
            }
            return (empty, ["\(path): damaged (not valid JSON) and cannot be set aside; not changed"])
        }
    }

    /// Writes `value` as JSON (keys sorted, indented for a person reading it), atomically.
    public static func save<T: Encodable>(_ value: T, to path: String) throws(WorkspaceError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else {
            throw .cannotWrite(path: path, reason: "cannot be encoded")
        }
        try AtomicFile.write([UInt8](data) + [0x0A], to: path)
    }

    static func timestamp() -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd-HHmmss"
        return f.string(from: Date())
    }
}
