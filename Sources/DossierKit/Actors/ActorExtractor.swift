/// Finds the actors one document speaks of: catalog names first (longest match), then proper
/// names that no catalog lists, classified by titles, head words and context. Building one
/// compiles the catalog into a gazetteer; build it once and reuse it for many corpora.
public struct ActorExtractor: Sendable {
    let catalog: Catalog
    let gazetteer: Gazetteer
    /// The catalog's lexicon as discovery asks it.
    let lexicon: CompiledLexicon
    let connectors: WordSet = [
        "of", "the", "for", "on", "to", "and", "de", "del", "la", "al", "el", "bin", "ibn", "von", "van", "der", "du",
        "des",
    ]
    /// Particles that a hyphen joins to the next word of a name ("al-Bashir", "el-Sisi").
    let hyphenParticles: WordSet = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud"]
    /// Particles between a person's given names and surname ("de Gaulle", "von der Leyen").
    let nameParticles: WordSet = [
        "de", "da", "di", "do", "dos", "das", "van", "von", "der", "den", "du", "del", "della", "bin", "ibn", "ben",
        "ter",
    ]
    /// Month names: "Agreement of March 2023" is dated, not named, by its month.
    let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    /// Offices that a word before them can qualify ("Treasury Secretary", "High Representative").
    let offices: WordSet = [
        "secretary", "minister", "representative", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson",
        "chancellor", "governor", "commander", "director", "chairman", "chairwoman", "chair", "president", "premier",
        "judge", "general", "commissioner", "adviser", "advisor",
    ]
    /// The first words of titles of more than one word ("crown" for "Crown Prince").
    let titleStarts: WordSet
    /// Compass words that make a region of a place: "East Pakistan", "Upper Elmland".
    let compassWords: WordSet = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    ]
    /// Plural cue words after names: "the Kishenganga and Ratle plants" are two projects, neither
    /// of them called "… plants".
    let pluralCues: WordSet = ["plants", "dams", "pipelines", "fields", "blocks", "projects", "corridors"]
    /// Lower-case words that may follow a name to make a project or event ("Zangezur corridor").
    let trailingCues: WordMap<ActorKind>
    /// Words after ", a … " that give an apposed name its kind.
    let appositionCues: WordMap<ActorKind> = [
        "group": .group, "tribe": .group, "community": .group, "militia": .organization, "party": .organization,
        "organization": .organization, "organisation": .organization, "movement": .organization,
        "company": .organization, "agency": .organization, "bank": .organization, "newspaper": .organization,
        "city": .place, "town": .place, "village": .place, "region": .place, "province": .place, "river": .place,
        "treaty": .agreement, "agreement": .agreement, "pipeline": .project, "politician": .person,
        "diplomat": .person, "minister": .person, "president": .person, "leader": .person, "spokesman": .person,
        "spokeswoman": .person, "general": .person, "commander": .person, "scholar": .person, "historian": .person,
        "journalist": .person, "ambassador": .person, "figure": .person, "official": .person, "lawmaker": .person,
        "activist": .person, "member": .person, "businessman": .person, "businesswoman": .person, "economist": .person,
        "lawyer": .person, "negotiator": .person, "officer": .person, "adviser": .person, "advisor": .person,
        "writer": .person, "poet": .person, "cleric": .person, "militant": .person, "force": .organization,
    ]

    /// Words (in their spelling) that give a name its kind, by the first kind in the order
    /// agreement, organisation, event, project, state, place that lists them.
    let headCues: WordMap<ActorKind>
    /// What stands before the first space of each head cue of several words: a pair of words
    /// is looked up only after a word that may start one (no string is built for the others).
    let headPairStarts: WordSet
    /// The head words of states in lower case ("dynasty", "empire"), as they follow a name.
    let lowercaseStateHeads: WordSet

    /// Compiles `catalog` for matching.
    public init(catalog: Catalog) {
        self.catalog = catalog
        gazetteer = Gazetteer(catalog: catalog)
        lexicon = CompiledLexicon(catalog.lexicon)
        var cues: [String: ActorKind] = [:]
        for kind in [ActorKind.project, .event, .group] {
            for cue in catalog.lexicon.cues[kind] ?? [] where cue.first?.isLowercase == true { cues[cue] = kind }
        }
        trailingCues = WordMap(cues)
        var heads: [String: ActorKind] = [:]
        for kind in [ActorKind.agreement, .organization, .event, .project, .state, .place] {
            for cue in catalog.lexicon.cues[kind] ?? [] where heads[cue] == nil { heads[cue] = kind }
        }
        headCues = WordMap(heads)
        headPairStarts = WordSet(
            heads.keys.compactMap { cue in
                cue.utf8.firstIndex(of: 0x20).map { String(decoding: cue.utf8[..<$0], as: UTF8.self) }
            })
        lowercaseStateHeads = WordSet(heads.filter { $0.value == .state }.keys.map { $0.lowercased() })
        titleStarts = WordSet(
            catalog.lexicon.titles.compactMap { title in
                let words = title.split(separator: " ")
                return words.count > 1 ? String(words[0]) : nil
            })
    }

    /// Extracts the mentions of `document`.
    func extract(_ document: Document) -> DocumentExtraction {
        let structure = document.structure
        return document.withMaskedBytes { m in
            var state = ExtractionState(extractor: self, masked: m, structure: structure)
            state.run()
            return state.result
        }
    }

    /// Extracts the mentions of `document` and its dates (for document number `id`), from one
    /// tokenisation of its sentences.
    func extractWithDates(_ document: Document, id: Int) -> (extraction: DocumentExtraction, dates: [DateMention]) {
        let structure = document.structure
        return document.withMaskedBytes { m in
            var state = ExtractionState(extractor: self, masked: m, structure: structure)
            let tokens = state.run()
            let dates = DateExtractor.mentions(sentenceTokens: tokens, masked: m, structure: structure, id: id)
            return (state.result, dates)
        }
    }
}

