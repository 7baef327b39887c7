import Foundation
import Testing

@testable import DossierKit

/// Articles in layouts unlike any seed.
@Suite struct LayoutTests {
    @Test func markdownArticleWithHardWrappedParagraphs() {
        let text = """
            # Water and Power in the Niger Basin

            By Aminata Diallo and Kwame Mensah

            ## Introduction

            The Niger Basin Authority was founded in 1980 to coordinate the
            use of the river among nine states. Its record is mixed, as the
            dams built since then show.

            ## The Kandadji Dam

            Niger began the Kandadji dam in 2008. Mali and Nigeria objected
            at first (Ouedraogo, 2015). Later talks eased the dispute.

            ### Financing

            The World Bank and the Islamic Development Bank paid for most of
            it, according to Traoré et al. (2019).

            ## References

            Ouedraogo, B. (2015). Rivers and borders in the Sahel. *Journal of
            African Studies*, 12(3), 45–67.
            Traoré, M., Keita, S., & Bah, A. (2019). Dams and debt. *Water Policy*,
            21, 100–120. https://doi.org/10.1000/wp.2019.7
            """
        let s = ArticleParser.parse(text)
        #expect(s.title == "Water and Power in the Niger Basin")
        #expect(s.authors.map(\.name) == ["Aminata Diallo", "Kwame Mensah"])
        #expect(
            s.sections.map { "\($0.level) \($0.title)" } == [
                "2 Introduction", "2 The Kandadji Dam", "3 Financing", "2 References",
            ])
        #expect(s.references.count == 2)
        #expect(s.references[1].surnames == ["Traoré", "Keita", "Bah"])
        #expect(s.details(of: s.references[1], in: text).doi == "10.1000/wp.2019.7")
        #expect(s.details(of: s.references[0], in: text).venue == "Journal of African Studies")
        #expect(s.citations.map(\.reference) == [0, 1])
        // Hard-wrapped lines make one paragraph, and sentences run across line ends.
        let paragraphs = s.blocks.filter { $0.role == .paragraph }
        #expect(paragraphs.count == 3)
        #expect(Fixtures.sentences(text).contains("Its record is mixed, as the dams built since then show."))
    }

    @Test func newsStoryWithoutHeadingsOrReferences() {
        let text = """
            Brazil and Argentina sign energy pact

            March 3, 2021

            Brazil and Argentina signed an agreement on Tuesday to build a gas pipeline from the Vaca Muerta field. President Alberto Fernández called it historic.
            The deal follows years of talks within Mercosur. Critics in Uruguay said they were not consulted.
            """
        let s = ArticleParser.parse(text)
        #expect(s.title == "Brazil and Argentina sign energy pact")
        #expect(!s.titleIsDerived)
        #expect(s.year == 2021)
        #expect(s.sections.isEmpty)
        #expect(s.blocks.filter { $0.role == .paragraph }.count == 2)
        #expect(s.sentences.count == 4)
    }

    @Test func shortNewsParagraphsNamingInstitutionsAreBodyNotAffiliations() {
        let text = """
            Ministers meet in Brussels

            Leila Haddad

            Institute of Mediterranean Studies, University of Tunis

            The Foreign Ministry of Turkey said on Monday that talks with Greece would continue.

            The European Council will meet again in June.
            """
        let s = ArticleParser.parse(text)
        #expect(s.title == "Ministers meet in Brussels")
        #expect(s.authors.map(\.name) == ["Leila Haddad"])
        #expect(s.affiliations == ["Institute of Mediterranean Studies, University of Tunis"])
        // Both short paragraphs are body text, so their actors are found.
        #expect(s.blocks.filter { $0.role == .paragraph }.count == 2)
        let c = Fixtures.corpus([text])
        #expect(c.actors.actor(named: "Greece")?.mentionCount == 1)
        #expect(c.actors.actor(named: "Turkey") != nil)
    }

    @Test func untitledTextGetsADerivedTitle() {
        let s = ArticleParser.parse(
            "Seoul and Tokyo resumed talks on Friday after a two-year pause in high-level contacts between the two governments."
        )
        #expect(s.titleIsDerived)
        #expect(s.title == "Seoul and Tokyo resumed talks on Friday after a two-year pause in high-level…")
    }

    @Test func emptyAndWhitespaceTextsHaveATitle() {
        #expect(ArticleParser.parse("").title == "(untitled)")
        #expect(ArticleParser.parse("\n\n   \n").title == "(untitled)")
    }

    @Test func numberedCitationsLinkToNumberedReferences() {
        let text = """
            Ports of East Asia

            Introduction

            Container traffic in Busan grew quickly [1]. Shanghai overtook it later [2, 3].

            References

            1. Kim J. Ports of Korea. – Seoul: Hanul, 2010.
            2. Wang L. Shanghai and the sea. – Beijing, 2015.
            3. Chen Y. Yangshan. – 2018.
            """
        let s = ArticleParser.parse(text)
        #expect(s.references.map(\.number) == [1, 2, 3])
        #expect(s.citations.map(\.number) == [1, 2, 3])
        #expect(s.citations.map(\.reference) == [0, 1, 2])
    }

    @Test func bibliographicEntriesUnderNotesAreReferencesAndExplanatoryNotesStayText() {
        let text = """
            Rivers of the Chaco

            ## Background

            The war began in 1932 [1].

            ## Notes

            1. Farcau, B. W. (1996). *The Chaco War*. Praeger Publishers.
            2. The fort was rebuilt by Velkan Oduro after the war.
            3. Zook, David. The Conduct of the Chaco War. Bookman Associates, 1960.
            """
        let s = ArticleParser.parse(text)
        #expect(s.references.map(\.surnames) == [["Farcau"], ["Zook"]])
        #expect(s.references.map(\.number) == [1, 3])
        #expect(s.blocks.contains { $0.role == .listItem })
        #expect(s.citations.first?.reference == 0)
    }

    @Test func oneMegabyteSingleLineParsesQuickly() {
        let sentence = "The delegation from Chile met officials in Lima to discuss the border. "
        let text = String(repeating: sentence, count: 1_048_576 / sentence.utf8.count + 1)
        let s = ArticleParser.parse(text)
        #expect(s.blocks.count == 1)
        #expect(s.sentences.count > 14_000)
        #expect(s.titleIsDerived)
    }

    @Test func blocksAndRelationsKeepTheirCompactSize() {
        // A corpus of 10,000 articles holds a third of a million blocks and a million relations.
        #expect(MemoryLayout<Block>.stride == 40)
        #expect(MemoryLayout<RelationCore>.stride == 32)
        #expect(MemoryLayout<Sentence>.stride == 12)
        // A million mentions, a million actor–document counts, a quarter of a million dates.
        #expect(MemoryLayout<Mention>.stride == 20)
        #expect(MemoryLayout<DocumentCount>.stride == 12)
        #expect(MemoryLayout<DateMention>.stride == 48)
    }

    @Test func compactCountsAndDatesKeepWhatTheyHold() throws {
        var count = DocumentCount(document: 70_000, mentions: 3, adjectival: 0)
        count.adjectival += 2
        #expect((count.document, count.mentions, count.adjectival) == (70_000, 3, 2))
        let date = DateMention(
            document: 12, sentence: 400, range: TextRange(1_000_000, 1_000_011), text: "28 May 1918",
            period: .day(1918, 5, 28))
        #expect(date.period == .day(1918, 5, 28) && date.period.precision == .day)
        #expect(date.range == TextRange(1_000_000, 1_000_011) && date.document == 12 && date.sentence == 400)
        let decade = DateMention(
            document: 0, sentence: 0, range: TextRange(0, 5), text: "1920s",
            period: .years(1920, 1929, precision: .decade))
        #expect(decade.period.startYear == 1920 && decade.period.endYear == 1929 && decade.period.precision == .decade)
        // The JSON keys are the contract's.
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(date)) as? [String: Any]
        #expect(Set(json?.keys.map { $0 } ?? []) == ["document", "sentence", "range", "text", "period"])
        #expect(try JSONDecoder().decode(DateMention.self, from: JSONEncoder().encode(date)) == date)
        #expect(try JSONDecoder().decode(DocumentCount.self, from: JSONEncoder().encode(count)) == count)
    }

    @Test func aParsedArticleHoldsNoSpareCapacity() {
        var text = "Title of the Article\n\nAbstract: A study of treaties.\n\n"
        for i in 1...300 {
            text += "Paragraph \(i) cites (Smith, 1951) on the Treaty of Kars. It has *two* sentences.\n\n"
        }
        text += "References\n\n"
        for i in 1...40 { text += "Smith, J. (\(1950 + i)). On treaties \(i). Journal of History.\n" }
        let s = ArticleParser.parse(text)
        #expect(s.blocks.count > 300 && s.sentences.count > 600 && s.citations.count > 250)
        // No more than the allocator's rounding: a list grown by appending keeps up to half again.
        func spare<T>(_ a: [T]) -> Int { a.capacity - a.count }
        #expect(spare(s.blocks) <= s.blocks.count / 16 + 2)
        #expect(spare(s.sentences) <= s.sentences.count / 16 + 2)
        #expect(spare(s.citations) <= s.citations.count / 16 + 2)
        #expect(spare(s.references) <= s.references.count / 16 + 2)
        #expect(spare(s.hidden) <= s.hidden.count / 16 + 2)
    }

    @Test func blocksKeepTheirSegmentsAndOptionalFieldsInTheirCompactForm() throws {
        for segments in [[], [TextRange(3, 9)], [TextRange(0, 4), TextRange(10, 12), TextRange(20, 31)]] {
            for (section, level, marker) in [(nil, nil, nil), (0, 1, "-"), (7, 6, "12.")] as [(Int?, Int?, String?)] {
                let block = Block(role: .listItem, segments: segments, section: section, marker: marker, level: level)
                #expect(block.segments == segments)
                #expect(block.segmentCount == segments.count)
                #expect(block.range == TextRange(segments.first?.start ?? 0, segments.last?.end ?? 0))
                #expect(block.section == section && block.level == level && block.marker == marker)
                let json = try JSONEncoder().encode(block)
                #expect(try JSONDecoder().decode(Block.self, from: json) == block)
                // Absent fields stay absent in JSON, as before the compact form.
                let keys = try #require(JSONSerialization.jsonObject(with: json) as? [String: Any]).keys
                #expect(keys.contains("section") == (section != nil) && keys.contains("level") == (level != nil))
            }
        }
    }
}
