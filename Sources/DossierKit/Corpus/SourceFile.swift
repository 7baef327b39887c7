/// One article file, read and decoded, before any analysis.
public struct SourceFile: Sendable {
    /// The path shown to the user: as given on the command line, or relative to the folder given.
    public var file: String
    /// The path used to read the file.
    public var path: String
    /// The decoded, newline-normalised text.
    public var text: String
    /// How the bytes were decoded.
    public var encoding: SourceEncoding
    /// Problems found while reading this file.
    public var warnings: [String]
    /// Size of the file in bytes as read from disk.
    public var byteCount: Int
    /// ``ContentHash`` of the bytes read (the cache's check that a file is unchanged).
    var contentHash: UInt64

    public init(file: String, path: String, text: String, encoding: SourceEncoding, warnings: [String], byteCount: Int)
    {
        self.init(
            file: file, path: path, text: text, encoding: encoding, warnings: warnings, byteCount: byteCount,
            contentHash: 0)
    }

    init(
        file: String, path: String, text: String, encoding: SourceEncoding, warnings: [String], byteCount: Int,
        contentHash: UInt64
    ) {
        self.file = file
        self.path = path
        self.text = text
        self.encoding = encoding
        self.warnings = warnings
        self.byteCount = byteCount
        self.contentHash = contentHash
    }
}
