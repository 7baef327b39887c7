/// A fixed set of lower-case needles found in text with ASCII letters compared case-blind, in
/// one pass: each position is tested against the needles that start with its two bytes.
struct CaseBlindNeedles: Sendable {
    /// Needles (as bytes) by their first two bytes.
    private let byStart: [UInt16: [[UInt8]]]
    /// A bit per pair of first two bytes that starts a needle: most positions need no lookup.
    private let starts: [UInt64]
    /// Needles of one byte.
    private let single: Set<UInt8>

    init(_ needles: [String]) {
        var byStart: [UInt16: [[UInt8]]] = [:]
        var single: Set<UInt8> = []
        for needle in needles {
            let bytes = Array(needle.utf8)
            if bytes.count >= 2 {
                byStart[UInt16(bytes[0]) << 8 | UInt16(bytes[1]), default: []].append(bytes)
            } else if let b = bytes.first {
                single.insert(b)
            }
        }
        self.byStart = byStart
        self.single = single
        var starts = [UInt64](repeating: 0, count: 1024)
        for key in byStart.keys { starts[Int(key) >> 6] |= 1 << UInt64(key & 63) }
        self.starts = starts
    }

    private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// True when `text`, ASCII letters lowered, contains a needle.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !text.isEmpty else { return false }
        var previous = Self.lower(text[0])
        if !single.isEmpty && single.contains(previous) { return true }
        var i = 1
        while i < text.count {
            let b = Self.lower(text[i])
            if !single.isEmpty && single.contains(b) { return true }
            let pair = UInt16(previous) << 8 | UInt16(b)
            if starts[Int(pair) >> 6] & (1 << UInt64(pair & 63)) != 0, let candidates = byStart[pair] {
                let start = i - 1
                for needle in candidates where start + needle.count <= text.count {
                    var k = 2
                    while k < needle.count && Self.lower(text[start + k]) == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
            }
            previous = b
            i += 1
        }
        return false
    }
}
