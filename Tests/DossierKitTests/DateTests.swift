import Testing

@testable import DossierKit

private func dates(_ text: String, year: Int? = nil) -> [String] {
    let doc = Document(
        id: 0, source: SourceFile(file: "d.txt", path: "d.txt", text: text, encoding: .utf8, warnings: [], byteCount: 0)
    )
    return DateExtractor.extract(doc, id: 0).map { "\($0.text)=\($0.period)" }
}

@Suite struct DateTests {
    @Test func everyFormIsNormalisedToAnInterval() {
        #expect(
            dates("The war lasted from 1924–1928 and again 1991-1993.") == [
                "1924–1928=1924/1928", "1991-1993=1991/1993",
            ])
        #expect(
            dates("Independence came on May 28th, 1918, and talks on 15 September went well.") == [
                "May 28th, 1918=1918-05-28", "15 September=1918-09-15",
            ])
        #expect(dates("The visit took place on December 7-9, 1995.") == ["December 7-9, 1995=1995-12-07/1995-12-09"])
        #expect(dates("It opened on October 30th, 2017.") == ["October 30th, 2017=2017-10-30"])
        #expect(dates("In October 1921 the embassy opened.") == ["October 1921=1921-10"])
        #expect(
            dates("Tensions rose in the 1920s and the early 1990s.") == ["1920s=1920/1929", "early 1990s=1990/1993"])
        #expect(
            dates("This shaped the 20th century and the XXI century.") == [
                "20th century=1900/1999", "XXI century=2000/2099",
            ])
        #expect(dates("It happened between 1924 and 1928.") == ["between 1924 and 1928=1924/1928"])
        #expect(
            dates("A visit lasted from February 8 to 11, 1994.") == ["February 8 to 11, 1994=1994-02-08/1994-02-11"])
    }

    @Test func pageNumbersAndCountsAreNotYears() {
        #expect(dates("See pp. 1920–1925 of the report; 7,000 soldiers and 2500 guns.") == [])
    }

    @Test func timelineOrdersDatedSentencesAcrossDocumentsAndFiltersByActor() throws {
        let seeds = Fixtures.seedCorpus
        let entries = seeds.timeline.entries
        #expect(entries.count > 80)
        #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.period.start <= $1.period.start })
        #expect(Set(entries.map(\.document)).count == 5)
        let kars = try #require(seeds.actors.actor(named: "Treaty of Kars"))
        let filtered = seeds.timeline.entries(mentioning: kars.id, in: seeds.actors)
        #expect(!filtered.isEmpty)
        #expect(filtered.contains { $0.text == "1921" })
    }
}
