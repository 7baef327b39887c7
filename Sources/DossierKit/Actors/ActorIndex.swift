/// The corpus-wide index of actors: every mention resolved to one canonical actor, with the
/// user's corrections applied.
public struct ActorIndex: Sendable {
    /// Actors, most mentioned first (then by name).
    public private(set) var actors: [Actor] = []
    /// Cited authors, by name.
    public private(set) var citedAuthors: [CitedAuthor] = []
    /// For each document, its mentions in text order with the actor they belong to.
    public var mentionsByDocument: DocumentMentions {
        DocumentMentions(actors: actors, documentCount: documentCount)
    }
    private var documentCount = 0
    private var lookups = ActorLookups(actors: [])

    public init() {}

    /// Builds the index of `documents` with `catalog`.
    public init(documents: [Document], catalog: Catalog) {
        self.init(documents: documents, catalog: catalog, extractor: ActorExtractor(catalog: catalog))
    }

    init(documents: [Document], catalog: Catalog, extractor: ActorExtractor) {
        let extractions = Parallel.map(documents) { _, d in extractor.extract(d) }
        self.init(documents: documents, catalog: catalog, extractions: extractions)
    }

    /// One document's mentions in text order, for building the index: positions in its
    /// extraction's mentions, then in `resolved`, and the shard each mention is built in.
    private struct DocumentOrder: Sendable {
        var resolved: [RawMention]
        var order: [Int32]
        var shard: [UInt8]
    }

