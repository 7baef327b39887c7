/// The ranges of a document's in-text citations, sorted, to leave their words out of a
/// sentence's tokens ("Aliyev (2010)" cites an author; it does not mention an actor) without
/// testing every token against every citation.
struct CitedRanges {
    private let ranges: [TextRange]
    private let longest: Int

    init(_ citations: [Citation]) {
        ranges = citations.map(\.range).sorted()
        longest = ranges.map(\.length).max() ?? 0
    }

    /// Removes from `tokens` (in text order) those that start inside a citation.
    func removeCited(from tokens: inout [Token]) {
        guard !ranges.isEmpty, let first = tokens.first?.start, let last = tokens.last?.start else { return }
        // Ranges that can hold a token start: start ≤ last and end > first.
        var low = 0
        var high = ranges.count
        let from = first - longest
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].start < from { low = mid + 1 } else { high = mid }
        }
        var near: [TextRange] = []
        var k = low
        while k < ranges.count && ranges[k].start <= last {
            if ranges[k].end > first { near.append(ranges[k]) }
            k += 1
        }
        guard !near.isEmpty else { return }
        tokens.removeAll { t in near.contains { $0.contains(t.start) } }
    }
}
