/// A half-open range of UTF-8 byte offsets into a document's normalised text.
///
/// Every sentence, heading, mention and citation in dossier carries one, so that a reader can
/// highlight exactly the bytes it came from.
public struct TextRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int

    /// Creates a range; `end` must not be below `start`.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// Number of bytes covered.
    public var length: Int { end - start }
    /// True when the range covers no byte.
    public var isEmpty: Bool { end == start }

    /// True when `offset` lies inside the range.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    /// True when `other` lies entirely inside this range.
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }
    /// True when the two ranges share at least one byte.
    public func overlaps(_ other: TextRange) -> Bool { other.start < end && start < other.end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