/// The working state of extraction in one document.
private struct ExtractionState {
    let extractor: ActorExtractor
    let masked: UnsafeBufferPointer<UInt8>
    let structure: ArticleStructure
    var result = DocumentExtraction()
    /// Folded words seen in lower case in this document: a capitalised one of these at the start
    /// of a sentence is an ordinary word, not a name.
    var lowercaseWords = WordSet()
    /// Single capitalised words waiting to be resolved as bare surnames.
    var pendingSurnames: [(sentence: Int, token: Token)] = []
    /// Persons found with full names in this document: (sentence, folded last name, key).
    var persons: [(sentence: Int, position: Int, surname: String, key: ActorKey)] = []
    /// The surnames of ``persons``, to ask whether a word names a known person without a scan.
    var surnames = WordSet()
    /// Catalog mentions that turned out to be part of a longer discovered name ("Africa Corps").
    var dropped: Set<Int> = []
    /// Discovered places and organisations by their first word, for short references ("Nargin").
    var discoveredByFirstWord = WordMap<ActorKey>()
    /// Buffers of ``scan(_:sentence:)``, kept from sentence to sentence (no allocation each).
    private var consumedBuffer: [Int?] = []
    private var adjectivalBuffer: [Bool] = []
    var lexicon: CompiledLexicon { extractor.lexicon }

    init(extractor: ActorExtractor, masked: UnsafeBufferPointer<UInt8>, structure: ArticleStructure) {
        self.extractor = extractor
        self.masked = masked
        self.structure = structure
    }

    /// Extracts the mentions; returns the tokens of each sentence (citations left out).
    @discardableResult
    mutating func run() -> [[Token]] {
        let cited = CitedRanges(structure.citations)
        var sentenceTokens: [[Token]] = []
        sentenceTokens.reserveCapacity(structure.sentences.count)
        // Only capitalised words are asked whether they are ordinary words (``isOrdinaryWord``):
        // lower-case words that are certainly not among them are not kept.
        var capitalised = WordFilter()
        for sentence in structure.sentences {
            var tokens = Tokenizer.tokens(masked, pieces: structure.pieces(of: sentence))
            cited.removeCited(from: &tokens)
            for t in tokens where t.isCapitalized || t.isAllCaps { capitalised.insert(t.key) }
            sentenceTokens.append(tokens)
        }
        for tokens in sentenceTokens {
            for t in tokens where !t.isCapitalized && !t.isNumber && capitalised.mayContain(t.key) {
                lowercaseWords.insert(t.key)
            }
        }
        for (s, tokens) in sentenceTokens.enumerated() { tokens.withUnsafeBufferPointer { scan($0, sentence: s) } }
        if !dropped.isEmpty {
            result.mentions = result.mentions.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        }
        // A one-word place met before its full name ("Nargin" … "Nargin Island") joins the full
        // name when that is a place too ("Argyle" stays apart from the "Argyle Declaration").
        for i in result.mentions.indices {
            if case .discovered(.place, let k) = result.mentions[i].key, !k.utf8.contains(0x20),
                let full = discoveredByFirstWord[k], kindOf(full) == .place
            {
                result.mentions[i].key = full
                result.mentions[i].name = nil
            }
        }
        resolveSurnames()
        return sentenceTokens
    }

    // MARK: One sentence

