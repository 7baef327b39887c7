/// One mention of an actor: where it stands, exactly. Stored in 32-bit fields (20 bytes
/// instead of 40: an index of a million mentions keeps 20 MB less); a file is at most 16 MiB
/// (``CorpusLoader/maxFileSize``) and a corpus far fewer than two billion sentences.
public struct Mention: Sendable, Hashable {
    private var storedDocument: Int32
    private var storedSentence: Int32
    private var start: Int32
    private var end: Int32
    /// True for an adjective or demonym ("Turkish diplomats").
    public var adjectival: Bool

    /// The document (index into ``Corpus/documents``).
    public var document: Int {
        get { Int(storedDocument) }
        set { storedDocument = Int32(clamping: newValue) }
    }

    /// The sentence (index into that document's ``ArticleStructure/sentences``).
    public var sentence: Int {
        get { Int(storedSentence) }
        set { storedSentence = Int32(clamping: newValue) }
    }

    /// The exact byte range of the mention.
    public var range: TextRange {
        get { TextRange(Int(start), Int(end)) }
        set {
            start = Int32(clamping: newValue.start)
            end = Int32(clamping: newValue.end)
        }
    }

    public init(document: Int, sentence: Int, range: TextRange, adjectival: Bool) {
        storedDocument = Int32(clamping: document)
        storedSentence = Int32(clamping: sentence)
        start = Int32(clamping: range.start)
        end = Int32(clamping: range.end)
        self.adjectival = adjectival
    }
}

extension Mention: Codable {
    private enum CodingKeys: String, CodingKey {
        case document, sentence, range, adjectival
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            document: try c.decode(Int.self, forKey: .document), sentence: try c.decode(Int.self, forKey: .sentence),
            range: try c.decode(TextRange.self, forKey: .range),
            adjectival: try c.decode(Bool.self, forKey: .adjectival))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(range, forKey: .range)
        try c.encode(adjectival, forKey: .adjectival)
    }
}

/// How often an actor is mentioned in one document. Stored in 32-bit fields, as ``Mention``
/// is (12 bytes instead of 24: a million actor–document counts keep 12 MB less).
public struct DocumentCount: Sendable, Hashable {
    private var storedDocument: Int32
    private var storedMentions: Int32
    private var storedAdjectival: Int32

    /// The document (index into ``Corpus/documents``).
    public var document: Int {
        get { Int(storedDocument) }
        set { storedDocument = Int32(clamping: newValue) }
    }

    /// Mentions that are not adjectival.
    public var mentions: Int {
        get { Int(storedMentions) }
        set { storedMentions = Int32(clamping: newValue) }
    }

    /// Adjectival mentions.
    public var adjectival: Int {
        get { Int(storedAdjectival) }
        set { storedAdjectival = Int32(clamping: newValue) }
    }

    public init(document: Int, mentions: Int, adjectival: Int) {
        storedDocument = Int32(clamping: document)
        storedMentions = Int32(clamping: mentions)
        storedAdjectival = Int32(clamping: adjectival)
    }
}

extension DocumentCount: Codable {
    private enum CodingKeys: String, CodingKey {
        case document, mentions, adjectival
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            document: try c.decode(Int.self, forKey: .document), mentions: try c.decode(Int.self, forKey: .mentions),
            adjectival: try c.decode(Int.self, forKey: .adjectival))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(adjectival, forKey: .adjectival)
    }
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
