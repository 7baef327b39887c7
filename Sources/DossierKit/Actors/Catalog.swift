/// One actor the catalog knows: a canonical name, its kind, and every name it goes by.
public struct CatalogEntry: Sendable, Equatable {
    /// The canonical name.
    public var name: String
    /// The actor's kind.
    public var kind: ActorKind
    /// Other names (spellings, languages, acronyms).
    public var aliases: [String]
    /// Adjectives and demonyms that refer to the actor ("Turkish").
    public var adjectives: [String]
    /// The actor this one lies in (a city's state), if known.
    public var partOf: String?
}

/// A correction a user wrote in a catalog file.
public enum CatalogCorrection: Sendable, Equatable {
    /// Merge the named actors into the first one.
    case merge(into: String, others: [String])
    /// Give an actor a new canonical name.
    case rename(from: String, to: String)
    /// Change an actor's kind.
    case kind(of: String, to: ActorKind)
    /// Never treat these names as actors.
    case ignore([String])
}

/// A problem on one line of a catalog file. The rest of the file still applies.
public struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the line is in.
    public var file: String
    /// The 1-based line number.
    public var line: Int
    /// What is wrong.
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
}

/// The lexicons that actor discovery reads (titles, kind cue words, given names…).
public struct CueLexicon: Sendable {
    public var titles: Set<String> = []
    public var cues: [ActorKind: Set<String>] = [:]
    public var statePatternStarts: Set<String> = []
    public var statePatternInside: Set<String> = []
    public var givenNames: Set<String> = []
    public var surnameEndings: [String] = []
    public var notNames: Set<String> = []
    public var familyNames: Set<String> = []
    /// Lower-case words that tell the kind of the capitalised name right after them.
    public var precedingCues: [String: ActorKind] = [:]
    /// Relation cues by type name ("alliance": ["ally", "support", …]), folded.
    public var relationCues: [String: [String]] = [:]
    /// Words that negate a relation cue after them.
    public var negations: Set<String> = []
}

/// Everything dossier knows about actors before reading a corpus: the built-in catalog, the
/// user's catalog files, and the corrections in them.
public struct Catalog: Sendable {
    /// Actors, in the order they were defined.
    public private(set) var entries: [CatalogEntry] = []
    /// Corrections to apply to the finished index.
    public private(set) var corrections: [CatalogCorrection] = []
    /// Discovery lexicons.
    public private(set) var lexicon = CueLexicon()
    /// Problems found while reading catalog files.
    public private(set) var errors: [CatalogError] = []
    /// Folded names that must never become actors.
    public private(set) var ignored: Set<String> = []
    private var byName: [String: Int] = [:]
    /// The file each entry was first defined in (parallel to ``entries``).
    private var entryFiles: [String] = []

    public init() {}

    /// The built-in catalog, read from the data compiled into dossier.
    public static let builtIn: Catalog = {
        var catalog = Catalog()
        for (name, text) in EmbeddedData.files { catalog.read(text, file: name) }
        catalog.errors = catalog.errors.map { e in
            var e = e; e.message = "built-in catalog: " + e.message; return e
        }
        return catalog
    }()

    /// Records a problem found outside the text of a file (it could not be read, say).
    public mutating func note(_ error: CatalogError) { errors.append(error) }

    /// The index of the entry called `name` (canonical or alias, folded), if any.
    public func entry(named name: String) -> Int? { byName[TextFolding.fold(name)] }

