/// Every document's actor mentions in text order, each with the actor it belongs to, gathered
/// when a document is asked for: each actor's mentions are sorted by document, so one document
/// costs a binary search per actor, and nothing is built for documents nobody opens.
public struct DocumentMentions: RandomAccessCollection, Sendable {
    private let actors: [Actor]
    private let documentCount: Int

    init(actors: [Actor], documentCount: Int) {
        self.actors = actors
        self.documentCount = documentCount
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { documentCount }

    /// Document `d`'s mentions in text order.
    public subscript(d: Int) -> [(actor: Int, mention: Mention)] {
        var found: [(actor: Int, mention: Mention)] = []
        for a in actors {
            let ms = a.mentions
            var lo = 0
            var hi = ms.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if ms[mid].document < d { lo = mid + 1 } else { hi = mid }
            }
            while lo < ms.count && ms[lo].document == d {
                found.append((a.id, ms[lo]))
                lo += 1
            }
        }
        found.sort { $0.mention.range.start < $1.mention.range.start }
        return found
    }

    /// The mentions of every document at once, in one flat table (for building relations over
    /// the whole corpus, where asking document by document would search every actor each time).
    func flat() -> Flat {
        Flat(actors: actors, documentCount: documentCount)
    }

    /// Every document's mentions in one flat table of (actor, position in its mentions).
    struct Flat: Sendable {
        private let actors: [Actor]
        /// Document `d`'s entries are `entries[starts[d]..<starts[d + 1]]`.
        private let starts: [Int32]
        private let entries: [(actor: Int32, index: Int32)]

        init(actors: [Actor], documentCount: Int) {
            self.actors = actors
            var starts = [Int32](repeating: 0, count: documentCount + 1)
            for a in actors {
                for m in a.mentions where m.document >= 0 && m.document < documentCount { starts[m.document + 1] += 1 }
            }
            for d in 0..<documentCount { starts[d + 1] += starts[d] }
            var fill = starts
            var keyed = [(start: Int, actor: Int32, index: Int32)](
                repeating: (0, 0, 0), count: Int(starts[documentCount]))
            for a in actors {
                for (i, m) in a.mentions.enumerated() where m.document >= 0 && m.document < documentCount {
                    keyed[Int(fill[m.document])] = (m.range.start, Int32(a.id), Int32(i))
                    fill[m.document] += 1
                }
            }
            for d in 0..<documentCount {
                keyed[Int(starts[d])..<Int(starts[d + 1])].sort { $0.start < $1.start }
            }
            self.starts = starts
            entries = keyed.map { ($0.actor, $0.index) }
        }

        var count: Int { starts.count - 1 }

        /// Document `d`'s mentions in text order.
        subscript(d: Int) -> [(actor: Int, mention: Mention)] {
            entries[Int(starts[d])..<Int(starts[d + 1])].map { e in
                (actor: Int(e.actor), mention: actors[Int(e.actor)].mentions[Int(e.index)])
            }
        }
    }
}