    private mutating func scan(_ tokens: UnsafeBufferPointer<Token>, sentence: Int) {
        let n = tokens.count
        guard n > 0 else { return }
        // 1. Catalog names, longest first.
        var consumed = consumedBuffer  // index into result.mentions
        var adjectivalToken = adjectivalBuffer
        consumedBuffer = []
        adjectivalBuffer = []
        consumed.removeAll(keepingCapacity: true)
        consumed.append(contentsOf: repeatElement(nil, count: n))
        adjectivalToken.removeAll(keepingCapacity: true)
        adjectivalToken.append(contentsOf: repeatElement(false, count: n))
        defer {
            consumedBuffer = consumed
            adjectivalBuffer = adjectivalToken
        }
        var i = 0
        while i < n {
            if let (name, len) = extractor.gazetteer.match(tokens, at: i, masked: masked),
                !(i == 0 && name.adjectival == false && isSentenceOpenerWord(tokens[i]) && len == 1 && false)
            {
                // A longer name that starts inside this one and runs past its end wins: "the
                // Commonwealth" gives way to "Commonwealth of Independent States" (but "South
                // Caucasus region" stays the South Caucasus).
                if let inner = (i + 1..<(i + len)).first(where: { k in
                    extractor.gazetteer.match(tokens, at: k, masked: masked).map { $0.1 > len && k + $0.1 > i + len }
                        ?? false
                }) {
                    i = inner
                    continue
                }
                let range = TextRange(tokens[i].start, tokens[i + len - 1].end)
                result.mentions.append(
                    RawMention(key: .catalog(name.entry), sentence: sentence, range: range, adjectival: name.adjectival)
                )
                for k in i..<(i + len) {
                    consumed[k] = result.mentions.count - 1
                    adjectivalToken[k] = name.adjectival
                }
                if extractor.catalog.entries[name.entry].kind == .person {
                    persons.append((sentence, tokens[i].start, tokens[i + len - 1].key, .catalog(name.entry)))
                    surnames.insert(tokens[i + len - 1].key)
                }
                i += len
            } else {
                i += 1
            }
        }
        // 2. Runs of capitalised words.
        i = 0
        while i < n {
            let t = tokens[i]
            guard t.isCapitalized || t.isAllCaps else {
                i += 1
                continue
            }
            var start = i
            // A capitalised ordinary word opening the sentence is not a name, nor is a month before
            // one ("on 16 December General Niazi signed").
            if (isSentenceStart(tokens, i) && consumed[i] == nil && isOrdinaryWord(t))
                || (extractor.months.contains(t.key) && t.key != "may" && consumed[i] == nil)
            {
                start = i + 1
                if start >= n || !(tokens[start].isCapitalized || tokens[start].isAllCaps)
                    || !TokenGaps.joinable(masked, t, tokens[start])
                {
                    i += 1
                    continue
                }
            }
            var end = start
            var hasConnector = false
            var j = start
            while j + 1 < n {
                let next = tokens[j + 1]
                if (next.isCapitalized || next.isAllCaps || (next.isNumber && false))
                    && TokenGaps.joinable(masked, tokens[j], next)
                {
                    j += 1
                    end = j
                    continue
                }
                // A lower-case part after a hyphen: "Moon Jae-in", "Tsai Ing-wen", "Prayat Chan-o-wa".
                if !next.isCapitalized && !next.isNumber && TokenGaps.isExactly(masked, tokens[j].end, next.start, "-")
                    && next.end - next.start <= 4
                    && (tokens[j].isCapitalized
                        || (j > start && TokenGaps.isExactly(masked, tokens[j - 1].end, tokens[j].start, "-")))
                {
                    j += 1
                    end = j
                    continue
                }
                // A compound inside a name: "Association of Serb-majority Municipalities".
                if j > start, !next.isCapitalized, !next.isNumber, tokens[j].isCapitalized,
                    TokenGaps.isExactly(masked, tokens[j].end, next.start, "-"), j + 2 < n,
                    tokens[j + 2].isCapitalized, TokenGaps.joinable(masked, next, tokens[j + 2])
                {
                    j += 2
                    end = j
                    continue
                }
                // A plural possessive before a head word: "Workers' Party", "Farmers’ Union".
                if next.isCapitalized, !(j == start && consumed[j] != nil),
                    TokenGaps.isPluralPossessive(masked, tokens[j], next), cueKind(word(next)) != nil
                {
                    j += 1
                    end = j
                    continue
                }
                // A middle initial: "Múte B. Egede", "George W. Bush".
                if j > start, tokens[j].end - tokens[j].start == 1, tokens[j].isCapitalized, next.isCapitalized,
                    TokenGaps.isExactly(masked, tokens[j].end, next.start, ". ")
                {
                    j += 1
                    end = j
                    continue
                }
                // A lower-case part after an apostrophe: "Fiame Naomi Mata'afa".
                if !next.isCapitalized, !next.isNumber, next.key != "s", next.end - next.start >= 2,
                    tokens[j].isCapitalized, isApostropheGap(tokens[j], next)
                {
                    j += 1
                    end = j
                    continue
                }
                // A particle in a person's name: "General Claude de Gardane", "Ursula von der Leyen".
                if !next.isCapitalized, extractor.nameParticles.contains(next.key), startsLikeAPerson(tokens, start) {
                    var k = j + 1
                    while k < n && k - j <= 2 && !tokens[k].isCapitalized
                        && extractor.nameParticles.contains(tokens[k].key)
                        && TokenGaps.joinable(masked, tokens[k - 1], tokens[k])
                    { k += 1 }
                    if k < n, tokens[k].isCapitalized, k - j <= 3, TokenGaps.joinable(masked, tokens[k - 1], tokens[k]),
                        TokenGaps.joinable(masked, tokens[j], next)
                    {
                        j = k
                        end = k
                        continue
                    }
                }
                // A particle joined by a hyphen to the next word: "Omar al-Bashir", "Abdel Fattah el-Sisi".
                if !next.isCapitalized, extractor.hyphenParticles.contains(next.key), j + 2 < n,
                    tokens[j + 2].isCapitalized, TokenGaps.joinable(masked, tokens[j], next),
                    TokenGaps.isExactly(masked, next.end, tokens[j + 2].start, "-")
                {
                    j += 2
                    end = j
                    continue
                }
                // Possessive "s" after an apostrophe: "Women’s League". After a catalog name or a
                // person it marks the owner, not a part of the name: "Pakistan's National Security
                // Committee", "Mikhail Frunze's Red Army", "Labor's Anthony Albanese".
                if next.key == "s" && !next.isCapitalized && isApostropheGap(tokens[j], next), j + 2 < n,
                    tokens[j + 2].isCapitalized, TokenGaps.joinable(masked, next, tokens[j + 2]),
                    !(j == start && consumed[j] != nil), !lexicon.givenNames.contains(tokens[j + 2].key),
                    !startsLikeAPerson(tokens, start), !(j == start && surnames.contains(tokens[j].key))
                {
                    j += 2
                    end = j
                    continue
                }
                // A name defined by an acronym may hold connectors: "Yacimientos de Litio Bolivianos (YLB)".
                if !next.isCapitalized && extractor.connectors.contains(next.key),
                    let e = acronymDefinedRun(tokens, start, from: j + 1)
                {
                    hasConnector = true
                    j = e
                    end = e
                    continue
                }
                // Connectors inside a cued name ("Treaty of Kars", "Ministry of Foreign Affairs") or
                // a title ("Secretary of State Mike Pompeo").
                if !next.isCapitalized && extractor.connectors.contains(next.key)
                    && (connectorAllowed(next.key, tokens, start, j, consumed: consumed)
                        || isTitle(tokens, start, min(n - 1, start + 3)) > j + 1 - start)
                {
                    var k = j + 1
                    while k < n && !tokens[k].isCapitalized && extractor.connectors.contains(tokens[k].key)
                        && k - j <= 2
                    { k += 1 }
                    // "the Awami League of Sheikh Mujibur Rahman": a person after "of" is the owner.
                    if k < n && tokens[k].isCapitalized && !extractor.months.contains(tokens[k].key)
                        && !(next.key == "of" && titleBeforeAName(tokens, k))
                        && (j + 1..<k).allSatisfy({ TokenGaps.joinable(masked, tokens[$0 - 1], tokens[$0]) })
                        && TokenGaps.joinable(masked, tokens[k - 1], tokens[k]) && next.key != "and"
                    {
                        hasConnector = true
                        j = k
                        end = j
                        continue
                    }
                }
                break
            }
            let used = process(
                tokens, start: start, end: end, hasConnector: hasConnector, sentence: sentence, consumed: consumed,
                adjectival: adjectivalToken)
            i = max(end, used) + 1
        }
    }

    /// `.state` when a lower-case word is a state's head word ("the Qajar dynasty", "the Weimar
    /// republic"); other head words in lower case ("the Qajar court") are ordinary nouns.
    private func stateHead(_ key: String) -> ActorKind? {
        extractor.lowercaseStateHeads.contains(key) ? .state : nil
    }

    /// The kind a common noun after "the NAME" gives it ("the Volga region").
    ///
    /// Lookups like this one live in non-mutating helpers: a closure (`??`, `contains(where:)`)
    /// written inside ``process`` would capture the mutating `self` and copy the whole state.
    private func followingCueKind(_ key: String) -> ActorKind? {
        lexicon.precedingCues[key] ?? stateHead(key)
    }

    /// True when a word of `tokens[first...last]` is a proper word (see ``isProperWord(_:)``).
    private func hasProperWord(_ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ last: Int) -> Bool {
        (first...last).contains(where: { isProperWord(tokens[$0]) })
    }

    /// The kind of the actor a mention's key stands for.
    private func kindOf(_ key: ActorKey) -> ActorKind {
        switch key {
        case .catalog(let e): extractor.catalog.entries[e].kind
        case .discovered(let kind, _): kind
        }
    }

    /// True when the run that starts at `start` opens with a title (or follows one) or a given name.
    private func startsLikeAPerson(_ tokens: UnsafeBufferPointer<Token>, _ start: Int) -> Bool {
        isTitle(tokens, start, min(start + 2, tokens.count - 1)) > 0 || lexicon.givenNames.contains(tokens[start].key)
            || (start > 0 && lexicon.titles.contains(tokens[start - 1].key))
    }

