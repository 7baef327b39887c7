import Foundation
import Testing

@testable import DossierKit

/// Builds a corpus from texts written by the test, with the built-in catalog (plus `catalog`).
private func corpus(_ texts: [String], catalog extra: String? = nil) -> Corpus {
    Fixtures.corpus(texts, catalog: extra)
}

private func names(_ c: Corpus, _ kind: ActorKind? = nil) -> Set<String> {
    Set(c.actors.actors.filter { kind == nil || $0.kind == kind }.map(\.name))
}

@Suite struct ActorExtractionTests {
    @Test func catalogNamesInOtherLanguagesResolveToOneActor() {
        let c = corpus(["Türkiye and Azerbaiyán signed a treaty. Later Turquía and Turkey met again in Ankara."])
        let turkey = c.actors.actor(named: "Turkey")
        #expect(turkey?.kind == .state)
        #expect(turkey?.mentionCount == 3)
        #expect(Set(turkey?.aliases ?? []) == ["Türkiye", "Turquía", "Turkey"])
        #expect(c.actors.actor(named: "Azerbaijan")?.mentionCount == 1)
        #expect(c.actors.actor(named: "Ankara")?.partOf == "Turkey")
    }

    @Test func aLongerCatalogNameStartingInsideAShorterOneWins() {
        let extra = """
            organization: Council of Free Cities
            organization: Grand Assembly | the Council
            place: East Vostra
            place: Vostra | Vostra region
            """
        let c = corpus(
            [
                """
                Trade report

                Delegates of Turkey and the Council of Free Cities met in East Vostra in May 1990. Trade grew in \
                the East Vostra region.

                The Commonwealth of Independent States met in Minsk in 1992.
                """
            ], catalog: extra)
        #expect(c.actors.actor(named: "Council of Free Cities")?.mentionCount == 1)
        #expect(c.actors.actor(named: "Grand Assembly") == nil)
        #expect(!names(c).contains("Free Cities"))
        // Not longer, only overlapping: the name that starts first stays.
        #expect(c.actors.actor(named: "East Vostra")?.mentionCount == 2)
        #expect(c.actors.actor(named: "Vostra") == nil)
        // The built-in catalog's "the Commonwealth" (Commonwealth of Nations) gives way too.
        #expect(c.actors.actor(named: "Commonwealth of Independent States")?.mentionCount == 1)
        #expect(!names(c).contains("Independent States"))
    }

    @Test func adjectivesAreAdjectivalMentionsWithExactRanges() {
        let text = "Turkish diplomats visited Iran. The Iranian side welcomed them."
        let c = corpus([text])
        let turkey = c.actors.actor(named: "Turkey")
        #expect(turkey?.mentionCount == 0)
        #expect(turkey?.adjectivalCount == 1)
        let m = turkey?.mentions.first
        #expect(m.map { Fixtures.slice(text, $0.range) } == "Turkish")
        #expect(m?.adjectival == true)
        #expect(m?.sentence == 0)
        #expect(c.actors.actor(named: "Iran")?.mentionCount == 1)
        #expect(c.actors.actor(named: "Iran")?.adjectivalCount == 1)
    }

