/// Every document's actor mentions in text order, each with the actor it belongs to: one flat
/// table of (actor, position in that actor's mentions), indexed by document.
public struct DocumentMentions: RandomAccessCollection, Sendable {
    private let actors: [Actor]
    /// Document `d`'s entries are `entries[starts[d]..<starts[d + 1]]`.
    private let starts: [Int32]
    private let entries: [(actor: Int32, index: Int32)]

    /// The table of `actors`' mentions in `documentCount` documents (mentions outside them are
    /// left out).
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

    /// No documents.
    init() {
        actors = []
        starts = [0]
        entries = []
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count - 1 }

    /// Document `d`'s mentions in text order.
    public subscript(d: Int) -> [(actor: Int, mention: Mention)] {
        entries[Int(starts[d])..<Int(starts[d + 1])].map { e in
            (actor: Int(e.actor), mention: actors[Int(e.actor)].mentions[Int(e.index)])
        }
    }
}
