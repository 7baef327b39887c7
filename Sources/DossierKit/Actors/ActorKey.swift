/// Identifies an actor while a corpus is being indexed: a catalog entry, or a name found in
/// the text with the kind its cues gave it.
public enum ActorKey: Hashable, Sendable {
    case catalog(Int)
    case discovered(ActorKind, String)
}

/// One mention found in a document, before the corpus-wide index resolves it.
struct RawMention: Sendable {
    var key: ActorKey
    var sentence: Int
    var range: TextRange
    var adjectival: Bool
    /// The name as it should be displayed for a discovered actor (titles stripped).
    var name: String?
}

/// An acronym met in a document without a definition there (resolved across the corpus).
struct PendingAcronym: Sendable {
    var acronym: String
    var sentence: Int
    var range: TextRange
}

/// What actor extraction found in one document.
struct DocumentExtraction: Sendable {
    var mentions: [RawMention] = []
    /// Acronyms defined in the text: "(BPSR)" after "Bukhara People's Soviet Republic".
    var definitions: [(acronym: String, key: ActorKey, name: String?)] = []
    var pendingAcronyms: [PendingAcronym] = []
}
