/// One mention of an actor: where it stands, exactly.
public struct Mention: Sendable, Codable, Hashable {
    /// The document (index into ``Corpus/documents``).
    public var document: Int
    /// The sentence (index into that document's ``ArticleStructure/sentences``).
    public var sentence: Int
    /// The exact byte range of the mention.
    public var range: TextRange
    /// True for an adjective or demonym ("Turkish diplomats").
    public var adjectival: Bool
}

/// How often an actor is mentioned in one document.
public struct DocumentCount: Sendable, Codable, Hashable {
    public var document: Int
    /// Mentions that are not adjectival.
    public var mentions: Int
    /// Adjectival mentions.
    public var adjectival: Int
}

/// An actor of the corpus: one canonical name for every way the articles refer to it.
public struct Actor: Sendable, Identifiable, Codable {
    /// Position in ``ActorIndex/actors``.
    public var id: Int
    /// The canonical name.
    public var name: String
    /// The kind.
    public var kind: ActorKind
    /// Every surface form seen in the corpus, most frequent first.
    public var aliases: [String]
    /// All mentions in corpus order (document, then position).
    public var mentions: [Mention]
    /// Number of mentions that are not adjectival.
    public var mentionCount: Int
    /// Number of adjectival mentions.
    public var adjectivalCount: Int
    /// Mentions per document, in document order.
    public var documents: [DocumentCount]
    /// True when the actor comes from a catalog rather than discovery.
    public var fromCatalog: Bool
    /// The actor this one lies in (a city's state), when the catalog says so.
    public var partOf: String?
}

/// An author cited in the articles (`Şimşek (2010)`): listed apart from actors.
public struct CitedAuthor: Sendable, Hashable, Codable {
    public var name: String
    /// Documents that cite this author, in order.
    public var documents: [Int]
}