    init(documents: [Document], catalog: Catalog, extractions: [DocumentExtraction]) {
        // Acronyms defined anywhere resolve undefined uses everywhere.
        var acronyms: [String: (ActorKey, String?)] = [:]
        for e in extractions {
            for d in e.definitions where acronyms[d.acronym] == nil { acronyms[d.acronym] = (d.key, d.name) }
        }

        struct Building {
            var key: ActorKey
            /// Where its first mention stands among all mentions in corpus order.
            var first: Int
            var names: [String: Int] = [:]
            var surfaces: [String: Int] = [:]
            var surfaceOrder: [String] = []
            var mentions: [Mention] = []
        }
        // Each document's mentions in text order with their surface forms, on every core, and
        // the shard each actor is built in: each shard takes the actors whose key hashes to it.
        let shards = Parallel.threads
        let defined = acronyms
        let trace = Trace()
        // Per document, its mentions (and the acronyms it left undefined that another defines)
        // in text order as positions, with the shard of each: five bytes a mention, where
        // copies of the mentions with their surface forms would take some ninety.
        let ordered = Parallel.map(extractions) { d, e -> DocumentOrder in
            guard d < documents.count else { return DocumentOrder(resolved: [], order: [], shard: []) }
            var resolved: [RawMention] = []
            for p in e.pendingAcronyms {
                if let (key, name) = defined[p.acronym] {
                    resolved.append(
                        RawMention(key: key, sentence: p.sentence, range: p.range, adjectival: false, name: name))
                }
            }
            let count = e.mentions.count
            func start(_ i: Int32) -> Int {
                Int(i) < count ? e.mentions[Int(i)].range.start : resolved[Int(i) - count].range.start
            }
            // By position in the text, mentions at one position in the order they were found.
            var order = Array(0..<Int32(count + resolved.count))
            order.sort { (start($0), $0) < (start($1), $1) }
            let shard = order.map { i -> UInt8 in
                guard shards > 1 else { return 0 }
                let key = Int(i) < count ? e.mentions[Int(i)].key : resolved[Int(i) - count].key
                return UInt8(UInt(bitPattern: key.hashValue) % UInt(shards))
            }
            return DocumentOrder(resolved: resolved, order: order, shard: shard)
        }
        trace.mark("actors: per document")
        var starts: [Int] = []
        starts.reserveCapacity(ordered.count)
        var total = 0
        for o in ordered {
            starts.append(total)
            total += o.order.count
        }
        let offsets = starts
        // Shards are built on every core, then their actors put in order of first mention: the
        // order one pass over the corpus would give them, whatever the number of shards. Each
        // shard makes the surface forms of its own mentions.
        var builders = Parallel.map(Array(0..<shards), eachAlone: true) { _, shard -> [Building] in
            var builders: [Building] = []
            var idOf: [ActorKey: Int] = [:]
            for (d, o) in ordered.enumerated() where o.shard.contains(UInt8(shard)) {
                let mentions = extractions[d].mentions
                // Decoded for this pass only when the body is still in the cache file (see `RelationIndex`).
                var (text, hidden) = documents[d].withContent { ($0, $1.hidden) }
                text.withUTF8 { bytes in
                    for (k, i) in o.order.enumerated() where o.shard[k] == shard {
                        let m = Int(i) < mentions.count ? mentions[Int(i)] : o.resolved[Int(i) - mentions.count]
                        let surface = DisplayText.make(bytes, hidden: hidden, range: m.range)
                        let id: Int
                        if let existing = idOf[m.key] {
                            id = existing
                        } else {
                            id = builders.count
                            idOf[m.key] = id
                            builders.append(Building(key: m.key, first: offsets[d] + k))
                        }
                        builders[id].mentions.append(
                            Mention(document: d, sentence: m.sentence, range: m.range, adjectival: m.adjectival))
                        // One lookup for a form seen before (the common case).
                        if let i = builders[id].surfaces.index(forKey: surface) {
                            builders[id].surfaces.values[i] += 1
                        } else {
                            builders[id].surfaces[surface] = 1
                            builders[id].surfaceOrder.append(surface)
                        }
                        if let name = m.name { builders[id].names[name, default: 0] += 1 }
                    }
                }
            }
            return builders
        }.flatMap { $0 }
        if shards > 1 { builders.sort { $0.first < $1.first } }

        trace.mark("actors: merged")
        // Canonical names and kinds.
        var actors: [Actor] = builders.enumerated().map { id, b in
            let name: String
            let kind: ActorKind
            var partOf: String? = nil
            var fromCatalog = false
            switch b.key {
            case .catalog(let entry):
                name = catalog.entries[entry].name
                kind = catalog.entries[entry].kind
                partOf = catalog.entries[entry].partOf
                fromCatalog = true
            case .discovered(let k, _):
                kind = k
                // The most frequent spelling; for people the longest full form.
                name =
                    b.names.max { a, c in
                        if k == .person && a.key.count != c.key.count { return a.key.count < c.key.count }
                        return a.value != c.value ? a.value < c.value : a.key > c.key
                    }?.key ?? b.surfaceOrder.first ?? ""
            }
            let aliases = b.surfaceOrder.sorted { (b.surfaces[$0] ?? 0) > (b.surfaces[$1] ?? 0) }
            return Actor(
                id: id, name: name, kind: kind, aliases: aliases, mentions: b.mentions, mentionCount: 0,
                adjectivalCount: 0,
                documents: [], fromCatalog: fromCatalog, partOf: partOf)
        }
        actors = Self.applyCorrections(catalog.corrections, to: actors, ignored: catalog.ignored)
        for i in actors.indices { Self.recount(&actors[i]) }
        actors.removeAll { $0.mentions.isEmpty }
        actors.sort {
            if $0.mentionCount + $0.adjectivalCount != $1.mentionCount + $1.adjectivalCount {
                return $0.mentionCount + $0.adjectivalCount > $1.mentionCount + $1.adjectivalCount
            }
            return $0.name < $1.name
        }
        for i in actors.indices { actors[i].id = i }
        self.actors = actors

        trace.mark("actors: named and counted")
        lookups = ActorLookups(actors: actors)
        documentCount = documents.count

        // Cited authors.
        var cited: [String: [Int]] = [:]
        var citedOrder: [String] = []
        for (d, doc) in documents.enumerated() {
            for c in doc.withContent({ $1.citations }) {
                for surname in c.surnames {
                    if cited[surname] == nil { citedOrder.append(surname) }
                    // Documents come in order: one already listed is the last.
                    if cited[surname]?.last != d { cited[surname, default: []].append(d) }
                }
            }
        }
        citedAuthors = citedOrder.sorted { TextFolding.fold($0) < TextFolding.fold($1) }.map {
            CitedAuthor(name: $0, documents: cited[$0] ?? [])
        }
    }

