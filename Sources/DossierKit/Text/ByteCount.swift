/// Counts over bytes, eight at a time.
enum ByteCount {
    private static let ones = ByteLanes.ones
    private static let highs = ByteLanes.highs
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// How many bytes of `bytes` are `byte`.
    static func of(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let pattern = ones &* UInt64(byte)
        return count(
            bytes,
            word: { w in
                // High bit set exactly in the bytes of `x` that are zero.
                let x = w ^ pattern
                return (~(((x & lows) &+ lows) | x) & highs).nonzeroBitCount
            }, byte: { $0 == byte ? 1 : 0 })
    }

    /// How many Unicode scalars the UTF-8 `bytes` hold: every byte that does not continue a
    /// scalar (`10xxxxxx`) starts one.
    static func scalars(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let continuations = count(
            bytes, word: { w in (w & ~(w << 1) & highs).nonzeroBitCount }, byte: { $0 & 0xC0 == 0x80 ? 1 : 0 })
        return bytes.count - continuations
    }

    /// The sum of `word` over the eight-byte words of `bytes` and of `byte` over the bytes left.
    @inline(__always)
    private static func count(
        _ bytes: UnsafeBufferPointer<UInt8>, word: (UInt64) -> Int, byte: (UInt8) -> Int
    ) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var total = 0
        var i = 0
        while i + 8 <= bytes.count {
            total += word(ByteLanes.load(base, at: i))
            i += 8
        }
        while i < bytes.count {
            total += byte(bytes[i])
            i += 1
        }
        return total
    }
}
