/// Fast substring tests on UTF-8 bytes (Foundation's `contains` is slow on Linux).
public enum TextSearch {
    /// True when `text` contains `needle`, comparing bytes.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        var t = text
        var n = needle
        return t.withUTF8 { tb in n.withUTF8 { nb in find(tb, nb) } }
    }

    /// True when `text` contains any of `needles`.
    public static func containsAny(_ text: String, _ needles: [String]) -> Bool {
        var t = text
        return t.withUTF8 { tb in
            needles.contains { needle in
                var n = needle
                return n.withUTF8 { find(tb, $0) }
            }
        }
    }

    private static func find(_ t: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !n.isEmpty else { return true }
        guard t.count >= n.count else { return false }
        let first = n[0]
        var i = 0
        let last = t.count - n.count
        while i <= last {
            if t[i] == first {
                var k = 1
                while k < n.count && t[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }
}
