/// A fixed set of lower-case needles found in text with ASCII letters compared case-blind, in
/// one pass: each position is tested against the needles that start with its two bytes.
struct CaseBlindNeedles: Sendable {
    /// For each pair of first two bytes (`first << 8 | second`), one more than the index of its
    /// group in ``groups``, or 0 when no needle starts so: one load per position of the text.
    private let slots: [UInt16]
    /// Needles (as bytes) that share their first two bytes.
    private let groups: [[[UInt8]]]
    /// Needles of one byte.
    private let single: Set<UInt8>

    init(_ needles: [String]) {
        var slots = [UInt16](repeating: 0, count: 1 << 16)
        var groups: [[[UInt8]]] = []
        var single: Set<UInt8> = []
        for needle in needles {
            let bytes = Array(needle.utf8)
            if bytes.count >= 2 {
                let pair = Int(bytes[0]) << 8 | Int(bytes[1])
                if slots[pair] == 0 {
                    groups.append([])
                    slots[pair] = UInt16(groups.count)
                }
                groups[Int(slots[pair]) - 1].append(bytes)
            } else if let b = bytes.first {
                single.insert(b)
            }
        }
        precondition(groups.count < Int(UInt16.max), "too many needle starts")
        self.slots = slots
        self.groups = groups
        self.single = single
    }

    @inline(__always)
    private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// True when `text`, ASCII letters lowered, contains a needle.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !text.isEmpty else { return false }
        if !single.isEmpty, text.contains(where: { single.contains(Self.lower($0)) }) { return true }
        return slots.withUnsafeBufferPointer { slots in
            var previous = Int(Self.lower(text[0]))
            var i = 1
            while i < text.count {
                let b = Int(Self.lower(text[i]))
                let slot = Int(slots[previous << 8 | b])
                if slot != 0 {
                    let start = i - 1
                    for needle in groups[slot - 1] where start + needle.count <= text.count {
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
}
