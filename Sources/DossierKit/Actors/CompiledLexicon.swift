/// The word lists of a ``CueLexicon`` as discovery asks them, word by word: ``WordSet``s and
/// ``WordMap``s, so that most questions cost no `String` hashing. A class: reading it through
/// the extraction state retains one reference, not every table.
final class CompiledLexicon: Sendable {
    let titles: WordSet
    let statePatternStarts: WordSet
    let statePatternInside: WordSet
    /// The catalog's own set: tens of thousands of names, asked about less often than they
    /// would cost to copy into a ``WordSet`` on every start.
    let givenNames: Set<String>
    let notNames: WordSet
    let familyNames: WordSet
    let precedingCues: WordMap<ActorKind>
    let surnameEndings: [String]

    init(_ lexicon: CueLexicon) {
        titles = WordSet(lexicon.titles)
        statePatternStarts = WordSet(lexicon.statePatternStarts)
        statePatternInside = WordSet(lexicon.statePatternInside)
        givenNames = lexicon.givenNames
        notNames = WordSet(lexicon.notNames)
        familyNames = WordSet(lexicon.familyNames)
        precedingCues = WordMap(lexicon.precedingCues)
        surnameEndings = lexicon.surnameEndings
    }
}
