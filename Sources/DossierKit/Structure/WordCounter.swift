/// Counts words: runs of letters and digits (with inner apostrophes and hyphens).
enum WordCounter {
    /// The words of `masked`, eight bytes at a time where they are plain ASCII letters, digits
    /// and separators (no apostrophe, hyphen or other byte that needs a look of its own).
    static func count(_ masked: [UInt8]) -> Int {
        count(masked, eightAtATime: true)
    }

    /// ``count(_:)``; byte by byte (as defined) unless `eightAtATime`.
    static func count(_ masked: [UInt8], eightAtATime: Bool) -> Int {
        masked.withUnsafeBufferPointer { bytes in
            var count = 0
            var inWord = false
            var i = 0
            let n = bytes.count
            while i < n {
                if eightAtATime, i + 8 <= n, let base = bytes.baseAddress,
                    let words = wordBytes(
                        UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)))
                {
                    // A word starts at a word byte after a byte that is not one.
                    let before = words << 8 | (inWord ? 0x80 : 0)
                    count += (words & ~before).nonzeroBitCount
                    inWord = words >> 56 != 0
                    i += 8
                    continue
                }
                let b = bytes[i]
                if b < 0x80 {
                    let isWord = UTF8Bytes.isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
                    if isWord {
                        if !inWord { count += 1 }
                        inWord = true
                    } else if !(inWord && (b == 0x27 || b == 0x2D) && i + 1 < n && bytes[i + 1] >= 0x30) {
                        inWord = false
                    }
                    i += 1
                } else {
                    let (s, len) = UTF8Bytes.scalar(in: bytes, at: i)
                    if UTF8Bytes.isWordScalar(s) {
                        if !inWord { count += 1 }
                        inWord = true
                    } else if !(inWord && s == "\u{2019}") {
                        inWord = false
                    }
                    i += len
                }
            }
            return count
        }
    }

    /// The high bit of each byte of `word` (first byte lowest) that is an ASCII letter or
    /// digit; nil when a byte is not ASCII, an apostrophe or a hyphen.
    @inline(__always)
    private static func wordBytes(_ word: UInt64) -> UInt64? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        guard word & highs == 0 else { return nil }
        // A byte is 0x27 or 0x2D: the zero-byte test on `word ^ byte` (exact about whether any is).
        let apostrophe = word ^ (ones &* 0x27)
        let hyphen = word ^ (ones &* 0x2D)
        guard (apostrophe &- ones) & ~apostrophe & highs == 0, (hyphen &- ones) & ~hyphen & highs == 0 else {
            return nil
        }
        // `x` in `lo...hi` for bytes below 0x80: x + (0x80 - lo) has its high bit set when x ≥ lo,
        // x + (0x7F - hi) when x > hi; neither sum carries into the next byte.
        @inline(__always) func within(_ x: UInt64, _ lo: UInt64, _ hi: UInt64) -> UInt64 {
            (x &+ ones &* (0x80 - lo)) & ~(x &+ ones &* (0x7F - hi)) & highs
        }
        return within(word | ones &* 0x20, 0x61, 0x7A) | within(word, 0x30, 0x39)
    }
}
