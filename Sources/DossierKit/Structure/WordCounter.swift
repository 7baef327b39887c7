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
                    let words = wordBytes(ByteLanes.load(base, at: i))
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
        guard ByteLanes.isASCII(word), !ByteLanes.contains(word, 0x27), !ByteLanes.contains(word, 0x2D) else {
            return nil
        }
        return ByteLanes.within(word | ByteLanes.ones &* 0x20, 0x61, 0x7A) | ByteLanes.within(word, 0x30, 0x39)
    }
}
