import DossierKit

/// The lists the panes show, derived from the corpus and the state.
extension Explorer {
    /// Article indices in the chosen order.
    func articleOrder() -> [Int] {
        if let cached = cache.articleOrder[state.articleSort] { return cached }
        let docs = corpus.documents
        let order: [Int]
        // Each document's key is computed once (not once per comparison).
        switch state.articleSort {
        case .file: order = Array(docs.indices)
        case .title:
            let ranks = Self.ranks(docs.indices.map { TextFolding.fold(docs[$0].summary.title) })
            order = docs.indices.sorted { ranks[$0] < ranks[$1] }
        case .year:
            let keys = docs.map { $0.summary.year ?? 0 }
            order = docs.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        case .words:
            let keys = docs.map { $0.summary.wordCount }
            order = docs.indices.sorted { (keys[$0], $1) > (keys[$1], $0) }
        case .author:
            let ranks = Self.ranks(docs.indices.map { TextFolding.fold(docs[$0].summary.authors.first ?? "~") })
            order = docs.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }
        }
        cache.articleOrder[state.articleSort] = order
        return order
    }

    /// The rank of each key among the distinct keys, ordered as UTF-8 bytes (code point
    /// order): sorting 10,000 articles then compares integers, not strings (String's
    /// comparison normalises non-ASCII text every time; many articles share an author).
    static func ranks(_ keys: [String]) -> [Int] {
        var distinct = Array(Set(keys))
        distinct.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var rankOf: [String: Int] = [:]
        for (i, k) in distinct.enumerated() { rankOf[k] = i }
        return keys.map { rankOf[$0] ?? 0 }
    }

    /// Actor ids after the kind filter, the typed narrowing and the chosen order.
    func actorList() -> [Int] {
        let key = "\(state.actorSort.rawValue)|\(state.actorKind?.rawValue ?? "")|\(state.actorFilter)"
        if let cached = cache.actorLists[key] { return cached }
        let folded = TextFolding.fold(state.actorFilter)
        var ids = corpus.actors.actors.filter { a in
            (state.actorKind == nil || a.kind == state.actorKind)
                && (folded.isEmpty || TextFolding.fold(a.name).contains(folded)
                    || a.aliases.contains { TextFolding.fold($0).contains(folded) })
        }.map(\.id)
        let actors = corpus.actors.actors
        switch state.actorSort {
        case .mentions: break
        case .name:
            let keys = Dictionary(uniqueKeysWithValues: ids.map { ($0, TextFolding.fold(actors[$0].name)) })
            ids.sort { keys[$0, default: ""] < keys[$1, default: ""] }
        case .documents:
            let keys = Dictionary(uniqueKeysWithValues: ids.map { ($0, actors[$0].documents.count) })
            ids.sort { (keys[$0, default: 0], $1) > (keys[$1, default: 0], $0) }
        }
        if cache.actorLists.count > 64 { cache.actorLists.removeAll() }
        cache.actorLists[key] = ids
        return ids
    }

    /// The actor the relation pane is about: the chosen one, or the actor under the cursor.
    func currentActor() -> Int? {
        if let a = state.relationActor { return a }
        let list = actorList()
        return list.isEmpty ? nil : list[min(state.actorSelection, list.count - 1)]
    }

    /// Relations of the current actor, strongest first.
    func relationList() -> [Relation] {
        guard let a = currentActor() else { return [] }
        return corpus.relations.relations(of: a)
    }

    /// Rows of the evidence list: a document header, then its sentences.
    func evidenceRows() -> [EvidenceRow] {
        guard let pairIndex = state.evidencePair else { return [] }
        let relations = relationList()
        guard pairIndex < relations.count else { return [] }
        var rows: [EvidenceRow] = []
        for group in relations[pairIndex].evidenceByDocument {
            rows.append(.document(group.document, group.evidence.count))
            for e in group.evidence { rows.append(.evidence(e)) }
        }
        return rows
    }

    /// Timeline entries, all or those mentioning the chosen actor.
    func timelineEntries() -> [DateMention] {
        if let a = state.timelineActor { return corpus.timeline.entries(mentioning: a, in: corpus.actors) }
        return corpus.timeline.entries
    }
}

/// One row of the evidence list.
public enum EvidenceRow: Equatable, Sendable {
    case document(Int, Int)
    case evidence(Evidence)

    var evidence: Evidence? {
        if case .evidence(let e) = self { return e }
        return nil
    }
}