    @Test func peopleMergeAcrossTitleAndSurnameButNamesakesStayApart() {
        let c = corpus([
            "President Ilham Aliyev spoke in Baku. Heydar Aliyev's former advisers were there. Ilham Aliyev smiled. Aliyev then left.",
            "Minister Kofi Mensah met Ama Mensah. Later Mensah spoke to reporters.",
        ])
        let ilham = c.actors.actor(named: "Ilham Aliyev")
        #expect(ilham?.kind == .person)
        #expect(ilham?.mentionCount == 3)  // title form, full form, and the bare "Aliyev" after it
        #expect(c.actors.actor(named: "Heydar Aliyev")?.mentionCount == 1)
        #expect(
            c.actors.actor(named: "President Ilham Aliyev") == nil
                || c.actors.actor(named: "President Ilham Aliyev")?.name == "Ilham Aliyev")
        let people = names(c, .person)
        #expect(people.contains("Kofi Mensah") && people.contains("Ama Mensah"))
        // The bare surname goes to the nearest full mention before it.
        #expect(c.actors.actor(named: "Ama Mensah")?.mentionCount == 2)
    }

    @Test func discoveryClassifiesByCues() {
        let c = corpus([
            """
            The Treaty of Kars was signed after the Battle of Sarikamish. The Caucasian Islamic Army entered Baku. \
            The Emirate of Bukhara fell in 1920. Work on the Lake Chad Basin Commission began, and the Zangezur corridor \
            was discussed with Foreign Minister Lamine Sarr, whose Senegalese Democratic Party won the Dakar Summit vote. \
            The Bukhara People's Soviet Republic (BPSR) was founded; later the BPSR traded with Iran.
            """
        ])
        #expect(c.actors.actor(named: "Treaty of Kars")?.kind == .agreement)
        #expect(c.actors.actor(named: "Battle of Sarikamish")?.kind == .event)
        #expect(c.actors.actor(named: "Caucasian Islamic Army")?.kind == .organization)
        #expect(c.actors.actor(named: "Emirate of Bukhara")?.kind == .state)
        #expect(c.actors.actor(named: "Lake Chad Basin Commission")?.kind == .organization)
        #expect(c.actors.actor(named: "Zangezur corridor")?.kind == .project)
        #expect(c.actors.actor(named: "Lamine Sarr")?.kind == .person)
        #expect(c.actors.actor(named: "Senegalese Democratic Party")?.kind == .organization)
        #expect(c.actors.actor(named: "Dakar Summit")?.kind == .event)
        let bpsr = c.actors.actor(named: "BPSR")
        #expect(bpsr?.name == "Bukhara People's Soviet Republic")
        #expect(bpsr?.mentionCount == 3)
    }

    @Test func acronymDefinedInOneDocumentResolvesInAnother() {
        let c = corpus([
            "The Sahel Water Authority (SWA) was created by the riparian states.",
            "Later the SWA financed two dams.",
        ])
        let swa = c.actors.actor(named: "SWA")
        #expect(swa?.name == "Sahel Water Authority")
        #expect(swa?.documents.count == 2)
    }

    @Test func sentenceOpenersAndCitedAuthorsAreNotActors() throws {
        let (_, _) = try Fixtures.seed("000")
        let seeds = Fixtures.seedCorpus
        let all = names(seeds)
        for word in ["However", "Following", "Although", "Moreover", "Şimşek", "İbrahimova", "Baguirov"] {
            #expect(!all.contains(word), "\(word) should not be an actor")
        }
        let cited = seeds.actors.citedAuthors.map(\.name)
        #expect(cited.contains("Şimşek") && cited.contains("Yagublu"))
        #expect(seeds.actors.citedAuthors.first { $0.name == "Şimşek" }?.documents == [0])
    }

    @Test func referencesEmailsAndLicenceTextAreNotScanned() throws {
        let seeds = Fixtures.seedCorpus
        // "Kafkas Üniversitesi", "Journal of Qafqaz University" and "Creative Commons" only appear
        // in reference lists and licence text.
        let all = names(seeds).map { $0.lowercased() }
        #expect(!all.contains { $0.contains("qafqaz") || $0.contains("creative commons") || $0.contains("kafkas") })
        // Every mention lies inside a body sentence.
        for actor in seeds.actors.actors {
            for m in actor.mentions {
                let s = seeds.documents[m.document].structure.sentences[m.sentence]
                #expect(s.range.contains(m.range))
            }
        }
    }

    @Test func twoDocumentsShareOneCanonicalActorWithPerDocumentCounts() throws {
        let seeds = Fixtures.seedCorpus
        let turkey = try #require(seeds.actors.actor(named: "Türkiye"))
        #expect(turkey.name == "Turkey")
        #expect(turkey.documents.count >= 4)
        #expect(turkey.aliases.contains("Türkiye") && turkey.aliases.contains("Turkish"))
        #expect(turkey.documents.map(\.mentions).reduce(0, +) == turkey.mentionCount)
    }
}

extension ActorExtractionTests {
    /// A head cue of two words gives its kind where its last word alone gives another or none.
    @Test func twoWordHeadCuesGiveTheKind() {
        let c = corpus([
            """
            The Elmland Arbitral Award settled the border in 1899. Officials of the Ostland Consulate General \
            protested the award in the talks that followed.
            """
        ])
        #expect(c.actors.actor(named: "Elmland Arbitral Award")?.kind == .agreement)
        #expect(c.actors.actor(named: "Ostland Consulate General")?.kind == .organization)
    }
}
