import Testing

@testable import DossierKit

@Suite struct SentenceTests {
    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        let s = Fixtures.sentences(
            "Dr. Smith met A. A. Guluzade in St. Petersburg, e.g. at the archive. See pp. 71–78 and Sh. Hajiyeva too. It rained."
        )
        #expect(
            s == [
                "Dr. Smith met A. A. Guluzade in St. Petersburg, e.g. at the archive.",
                "See pp. 71–78 and Sh. Hajiyeva too.", "It rained.",
            ])
    }

    @Test func decimalsOrdinalsAndQuotations() {
        let s = Fixtures.sentences(
            "Trade grew 4.5 percent by the 21st century. He said “evildoers” use it. “Is it over?” she asked. “Yes.” Then silence."
        )
        #expect(
            s == [
                "Trade grew 4.5 percent by the 21st century.", "He said “evildoers” use it.",
                "“Is it over?” she asked.", "“Yes.”", "Then silence.",
            ])
    }

    @Test func listItemsAreTheirOwnSentences() {
        let s = Fixtures.sentences(
            "Signed documents include:\n\n- A protocol on cooperation.\n- An agreement on trade\n\nThe end.")
        #expect(s == ["Signed documents include:", "A protocol on cooperation.", "An agreement on trade", "The end."])
    }

    @Test func rangesAreExactEvenWithMarkup() {
        let text = "Prices rose to **\\$5 billion** in 2022. *Analysts* agreed."
        let structure = ArticleParser.parse(text)
        #expect(structure.sentences.count == 2)
        #expect(Fixtures.slice(text, structure.sentences[0].range) == "Prices rose to **\\$5 billion** in 2022.")
        #expect(Fixtures.sentences(text) == ["Prices rose to $5 billion in 2022.", "Analysts agreed."])
    }
}