    /// "companies such as Livent, Rio Tinto and Ganfeng Lithium": the kind of a list's members.
    private func listKind(_ tokens: UnsafeBufferPointer<Token>, _ start: Int) -> ActorKind? {
        var k = start - 1
        while k >= 0 && (tokens[k].isCapitalized || ["and", "or", "the"].contains(tokens[k].key)) && start - k < 16 {
            k -= 1
        }
        // "the western rivers (the Indus, the Jhelum and the Chenab)".
        if k >= 0, k + 1 < tokens.count, (tokens[k].end..<tokens[k + 1].start).contains(where: { masked[$0] == 0x28 }),
            let kind = pluralCueKind(tokens[k].key)
        {
            return kind
        }
        guard k >= 2, tokens[k].key == "as", tokens[k - 1].key == "such" else {
            if k >= 1, tokens[k].key == "including" { return pluralCueKind(tokens[k - 1].key) }
            // "the khanates of Erivan, Ganja and Shirvan".
            if k >= 1, tokens[k].key == "of", let kind = pluralCueKind(tokens[k - 1].key) { return kind }
            // "ten municipalities, among them Zvečan and Leposavić".
            if k >= 2, tokens[k].key == "them", tokens[k - 1].key == "among" { return pluralCueKind(tokens[k - 2].key) }
            return nil
        }
        return pluralCueKind(tokens[k - 2].key)
    }

    private func pluralCueKind(_ word: String) -> ActorKind? {
        switch word {
        case "companies", "firms", "corporations", "banks", "parties", "organisations", "organizations", "groups",
            "agencies", "militias", "newspapers":
            return .organization
        case "countries", "states", "nations", "governments", "khanates", "emirates", "kingdoms", "principalities":
            return .state
        case "cities", "towns", "regions", "provinces", "ports", "islands", "municipalities", "villages", "districts",
            "rivers", "enclaves", "temples", "hills":
            return .place
        case "plants", "dams", "pipelines", "projects": return .project
        case "leaders", "presidents", "ministers", "politicians", "officials": return .person
        default: return nil
        }
    }

    /// When connectors and capitalised words from `from` lead to "(ACR)" whose letters are the
    /// initials of the run, the index of the run's last word.
    private func acronymDefinedRun(_ tokens: UnsafeBufferPointer<Token>, _ start: Int, from: Int) -> Int? {
        var k = from
        var last = from - 1
        while k < tokens.count && k - start < 10 {
            let t = tokens[k]
            if t.isCapitalized && !t.isAllCaps && TokenGaps.joinable(masked, tokens[k - 1], t) {
                last = k
            } else if !(extractor.connectors.contains(t.key) && !t.isCapitalized) {
                break
            }
            k += 1
        }
        guard last >= from, last + 1 < tokens.count, tokens[last + 1].isAllCaps,
            TokenGaps.trimmedIs(masked, tokens[last].end, tokens[last + 1].start, "(")
        else { return nil }
        let capitals = (start...last).filter { tokens[$0].isCapitalized }.compactMap { tokens[$0].key.first }
        return String(capitals) == tokens[last + 1].key ? last : nil
    }

    private func isSentenceStart(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        if i == 0 { return true }
        // A colon, an em dash or a bullet between the two words.
        var k = tokens[i - 1].end
        let end = tokens[i].start
        while k < end {
            let b = masked[k]
            if b == 0x3A { return true }
            if b == 0xE2, k + 2 < end, masked[k + 1] == 0x80, masked[k + 2] == 0x94 || masked[k + 2] == 0xA2 {
                return true
            }
            k += 1
        }
        return false
    }

    private func isSentenceOpenerWord(_ t: Token) -> Bool { lexicon.notNames.contains(t.key) }

    /// A capitalised word that is an ordinary word here (a sentence opener).
    private func isOrdinaryWord(_ t: Token) -> Bool {
        lexicon.notNames.contains(t.key) || (lowercaseWords.contains(t.key) && !lexicon.givenNames.contains(t.key))
    }

    private func isApostropheGap(_ a: Token, _ b: Token) -> Bool {
        TokenGaps.isExactly(masked, a.end, b.start, "'") || TokenGaps.isExactly(masked, a.end, b.start, "’")
    }

    private func surface(_ tokens: UnsafeBufferPointer<Token>, _ a: Int, _ b: Int) -> String {
        DisplayText.make(masked, range: TextRange(tokens[a].start, tokens[b].end))
    }