    /// Reads catalog `text`; errors are recorded with `file` and line numbers.
    public mutating func read(_ text: String, file: String) {
        var copy = text
        copy.withUTF8 { bytes in
            var lineStart = 0
            var lineNumber = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                lineNumber += 1
                var end = lineStart
                while end < lineEnd && bytes[end] != 0x23 { end += 1 }  // '#' starts a comment
                readLine(bytes, lineStart, end, number: lineNumber, file: file)
                lineStart = lineEnd + 1
            }
        }
    }

    /// One line of a catalog file, given as the byte range [start, end).
    private mutating func readLine(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, number: Int, file: String)
    {
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D }
        func trimmed(_ a: Int, _ z: Int) -> (Int, Int) {
            var a = a
            var z = z
            while a < z && isSpace(b[a]) { a += 1 }
            while z > a && isSpace(b[z - 1]) { z -= 1 }
            return (a, z)
        }
        func string(_ a: Int, _ z: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: b[a..<z]), as: UTF8.self)
        }
        let (s, e) = trimmed(start, end)
        guard s < e else { return }
        var colon = s
        while colon < e && b[colon] != 0x3A { colon += 1 }
        guard colon < e else {
            errors.append(CatalogError(file: file, line: number, message: "expected 'directive: name | name …'"))
            return
        }
        let (ds, de) = trimmed(s, colon)
        let directive = string(ds, de).lowercased()
        var bodyEnd = e
        var parent: String? = nil
        var k = colon + 1
        while k + 2 < e {
            if b[k] == 0x20 && b[k + 1] == 0x40 && b[k + 2] == 0x20 {  // " @ "
                let (ps, pe) = trimmed(k + 3, e)
                parent = string(ps, pe)
                bodyEnd = k
                break
            }
            k += 1
        }
        var names: [String] = []
        var fieldStart = colon + 1
        var i = colon + 1
        while i <= bodyEnd {
            if i == bodyEnd || b[i] == 0x7C {  // '|'
                let (fs, fe) = trimmed(fieldStart, i)
                if fs < fe { names.append(string(fs, fe)) }
                fieldStart = i + 1
            }
            i += 1
        }
        guard !names.isEmpty else {
            errors.append(CatalogError(file: file, line: number, message: "'\(directive):' needs at least one name"))
            return
        }
        if let message = apply(directive: directive, names: names, parent: parent, file: file) {
            errors.append(CatalogError(file: file, line: number, message: message))
        }
    }

    /// Applies one directive; returns an error message when the line is wrong.
    private mutating func apply(directive: String, names: [String], parent: String?, file: String) -> String? {
        if let kind = ActorKind(name: directive) {
            define(kind: kind, names: names, parent: parent, file: file)
            return nil
        }
        switch directive {
        case "adjective", "adjectives", "demonym":
            guard names.count >= 2 else { return "'adjective:' needs an actor and at least one adjective" }
            guard let i = entry(named: names[0]) else { return "unknown actor '\(names[0])' (define it first)" }
            for adj in names.dropFirst() where !entries[i].adjectives.contains(adj) {
                entries[i].adjectives.append(adj)
                byName[TextFolding.fold(adj)] = byName[TextFolding.fold(adj)] ?? i
            }
        case "alias", "aliases":
            guard names.count >= 2 else { return "'alias:' needs an actor and at least one alias" }
            guard let i = entry(named: names[0]) else { return "unknown actor '\(names[0])' (define it first)" }
            for alias in names.dropFirst() { addAlias(alias, to: i) }
        case "merge":
            guard names.count >= 2 else { return "'merge:' needs the actor to keep and at least one to merge into it" }
            corrections.append(.merge(into: names[0], others: Array(names.dropFirst())))
            if let keep = entry(named: names[0]) {
                for other in names.dropFirst() { addAlias(other, to: keep) }
            }
        case "rename":
            guard names.count == 2 else { return "'rename:' needs exactly two names: old | new" }
            corrections.append(.rename(from: names[0], to: names[1]))
            if let i = entry(named: names[0]) {
                let old = entries[i].name
                entries[i].name = names[1]
                addAlias(old, to: i)
                byName[TextFolding.fold(names[1])] = i
            }
        case "kind":
            guard names.count == 2 else { return "'kind:' needs an actor and a kind: name | kind" }
            guard let kind = ActorKind(name: names[1]) else {
                return
                    "unknown kind '\(names[1])' (one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")))"
            }
            corrections.append(.kind(of: names[0], to: kind))
            if let i = entry(named: names[0]) { entries[i].kind = kind }
        case "ignore":
            corrections.append(.ignore(names))
            for n in names { ignored.insert(TextFolding.fold(n)) }
        case "title":
            lexicon.titles.formUnion(names.map(TextFolding.fold))
        case "given-name":
            lexicon.givenNames.formUnion(names.map(TextFolding.fold))
        case "surname-ending":
            lexicon.surnameEndings += names.map(TextFolding.fold)
        case "relation-negation":
            lexicon.negations.formUnion(names.map(TextFolding.fold))
        case _ where directive.hasPrefix("relation-"):
            lexicon.relationCues[String(directive.dropFirst(9)), default: []] += names.map(TextFolding.fold)
        case "family-name":
            lexicon.familyNames.formUnion(names.map(TextFolding.fold))
        case _ where directive.hasPrefix("precede-"):
            guard let kind = ActorKind(name: String(directive.dropFirst(8))) else {
                return "unknown kind in '\(directive)'"
            }
            for n in names { lexicon.precedingCues[TextFolding.fold(n)] = kind }
        case "not-name":
            lexicon.notNames.formUnion(names.map(TextFolding.fold))
        case "state-pattern-start":
            lexicon.statePatternStarts.formUnion(names.map(TextFolding.fold))
        case "state-pattern-inside":
            lexicon.statePatternInside.formUnion(names.map(TextFolding.fold))
        case _ where directive.hasPrefix("cue-"):
            guard let kind = ActorKind(name: String(directive.dropFirst(4))) else {
                return "unknown kind in '\(directive)'"
            }
            lexicon.cues[kind, default: []].formUnion(names)
        default:
            return "unknown directive '\(directive)' (use a kind, adjective, alias, merge, rename, kind or ignore)"
        }
        return nil
    }

    private mutating func define(kind: ActorKind, names: [String], parent: String?, file: String) {
        let folded = names.map(TextFolding.fold)
        // A later file that defines an actor under the very name an earlier file gave it
        // redefines it ("state: Kosovo" over a generated "place: Kosovo"); inside one file, a
        // city named like its state (Djibouti) stays a second actor.
        if let existing = byName[folded[0]], entries[existing].name == names[0], entryFiles[existing] != file,
            entries[existing].kind != kind
        {
            entries[existing].kind = kind
            entries[existing].partOf = parent
        }
        // Extend an entry of the same kind that already has this name; a different actor that
        // shares a spelling (the city Franca and France's "França") stays apart.
        if let existing = folded.compactMap({ byName[$0] }).first(where: { entries[$0].kind == kind }) {
            entries[existing].kind = kind
            // A later definition names the actor: its first name becomes the canonical one.
            if TextFolding.fold(entries[existing].name) != folded[0] {
                let old = entries[existing].name
                entries[existing].name = names[0]
                entries[existing].aliases.removeAll { $0 == names[0] }
                addAlias(old, to: existing)
            }
            for (n, f) in zip(names, folded) { addAlias(n, folded: f, to: existing) }
            if let parent { entries[existing].partOf = parent }
            return
        }
        let index = entries.count
        entries.append(
            CatalogEntry(name: names[0], kind: kind, aliases: Array(names.dropFirst()), adjectives: [], partOf: parent))
        entryFiles.append(file)
        for f in folded where byName[f] == nil { byName[f] = index }
    }

    private mutating func addAlias(_ alias: String, to i: Int) {
        addAlias(alias, folded: TextFolding.fold(alias), to: i)
    }

    private mutating func addAlias(_ alias: String, folded key: String, to i: Int) {
        if entries[i].name != alias && !entries[i].aliases.contains(alias) { entries[i].aliases.append(alias) }
        byName[key] = i
    }
}
