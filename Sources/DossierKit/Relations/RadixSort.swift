/// A stable least-significant-digit radix sort on non-negative 64-bit keys, 16 bits a pass,
/// skipping the digits that no key uses: elements with equal keys keep their order. Relation
/// building sorts millions of (pair, evidence) entries that arrive in evidence order, so a
/// stable sort by pair alone gives (pair, evidence) order, several times faster than comparing.
/// A list already in order is left as it is after one pass that reads the keys.
enum RadixSort {
    static func sort<T>(_ items: inout [T], key: (T) -> Int64) {
        guard items.count > 1 else { return }
        var used: UInt64 = 0
        var previous: Int64 = 0
        var inOrder = true
        for item in items {
            let k = key(item)
            precondition(k >= 0, "radix sort keys must not be negative")
            used |= UInt64(k)
            if k < previous { inOrder = false }
            previous = k
        }
        // Already in order: a stable sort leaves the list as it is.
        if inOrder { return }
        var source = items
        items = []
        var target = source
        var counts = [Int](repeating: 0, count: 1 << 16)
        for pass in 0..<4 {
            let shift = UInt64(pass * 16)
            guard (used >> shift) & 0xFFFF != 0 else { continue }
            for i in counts.indices { counts[i] = 0 }
            for item in source { counts[Int((UInt64(key(item)) >> shift) & 0xFFFF)] += 1 }
            var total = 0
            for i in counts.indices {
                let c = counts[i]
                counts[i] = total
                total += c
            }
            for item in source {
                let d = Int((UInt64(key(item)) >> shift) & 0xFFFF)
                target[counts[d]] = item
                counts[d] += 1
            }
            swap(&source, &target)
        }
        items = source
    }
}