    /// The original spelling of one token.
    private func word(_ t: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: masked[t.start..<t.end]), as: UTF8.self)
    }

    /// Whether `connector` may continue the run start...end: "of" and "the" after any head word
    /// of a kind, "for", "on" and "to" only after organisations, agreements and events, and never
    /// after a run that is just a catalog name ("Turkey to Azerbaijan").
    private func connectorAllowed(
        _ connector: String, _ tokens: UnsafeBufferPointer<Token>, _ start: Int, _ end: Int, consumed: [Int?]
    )
        -> Bool
    {
        if let c = consumed[start], (start...end).allSatisfy({ consumed[$0] == c }) {
            // "Republic of …" may still go on when the catalog name is itself a pattern head.
            guard end == start, lexicon.statePatternStarts.contains(tokens[start].key + " of") else { return false }
        }
        if connector == "and" { return false }
        var kinds: Set<ActorKind> = []
        for k in start...end {
            if let kind = cueKind(word(tokens[k])) { kinds.insert(kind) }
            if lexicon.statePatternStarts.contains(tokens[k].key + " of") { kinds.insert(.state) }
        }
        if kinds.isEmpty { return false }
        switch connector {
        case "of", "the", "de", "del", "la", "al", "el", "bin", "ibn", "von", "van", "der", "du", "des": return true
        default: return !kinds.isDisjoint(with: [.organization, .agreement, .event])
        }
    }

    private func cueKind(_ w: String) -> ActorKind? { extractor.headCues[w] }

    /// True when a title at `k` is followed by a capitalised word: "Sheikh Mujibur", not "Justice".
    private func titleBeforeAName(_ tokens: UnsafeBufferPointer<Token>, _ k: Int) -> Bool {
        let t = isTitle(tokens, k, min(tokens.count - 1, k + 2))
        return t > 0 && k + t < tokens.count && tokens[k + t].isCapitalized
    }

    private func isTitle(_ tokens: UnsafeBufferPointer<Token>, _ k: Int, _ end: Int) -> Int {
        // Longest title of up to three words starting at k: returns its length (0 if none).
        var key = tokens[k].key
        var best = lexicon.titles.contains(key) ? 1 : 0
        // Longer titles are looked up only after a word that starts one (no string is built).
        guard extractor.titleStarts.contains(key) else { return best }
        for len in 2...3 where k + len - 1 <= end {
            key += " " + tokens[k + len - 1].key
            if lexicon.titles.contains(key) { best = len }
        }
        return best
    }

    // MARK: Classifying a run

    /// Classifies the run start...end and records it; returns the last token index it used.
    private mutating func process(
        _ tokens: UnsafeBufferPointer<Token>, start: Int, end: Int, hasConnector: Bool, sentence: Int, consumed: [Int?],
        adjectival: [Bool]
    ) -> Int {
        let n = tokens.count
        // What follows the run: "(ACR)", a lower-case cue ("corridor"), or an apposition.
        var acronym: Token? = nil
        var after = end + 1
        if after < n, tokens[after].isAllCaps,
            TokenGaps.trimmedIs(masked, tokens[end].end, tokens[after].start, "(")
        {
            let closeEnd = after + 1 < n ? tokens[after + 1].start : min(tokens[after].end + 2, masked.count)
            if TokenGaps.text(masked, tokens[after].end, closeEnd).trimmed.hasPrefix(")") {
                acronym = tokens[after]
                after += 1
            }
        }
        var trailing: (Int, ActorKind)? = nil
        if after < n, !tokens[after].isCapitalized, let kind = extractor.trailingCues[word(tokens[after])],
            // "the former Ottoman war minister": the cue word qualifies an office here.
            !(after + 1 < n && lexicon.titles.contains(tokens[after + 1].key))
        {
            let gap = TokenGaps.text(masked, tokens[after - 1].end, tokens[after].start)
            if gap.count <= 3 && gap.allSatisfy({ " \"”’)".contains($0) }) { trailing = (after, kind) }
        }
        let lastUsed = trailing?.0 ?? (acronym != nil ? after - 1 : end)

        // Strip a person's leading adjectives and titles: "Turkish President Turgut Özal".
        var first = start
        var titled = false
        var k = start
        while k <= end && consumed[k] != nil { k += 1 }
        while k <= end {
            var t = isTitle(tokens, k, end)
            // "Treasury Secretary Steven Mnuchin", "High Representative Catherine Ashton": one
            // word before an office belongs to the title.
            if t == 0, k < end, consumed[k] == nil, extractor.offices.contains(tokens[k + 1].key) {
                let u = isTitle(tokens, k + 1, end)
                if u > 0 && k + 1 + u <= end && tokens[k + 1 + u].isCapitalized { t = 1 + u }
            }
            guard t > 0 && k + t <= end else { break }
            titled = true
            k += t
        }
        if titled { first = k }
        // "the firm SQM", "his counterpart Ebrahim Raisi": a word before the name tells its kind.
        var preceding: ActorKind? = nil
        if start > 0, TokenGaps.isExactly(masked, tokens[start - 1].end, tokens[start].start, " ") {
            let p = tokens[start - 1]
            if !p.isCapitalized {
                preceding = lexicon.precedingCues[p.key]
                if preceding == nil && start > 1 {
                    preceding = lexicon.precedingCues[tokens[start - 2].key + " " + p.key]
                }
            }
        }
        // "the federal head of state, Yakubu Gowon, had": a role before a name set off by commas.
        if preceding == nil, start > 1, TokenGaps.isExactly(masked, tokens[start - 1].end, tokens[start].start, ", "),
            let e = Optional(end), e + 1 < n, TokenGaps.trimmedIs(masked, tokens[e].end, tokens[e + 1].start, ","),
            !tokens[start - 1].isCapitalized,
            lexicon.precedingCues[tokens[start - 1].key] == .person
                || lexicon.precedingCues[tokens[start - 2].key + " " + tokens[start - 1].key] == .person
                || (start > 2
                    && lexicon.precedingCues[
                        tokens[start - 3].key + " " + tokens[start - 2].key + " " + tokens[start - 1].key] == .person)
        {
            preceding = .person
        }
        if preceding == .person { titled = true }
        // "the Srpska Lista party", "the Volga region": a common noun after "the NAME" tells its kind.
        var following: ActorKind? = nil
        if trailing == nil, start > 0, tokens[start - 1].key == "the", end + 1 < n, !tokens[end + 1].isCapitalized,
            TokenGaps.isExactly(masked, tokens[end].end, tokens[end + 1].start, " "),
            let kind = followingCueKind(tokens[end + 1].key), kind != .person
        {
            following = kind
        }

        // "East Pakistan", "Upper Elmland": a compass word before a catalog place names a region.
        if trailing == nil, end == first + 1, consumed[first] == nil,
            extractor.compassWords.contains(tokens[first].key),
            let c = consumed[end], !result.mentions[c].adjectival,
            [.place, .state].contains(kindOf(result.mentions[c].key))
        {
            let name = surface(tokens, first, end)
            dropped.insert(c)
            let key = ActorKey.discovered(.place, TextFolding.fold(name))
            result.mentions.append(
                RawMention(
                    key: key, sentence: sentence, range: TextRange(tokens[first].start, tokens[end].end),
                    adjectival: false, name: name))
            return lastUsed
        }
        // Nothing new when every word is already a catalog name ("Soviet-Turkish relations").
        if trailing == nil, (first...end).allSatisfy({ consumed[$0] != nil }) {
            if let acronym, let c = consumed[first], initialsMatch(acronym, tokens, first, end) {
                define(acronym, key: result.mentions[c].key, name: nil)
            }
            return lastUsed
        }
        var head = headKind(tokens, first, end, hasConnector: hasConnector)
        // "General Act of the Berlin Conference", "Prime Minister's Office": a title that opens the
        // name of a text or a body belongs to it.
        if titled, first > start, let h = headKind(tokens, start, end, hasConnector: hasConnector), h == head,
            (start..<first).allSatisfy({ consumed[$0] == nil })
        {
            first = start
            titled = false
            head = h
        }
        // "the Congress of Elmburg": a congress named after a city or a state is a conference.
        if head == .organization, first + 2 == end, word(tokens[first]) == "Congress", tokens[first + 1].key == "of",
            let c = consumed[end], !result.mentions[c].adjectival,
            [.place, .state].contains(kindOf(result.mentions[c].key))
        {
            head = .event
        }
        // "the Principality of Elmland": a catalog state named by its form of government is that state.
        if head == .state, first + 2 <= end,
            lexicon.statePatternStarts.contains(tokens[first].key + " " + tokens[first + 1].key),
            let c = consumed[first + 2], (first + 2...end).allSatisfy({ consumed[$0] == c }),
            !result.mentions[c].adjectival, kindOf(result.mentions[c].key) == .state
        {
            return lastUsed
        }
        if head != nil { trailing = nil }
        let last = trailing?.0 ?? end

        // The run is one catalog name: at most an acronym definition.
        if let c = consumed[first], (first...end).allSatisfy({ consumed[$0] == c }) {
            let key = result.mentions[c].key
            let catalogKind: ActorKind? =
                if case .catalog(let e) = key { extractor.catalog.entries[e].kind } else { nil }
            if trailing == nil || catalogKind == trailing?.1 {
                if let acronym, initialsMatch(acronym, tokens, first, end) { define(acronym, key: key, name: nil) }
                return lastUsed
            }
        }
        // "Atacameño and Kolla communities": the cue after the second name applies to the first.
        if head == nil && trailing == nil, end + 3 < n, ["and", "or"].contains(tokens[end + 1].key),
            tokens[end + 2].isCapitalized
        {
            var e = end + 2
            while e + 1 < n && tokens[e + 1].isCapitalized && TokenGaps.joinable(masked, tokens[e], tokens[e + 1]) {
                e += 1
            }
            if e + 1 < n, !tokens[e + 1].isCapitalized, let kind = extractor.trailingCues[word(tokens[e + 1])],
                kind == .group || (kind == .project && extractor.pluralCues.contains(tokens[e + 1].key))
            {
                trailing = (end, kind)
            }
        }
        var name = surface(tokens, first, end)
        if let (t, kind) = trailing, kind != .group, t != end, !extractor.pluralCues.contains(tokens[t].key) {
            name += " " + word(tokens[t])
        }
        guard !extractor.catalog.ignored.contains(TextFolding.fold(name)) else { return lastUsed }

        var kind: ActorKind? = trailing?.1 ?? head ?? (preceding == .person ? nil : preceding)
        if kind == nil { kind = listKind(tokens, start) }
        if kind == nil { kind = following }
        if kind == nil
            && (titled || trailingTitle(tokens, first, end) || looksLikePerson(tokens, first, end, consumed: consumed)
                || appositionKind(tokens, end, adjectival: adjectival) == .person)
        {
            kind = .person
        }
        if kind == nil { kind = appositionKind(tokens, end, adjectival: adjectival) }
        // "the Young Turks", "the Young Khivans": reform movements named as their members.
        if kind == nil, end == first + 1, tokens[first].key == "young", tokens[end].key.hasSuffix("s") {
            kind = .group
        }
        // "at Natanz and Fordow", "Osh and Jalal-Abad": one unknown word joined to a place by "and".
        if kind == nil,
            isOneWord(tokens, first, end),
            start == first, first >= 2, consumed[first] == nil, ["and", "or"].contains(tokens[first - 1].key),
            !tokens[first - 1].isCapitalized, !lexicon.givenNames.contains(tokens[first].key),
            TokenGaps.isExactly(masked, tokens[first - 2].end, tokens[first - 1].start, " "),
            !surnames.contains(tokens[first].key),
            let before = result.mentions.last(where: { $0.range.end == tokens[first - 2].end }), !before.adjectival,
            kindOf(before.key) == .place
        {
            kind = .place
        }
        // "Ion Vărescu and Mihail Dorn": an unknown name joined by "and" to a person's name.
        if kind == nil, start == first, end > first, end - first <= 2, end + 3 < n, tokens[end + 1].key == "and",
            TokenGaps.isExactly(masked, tokens[end].end, tokens[end + 1].start, " "),
            (first...end).allSatisfy({ consumed[$0] == nil && isProperWord(tokens[$0]) }),
            lexicon.givenNames.contains(tokens[end + 2].key) || lexicon.titles.contains(tokens[end + 2].key),
            tokens[end + 3].isCapitalized, TokenGaps.joinable(masked, tokens[end + 2], tokens[end + 3])
        {
            kind = .person
        }
        // "from Oddar Meanchey and Sisaket": an unknown name of one or two words joined by "and"
        // to a place that follows it.
        if kind == nil, start == first, end - first <= 1, end + 2 < n, ["and", "or"].contains(tokens[end + 1].key),
            !tokens[end + 1].isCapitalized, TokenGaps.isExactly(masked, tokens[end].end, tokens[end + 1].start, " "),
            !lexicon.givenNames.contains(tokens[first].key),
            (first...end).allSatisfy({ consumed[$0] == nil && isProperWord(tokens[$0]) }),
            let after = result.mentions.last(where: { $0.range.start == tokens[end + 2].start }), !after.adjectival,
            kindOf(after.key) == .place
        {
            kind = .place
        }
        // "Biafran territory" after "the Republic of Biafra": an adjective made from a name found here.
        if kind == nil, first == end, start == first, consumed[first] == nil, tokens[first].key.hasSuffix("n"),
            tokens[first].key.count >= 5
        {
            let stem = String(tokens[first].key.dropLast())
            let entries = extractor.gazetteer.entries(namedBy: stem)
            if let m = result.mentions.last(where: { m in
                guard !m.adjectival else { return false }
                switch m.key {
                case .discovered(let k, let name):
                    return k != .person && (name == stem || name.hasSuffix(" of " + stem))
                case .catalog(let e):
                    return entries.contains(e) && extractor.catalog.entries[e].kind != .person
                }
            }) {
                result.mentions.append(
                    RawMention(key: m.key, sentence: sentence, range: tokens[first].range, adjectival: true, name: nil))
                return lastUsed
            }
        }
        // "in Gao", "around Ménaka": one unknown capitalised word after a preposition of place.
        if kind == nil, first == end, start == first, consumed[first] == nil, first > 0, !tokens[first].isAllCaps,
            ["in", "at", "near", "around", "from", "into", "outside", "towards", "toward", "across", "through"]
                .contains(tokens[first - 1].key),
            TokenGaps.isExactly(masked, tokens[first - 1].end, tokens[first].start, " "), isProperWord(tokens[first]),
            first == 1 || TokenGaps.text(masked, tokens[first - 2].end, tokens[first - 1].start).contains(" "),
            !surnames.contains(tokens[first].key),
            !lexicon.givenNames.contains(tokens[first].key)
        {
            if let known = discoveredByFirstWord[tokens[first].key] {
                result.mentions.append(
                    RawMention(key: known, sentence: sentence, range: tokens[first].range, adjectival: false, name: nil)
                )
                return lastUsed
            }
            kind = .place
        }
        // "at Campo Lérez", "near Puente Alto": two unknown capitalised words after a preposition
        // that names a spot ("in" and "from" also come before titles of works and bodies).
        if kind == nil, end == first + 1, start == first, first > 0,
            ["at", "near", "around", "outside", "towards", "toward"].contains(tokens[first - 1].key),
            TokenGaps.isExactly(masked, tokens[first - 1].end, tokens[first].start, " "),
            (first...end).allSatisfy({ consumed[$0] == nil && !tokens[$0].isAllCaps && isProperWord(tokens[$0]) }),
            !surnames.contains(tokens[end].key),
            !lexicon.givenNames.contains(tokens[first].key)
        {
            kind = .place
        }
        // "Saavedra Lamas" after "Carlos Saavedra Lamas": the last words of a person named before.
        var earlierPerson: ActorKey? = nil
        if kind == nil || kind == .person, end > first, !titled,
            surnames.contains(tokens[end].key)
        {
            let folded = " " + TextFolding.fold(surface(tokens, first, end))
            earlierPerson =
                persons.last(where: { p in
                    guard p.surname == tokens[end].key, case .discovered(.person, let full) = p.key else {
                        return false
                    }
                    return full.hasSuffix(folded)
                })?.key
            if earlierPerson != nil { kind = .person }
        }
        guard let kind else {
            if first == end, consumed[first] == nil, tokens[first].isAllCaps,
                tokens[first].end - tokens[first].start <= 8
            {
                result.pendingAcronyms.append(
                    PendingAcronym(acronym: word(tokens[first]), sentence: sentence, range: tokens[first].range))
            } else if first == end, consumed[first] == nil {
                pendingSurnames.append((sentence, tokens[first]))
            }
            return lastUsed
        }
        if first == end && !titled && kind == .person {
            if consumed[first] == nil { pendingSurnames.append((sentence, tokens[first])) }
            return lastUsed
        }
        if first == end && trailing == nil && acronym == nil && !tokens[first].isAllCaps && kind != .person {
            // A single capitalised word that is only a cue ("Parliament") is not a name.
            if cueKind(word(tokens[first])) != nil { return lastUsed }
        }
        // "Consulate General", "Foreign Ministry": only generic words, so no name (unless quoted).
        if kind != .person && !hasProperWord(tokens, first, last)
            && !isQuoted(tokens, first, last)
            // "the Declaration of Principles" names one text, though all its words are generic.
            && !(kind == .agreement && hasConnector && first == start && start > 0 && tokens[start - 1].key == "the")
            // "the International Crisis Group": three generic words after "the" name one body.
            && !(kind == .organization && !hasConnector && first == start && last - first >= 2 && start > 0
                && tokens[start - 1].key == "the")
        {
            return lastUsed
        }
        if kind == .person || kind == .place {
            // "Milan Radoičić", "Bay of Bengal": a catalog name inside a person's or a place's name is part of it.
            for k in first...end {
                if let c = consumed[k], !result.mentions[c].adjectival { dropped.insert(c) }
            }
        } else {
            let firstConnector =
                (first...end).first { !tokens[$0].isCapitalized && extractor.connectors.contains(tokens[$0].key) }
                ?? end + 1
            for k in first..<firstConnector {
                if let c = consumed[k], !result.mentions[c].adjectival { dropped.insert(c) }
            }
        }
        var key = ActorKey.discovered(kind, TextFolding.fold(name))
        if kind == .person, let earlier = earlierPerson { key = earlier }
        let range = TextRange(tokens[first].start, tokens[last].end)
        result.mentions.append(RawMention(key: key, sentence: sentence, range: range, adjectival: false, name: name))
        if kind == .person {
            persons.append((sentence, tokens[first].start, tokens[end].key, key))
            surnames.insert(tokens[end].key)
        } else if first < end, discoveredByFirstWord[tokens[first].key] == nil {
            discoveredByFirstWord[tokens[first].key] = key
        }
        if let acronym, initialsMatch(acronym, tokens, first, end) { define(acronym, key: key, name: name) }
        return lastUsed
    }

    /// A word that can make a name proper: not a cue word, title, connector or ordinary opener.
    private func isProperWord(_ t: Token) -> Bool {
        if !t.isCapitalized && !t.isAllCaps { return false }
        let w = word(t)
        for (form, key) in [(w, t.key)] + (w.hasSuffix("s") ? [(String(w.dropLast()), String(t.key.dropLast()))] : []) {
            if lexicon.titles.contains(key) || lexicon.notNames.contains(key) || cueKind(form) != nil { return false }
        }
        return true
    }

    /// True when quotation marks enclose tokens first...last.
    private func isQuoted(_ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ last: Int) -> Bool {
        let before = TokenGaps.text(masked, tokens[first].gapStart, tokens[first].start)
        let afterEnd = last + 1 < tokens.count ? tokens[last + 1].start : min(tokens[last].end + 3, masked.count)
        let after = TokenGaps.text(masked, tokens[last].end, afterEnd)
        return (before.contains("\"") || before.contains("“")) && (after.contains("\"") || after.contains("”"))
    }

    /// True when the letters of `acronym` are, in order, initials of words of the name (or of
    /// their parts): "BPSR" for "Bukhara People's Soviet Republic", "PKK" for "Partiya Karkerên Kurdistanê".
    private func initialsMatch(_ acronym: Token, _ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ end: Int) -> Bool
    {
        let letters = Array(acronym.key)
        let initials = (first...end).compactMap { tokens[$0].key.first }
        var i = 0
        for c in initials where i < letters.count && c == letters[i] { i += 1 }
        return letters.first == initials.first && i * 2 >= letters.count
    }

    private mutating func define(_ acronym: Token, key: ActorKey, name: String?) {
        let text = word(acronym)
        result.definitions.append((text, key, name))
    }

    /// The kind that the run's head word gives it: "Treaty" in "Treaty of Kars", "Army" in
    /// "Caucasian Islamic Army", a state pattern in "Emirate of Bukhara".
    private func headKind(_ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ end: Int, hasConnector: Bool)
        -> ActorKind?
    {
        var headEnd = end
        if hasConnector,
            let k = (first...end).first(where: {
                !tokens[$0].isCapitalized && extractor.connectors.contains(tokens[$0].key)
            })
        {
            headEnd = max(first, k - 1)
            if k == first + 1 && lexicon.statePatternStarts.contains(tokens[first].key + " " + tokens[k].key) {
                return .state
            }
        }
        // Patterns of states: "People's … Republic", "… Soviet Republic".
        let last = word(tokens[headEnd])
        if last == "Republic" || last == "SSR" || last == "ASSR" || last == "SFSR" {
            if (first..<headEnd).contains(where: {
                lexicon.statePatternInside.contains(word(tokens[$0]))
                    || lexicon.statePatternInside.contains(tokens[$0].key)
            }) {
                return .state
            }
        }
        // Each word's spelling is made once: as the later word of a pair, then on its own.
        var current = last
        for k in stride(from: headEnd, through: first, by: -1) {
            let before = k > first ? word(tokens[k - 1]) : ""
            // A token holds no space: "before current" is a cue only if `before` starts one.
            if k > first, extractor.headPairStarts.contains(before), let kind = cueKind(before + " " + current) {
                return kind
            }
            if let kind = cueKind(current) { return kind }
            current = before
        }
        return nil
    }

    /// "Nuri Pasha": a title after the name.
    private func trailingTitle(_ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ end: Int) -> Bool {
        end > first && lexicon.titles.contains(tokens[end].key)
            && ["pasha", "pasa", "bey", "khan", "efendi", "aga", "shah", "mirza"].contains(tokens[end].key)
    }

    /// True when tokens first...end are one word, or words joined only by hyphens ("Jalal-Abad").
    private func isOneWord(_ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ end: Int) -> Bool {
        (first..<end).allSatisfy { TokenGaps.isExactly(masked, tokens[$0].end, tokens[$0 + 1].start, "-") }
    }

    /// Two to four capitalised words that read as a person's name.
    private func looksLikePerson(_ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ end: Int, consumed: [Int?])
        -> Bool
    {
        let count = end - first + 1
        guard count >= 2 && count <= 4 else { return false }
        // Words joined only by hyphens are one word ("Jalal-Abad"), not a given name and a surname.
        guard !isOneWord(tokens, first, end) else { return false }
        for k in first...end {
            let t = tokens[k]
            let hyphenTail =
                k > first && !t.isCapitalized
                && (TokenGaps.isExactly(masked, tokens[k - 1].end, t.start, "-") || isApostropheGap(tokens[k - 1], t))
            // "al" in "Abdel Fattah al-Burhan".
            let particle =
                k > first && k < end && !t.isCapitalized
                && (extractor.hyphenParticles.contains(t.key)
                    && TokenGaps.isExactly(masked, t.end, tokens[k + 1].start, "-")
                    || extractor.nameParticles.contains(t.key))
            // "Henry Morton Stanley", "Otto von Bismarck": a place's name after a given name is a surname.
            let surnameLikePlace =
                k > first && consumed[first] == nil && lexicon.givenNames.contains(tokens[first].key)
                && consumed[k].map { !result.mentions[$0].adjectival && kindOf(result.mentions[$0].key) == .place }
                    == true
            if (consumed[k] != nil && !surnameLikePlace) || t.isAllCaps || t.isNumber
                || (!t.isCapitalized && !hyphenTail && !particle)
            {
                return false
            }
            if lexicon.notNames.contains(t.key) { return false }
        }
        if lexicon.givenNames.contains(tokens[first].key) || lexicon.familyNames.contains(tokens[first].key) {
            return true
        }
        // "Fiame Naomi Mata'afa": a chiefly or family name before the given name.
        if count >= 3 && lexicon.givenNames.contains(tokens[first + 1].key) { return true }
        // A namesake of a person already named here: "Ama Mensah" after "Kofi Mensah".
        if surnames.contains(tokens[end].key) { return true }
        let surname = tokens[end].key
        return lexicon.surnameEndings.contains { surname.count > $0.count + 2 && surname.hasSuffix($0) }
    }

    /// ", a shiite paramilitary group" / ", spokesman for" after a name.
    private func appositionKind(_ tokens: UnsafeBufferPointer<Token>, _ end: Int, adjectival: [Bool]) -> ActorKind? {
        guard end + 1 < tokens.count else { return nil }
        guard TokenGaps.trimmedIs(masked, tokens[end].end, tokens[end + 1].start, ",") else { return nil }
        var k = end + 1
        if ["a", "an", "the"].contains(tokens[k].key) { k += 1 }
        var seen = 0
        var sawName = false
        while k < tokens.count && seen < 4 {
            let possessive =
                k + 1 < tokens.count && tokens[k + 1].key == "s" && isApostropheGap(tokens[k], tokens[k + 1])
            // ", the region's acting president": the owner before a possessive is not the head.
            if !possessive, let kind = extractor.appositionCues[tokens[k].key] { return kind }
            if lexicon.titles.contains(tokens[k].key) { return .person }
            // ", India declared the treaty": a name and then a verb make a clause, not an apposition.
            if tokens[k].isCapitalized && !adjectival[k] && !possessive {
                sawName = true
            } else if sawName && !tokens[k].isCapitalized {
                return nil
            }
            if k + 1 < tokens.count
                && !(tokens[k].end..<tokens[k + 1].start).allSatisfy({
                    masked[$0] == 0x20 || masked[$0] == 0x2D || masked[$0] == MarkupMask.hiddenByte
                })
                // A possessive goes on: ", Egypt's foreign minister".
                && !possessive
                // So does an abbreviation: ", the U.S. Secretary of State".
                && !(tokens[k].end - tokens[k].start == 1 && tokens[k].isCapitalized
                    && (TokenGaps.isExactly(masked, tokens[k].end, tokens[k + 1].start, ".")
                        || TokenGaps.isExactly(masked, tokens[k].end, tokens[k + 1].start, ". ")))
            {
                return nil
            }
            k += 1
            seen += 1
        }
        return nil
    }

    // MARK: Bare surnames

    /// "Aliyev" alone goes to the nearest full mention of a person with that surname.
    private mutating func resolveSurnames() {
        guard !pendingSurnames.isEmpty, !persons.isEmpty else { return }
        for (sentence, token) in pendingSurnames {
            let candidates = persons.filter { $0.surname == token.key }
            guard !candidates.isEmpty else { continue }
            let before = candidates.filter { $0.position < token.start }.max { $0.position < $1.position }
            let afterwards = candidates.filter { $0.position > token.start }.min { $0.position < $1.position }
            guard let chosen = before ?? afterwards else { continue }
            result.mentions.append(
                RawMention(key: chosen.key, sentence: sentence, range: token.range, adjectival: false, name: nil))
        }
    }

}
