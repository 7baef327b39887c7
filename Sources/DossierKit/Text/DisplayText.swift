/// Turns exact ranges of (masked) text into the text a reader sees: markup dropped, runs of
/// white space and line breaks folded into one space.
public enum DisplayText {
    /// The display text of `ranges` taken in order from `masked` (see ``MarkupMask/masked(_:hidden:)``).
    public static func make<Bytes: RandomAccessCollection<UInt8>>(_ masked: Bytes, ranges: [TextRange]) -> String
    where Bytes.Index == Int {
        make(masked, rangeList: ranges)
    }

    /// ``make(_:ranges:)`` for any collection of ranges (one range without an array).
    private static func make<Bytes: RandomAccessCollection<UInt8>, Ranges: Collection<TextRange>>(
        _ masked: Bytes, rangeList ranges: Ranges
    ) -> String where Bytes.Index == Int {
        if let made = masked.withContiguousStorageIfAvailable({ fold($0, ranges: ranges) }) { return made }
        return Array(masked).withUnsafeBufferPointer { fold($0, ranges: ranges) }
    }

    /// The display text of `ranges` of `masked`, written straight into the string's storage.
    private static func fold<Ranges: Collection<TextRange>>(_ masked: UnsafeBufferPointer<UInt8>, ranges: Ranges)
        -> String
    {
        written(ranges: ranges, within: masked.count) { writer in
            for r in ranges {
                writer.boundary()
                writer.copy(masked, from: max(0, r.start), to: min(r.end, masked.count), skipsHidden: true)
            }
        }
    }

    /// The string `body` writes: room for the bytes of `ranges` (within `count` bytes) and a
    /// space between each, no list of pieces and no growing buffer.
    @inline(__always)
    private static func written<Ranges: Collection<TextRange>>(
        ranges: Ranges, within count: Int, _ body: (inout FoldingWriter) -> Void
    ) -> String {
        var capacity = 0
        for r in ranges { capacity += max(0, min(r.end, count) - max(0, r.start)) + 1 }
        guard capacity > 0 else { return "" }
        return String(unsafeUninitializedCapacity: capacity) { out in
            var writer = FoldingWriter(out: out)
            body(&writer)
            return writer.count
        }
    }

    /// The display text of one range.
    public static func make<Bytes: RandomAccessCollection<UInt8>>(_ masked: Bytes, range: TextRange) -> String
    where Bytes.Index == Int {
        make(masked, rangeList: CollectionOfOne(range))
    }

    /// The display text of `ranges` of unmasked `bytes`, leaving out the sorted `hidden` ranges.
    public static func make(_ bytes: UnsafeBufferPointer<UInt8>, hidden: [TextRange], ranges: [TextRange]) -> String {
        make(bytes, hidden: hidden, rangeList: ranges)
    }

    /// The display text of one range of unmasked `bytes`, leaving out the sorted `hidden` ranges.
    public static func make(_ bytes: UnsafeBufferPointer<UInt8>, hidden: [TextRange], range: TextRange) -> String {
        make(bytes, hidden: hidden, rangeList: CollectionOfOne(range))
    }

    private static func make<Ranges: Collection<TextRange>>(
        _ bytes: UnsafeBufferPointer<UInt8>, hidden: [TextRange], rangeList ranges: Ranges
    ) -> String {
        written(ranges: ranges, within: bytes.count) { writer in
            for range in ranges {
                writer.boundary()
                let start = max(0, range.start)
                let end = min(range.end, bytes.count)
                // First hidden range that ends after the start.
                var lo = 0
                var hi = hidden.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if hidden[mid].end <= start { lo = mid + 1 } else { hi = mid }
                }
                var cursor = start
                var h = lo
                while cursor < end {
                    // The visible piece from the cursor to the next hidden range (or the end).
                    let hides = h < hidden.count && hidden[h].start < end
                    let pieceEnd = hides ? max(cursor, hidden[h].start) : end
                    writer.copy(bytes, from: cursor, to: pieceEnd, skipsHidden: false)
                    guard hides else { break }
                    cursor = max(cursor, hidden[h].end)
                    h += 1
                }
            }
        }
    }

    /// Writes display bytes into a string's storage: runs of white space (and no-break spaces)
    /// become one space, written only before the next visible byte.
    private struct FoldingWriter {
        let out: UnsafeMutableBufferPointer<UInt8>
        var count = 0
        var pendingSpace = false

        init(out: UnsafeMutableBufferPointer<UInt8>) { self.out = out }

        /// Between two ranges: a space before whatever follows, if anything came before.
        @inline(__always)
        mutating func boundary() {
            if count > 0 { pendingSpace = true }
        }

        /// Copies `bytes[from..<to]`, leaving out ``MarkupMask/hiddenByte`` when `skipsHidden`.
        @inline(__always)
        mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, skipsHidden: Bool) {
            guard let source = bytes.baseAddress, let target = out.baseAddress else { return }
            var i = from
            while i < to {
                // Eight bytes at a time up to the first that needs a look of its own.
                if i + 8 <= to && count + 9 <= out.count {
                    let word = ByteLanes.load(source, at: i)
                    let plain = Self.plainPrefix(word)
                    if plain > 0 {
                        if pendingSpace {
                            target[count] = 0x20
                            count += 1
                            pendingSpace = false
                        }
                        UnsafeMutableRawPointer(target + count).storeBytes(of: word.littleEndian, as: UInt64.self)
                        count += plain
                        i += plain
                        continue
                    }
                }
                let b = bytes[i]
                if skipsHidden && b == MarkupMask.hiddenByte {
                    i += 1
                } else if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                    pendingSpace = count > 0
                    i += 1
                } else if b == 0xC2 && i + 1 < to && bytes[i + 1] == 0xA0 {
                    // U+00A0 no-break space folds too.
                    pendingSpace = count > 0
                    i += 2
                } else {
                    if pendingSpace {
                        out[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    out[count] = b
                    count += 1
                    i += 1
                }
            }
        }

        /// How many of the eight bytes of `word` (first byte lowest) come before the first one
        /// below 0x21 (white space, controls, ``MarkupMask/hiddenByte``) or 0xC2 (the lead byte
        /// of U+00A0): the lowest flagged byte of these tests is exact, a borrow only ever marks
        /// bytes above a true one.
        @inline(__always)
        static func plainPrefix(_ word: UInt64) -> Int {
            let ones = ByteLanes.ones
            let highs = ByteLanes.highs
            let below = (word &- ones &* 0x21) & ~word & highs
            let c2 = word ^ (ones &* 0xC2)
            let isC2 = (c2 &- ones) & ~c2 & highs
            let flags = below | isC2
            return flags == 0 ? 8 : flags.trailingZeroBitCount >> 3
        }
    }
}
