/// Byte tests that rule a pattern out before a regular expression runs: a pattern with a
/// literal `@`, `://` or `10.` cannot match text without it, and Swift's `Regex` costs far
/// more than a scan of the bytes. They never change a result, only skip work.
enum QuickScan {
    /// True when `text` holds `needle` (ASCII) somewhere.
    static func contains(_ needle: StaticString, in text: String) -> Bool {
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard !n.isEmpty else { return true }
        return text.utf8.withContiguousStorageIfAvailable { TextSearch.offset($0, n) != nil } ?? true
    }

    /// True when `byte` occurs at least `minimum` times in `text`.
    static func count(of byte: UInt8, in text: String, atLeast minimum: Int) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { b -> Bool in
            var n = 0
            for c in b where c == byte {
                n += 1
                if n >= minimum { return true }
            }
            return false
        } ?? true
    }
}
