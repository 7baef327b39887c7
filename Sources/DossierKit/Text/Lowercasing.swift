/// `String.lowercased()` made on the bytes: the standard library lower-cases a text outside
/// ASCII scalar by scalar, building each scalar's mapping as a `String` (tens of thousands of
/// instructions for a heading with one dash); here ASCII is lowered in place, a scalar that
/// does not change when lower-cased is copied, and only the others are mapped.
enum Lowercasing {
    /// Equal to `text.lowercased()` (`FastPathTests` compares them on every scalar).
    static func lowercased(_ text: String) -> String {
        var copy = text
        let mapped = copy.withUTF8 { bytes -> String? in
            // ASCII: the standard library's own fast path.
            guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    out.append(UTF8Bytes.lowercased(b))
                    i += 1
                    continue
                }
                let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: i)
                if scalar.properties.changesWhenLowercased {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<min(i + length, bytes.count)]))
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
        return mapped ?? text.lowercased()
    }
}
