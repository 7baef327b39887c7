/// An immutable table from short words to values, probed with a ``PackedWord``: open
/// addressing over a power-of-two array, built once from a dictionary.
struct PackedWordTable<Value: Sendable>: Sendable {
    private var keys: [PackedWord]
    private var values: [Value?]
    private let shift: UInt64

    /// The table of `entries` (words longer than ``PackedWord/capacity`` bytes are left out:
    /// no packed word can name them).
    init(_ entries: [String: Value]) {
        var bits = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        shift = UInt64(64 - bits)
        keys = [PackedWord](repeating: PackedWord(), count: 1 << bits)
        values = [Value?](repeating: nil, count: 1 << bits)
        let mask = (1 << bits) - 1
        for (word, value) in entries {
            let key = PackedWord(word)
            guard key.isPacked, key.count > 0 else { continue }
            var slot = Int(truncatingIfNeeded: key.mixed >> shift)
            while values[slot] != nil && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The value of `word`, or nil when the table does not hold it.
    @inline(__always)
    subscript(word: PackedWord) -> Value? {
        guard word.isPacked else { return nil }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: word.mixed >> shift)
        while let value = values[slot] {
            if keys[slot] == word { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