    /// An index restored from a cache: the actors and cited authors as they were built.
    init(restoring actors: [Actor], citedAuthors: [CitedAuthor], documentCount: Int) {
        self.actors = actors
        self.citedAuthors = citedAuthors
        lookups = ActorLookups(actors: actors)
        self.documentCount = documentCount
    }

    /// The actor called `name` (canonical name or any alias, case- and diacritic-insensitive).
    public func actor(named name: String) -> Actor? {
        lookups.byName[TextFolding.fold(name)].map { actors[$0] }
    }

    /// Actors whose name or an alias contains `text` (folded), best first.
    public func search(_ text: String) -> [Actor] {
        let q = TextFolding.fold(text)
        return actors.filter { a in
            TextFolding.fold(a.name).contains(q) || a.aliases.contains { TextFolding.fold($0).contains(q) }
        }
    }

    private static func recount(_ actor: inout Actor) {
        func before(_ a: Mention, _ b: Mention) -> Bool { (a.document, a.range.start) < (b.document, b.range.start) }
        // Mentions arrive in corpus order unless the user's merges added others.
        if zip(actor.mentions, actor.mentions.dropFirst()).contains(where: { before($1, $0) }) {
            actor.mentions.sort(by: before)
        }
        var unique: [Mention] = []
        unique.reserveCapacity(actor.mentions.count)
        // Counted per document in one pass: the mentions are in document order.
        var documents: [DocumentCount] = []
        var adjectival = 0
        for m in actor.mentions where unique.last != m {
            unique.append(m)
            if documents.last?.document != m.document {
                documents.append(DocumentCount(document: m.document, mentions: 0, adjectival: 0))
            }
            if m.adjectival {
                adjectival += 1
                documents[documents.count - 1].adjectival += 1
            } else {
                documents[documents.count - 1].mentions += 1
            }
        }
        actor.mentions = unique
        actor.mentionCount = unique.count - adjectival
        actor.adjectivalCount = adjectival
        actor.documents = documents.withExactCapacity()
    }

    /// Applies the user's merges, renames, kind changes and ignores.
    static func applyCorrections(_ corrections: [CatalogCorrection], to input: [Actor], ignored: Set<String>) -> [Actor]
    {
        var actors = input
        func find(_ name: String) -> Int? {
            let key = TextFolding.fold(name)
            return actors.firstIndex {
                !$0.mentions.isEmpty
                    && (TextFolding.fold($0.name) == key || $0.aliases.contains { TextFolding.fold($0) == key })
            }
        }
        for correction in corrections {
            switch correction {
            case .merge(let into, let others):
                guard let keep = find(into) else { continue }
                for other in others {
                    guard let o = find(other), o != keep else { continue }
                    actors[keep].mentions += actors[o].mentions
                    for alias in actors[o].aliases where !actors[keep].aliases.contains(alias) {
                        actors[keep].aliases.append(alias)
                    }
                    actors[o].mentions = []
                }
            case .rename(let from, let to):
                if let i = find(from) { actors[i].name = to }
            case .kind(let of, let kind):
                if let i = find(of) { actors[i].kind = kind }
            case .ignore:
                break
            }
        }
        if !ignored.isEmpty {
            for i in actors.indices where ignored.contains(TextFolding.fold(actors[i].name)) {
                actors[i].mentions = []
            }
        }
        return actors
    }
}
