import Testing

@testable import DossierKit

/// Each seed's structure as determined by reading it.
@Suite struct SeedStructureTests {
    @Test func nakhchivanArticle() throws {
        let (text, s) = try Fixtures.seed("000")
        #expect(s.title == "Political Power Balances and the Strategic Importance of Nakhchivan (1924–1928)")
        #expect(!s.titleIsDerived)
        #expect(s.authors.map(\.name) == ["Huseyn Abbasov"])
        #expect(s.affiliations == ["Nakhchivan Branch of the National Academy of Sciences of Azerbaijan"])
        #expect(s.dois == ["10.69760/gqmpzx53"])
        #expect(s.year == nil)
        #expect(s.abstracts.count == 1)
        #expect(s.abstracts.first?.text.hasPrefix("This article investigates the political dynamics") == true)
        #expect(
            s.keywords.first?.terms == [
                "Nakhchivan", "1924-1928", "Political Power", "Soviet Union", "Regional Strategy", "Turkey", "Iran",
            ])
        let outline = s.sections.map { "\($0.level) \($0.title)" }
        #expect(
            outline == [
                "1 Introduction", "2 1. Contextual Background", "2 2. Research Questions", "1 Literature Review",
                "2 1. Historical Perspectives", "2 2. Geopolitical Significance", "1 Methodology",
                "2 1. Data Collection",
                "2 2. Analytical Framework", "2 1. Political Power Balances in Nakhchivan",
                "3 Soviet Dominance (1924-1928)",
                "3 Influence of Turkey and Iran", "2 2. Geopolitical Significance of Nakhchivan",
                "3 Strategic Location",
                "3 Soviet-Turkish Relations", "2 3. Impact of Regional Power Shifts",
                "3 Internal Political Developments",
                "3 International Relations", "1 Discussion", "2 1. Strategic Outcomes of Soviet Policies",
                "2 2. Nakhchivan's Role in the Geopolitical Balance", "2 3. Legacy of the 1924-1928 Period",
                "1 Conclusion",
                "1 References",
            ])
        #expect(s.references.count == 7)
        #expect(s.references[0].surnames == ["Şimşek"] && s.references[0].year == 2010)
        #expect(s.references[2].surnames == ["Ismayilova", "Abbasova"] && s.references[2].year == nil)
        #expect(s.details(of: s.references[5], in: text).authors == ["Guluzade, A. A."])
        #expect(s.details(of: s.references[6], in: text).venue == "Journal of Muslim Minority Affairs")
        let cited = s.citations.map { "\(Fixtures.slice(text, $0.range))→\($0.reference ?? -1)" }
        #expect(
            cited == [
                "Şimşek (2010)→0", "İbrahimova (2019)→1", "Ünal (2000)→3", "Baguirov (2012)→6", "Guluzade (2022)→5",
            ])
        // The licence block in the middle of the introduction is not body text.
        #expect(s.blocks.contains { $0.role == .licence })
        #expect(!s.sentences.contains { Fixtures.slice(text, $0.range).contains("Creative Commons") })
        // The page break inside "the region's / importance extended…" is joined again.
        #expect(
            s.sentences.contains {
                Fixtures.slice(text, $0.range).hasPrefix("As a result, the region's")
                    && Fixtures.slice(text, $0.range).hasSuffix("major regional players.")
            })
    }

    @Test func iranAzerbaijanOpEd() throws {
        let (text, s) = try Fixtures.seed("001")
        #expect(s.titleIsDerived)
        #expect(s.title == "The latest diplomatic crisis between Iran and Azerbaijan has brought potential…")
        #expect(s.authors.isEmpty)
        #expect(
            s.sections.map(\.title) == [
                "Roots of the Diplomatic Crisis", "Ankara’s growing influence: myth or reality?",
            ])
        #expect(s.references.isEmpty && s.citations.isEmpty)
        // The author biography at the end is not body text.
        let bio = s.blocks.last
        #expect(bio?.role == .bio)
        #expect(!s.sentences.contains { Fixtures.slice(text, $0.range).contains("Graduate in Political") })
    }

    @Test func turkicPoleOpEd() throws {
        let (text, s) = try Fixtures.seed("002")
        #expect(s.titleIsDerived)
        #expect(s.title.hasPrefix("Not only did Azerbaijan’s victory in the 44-day Patriotic War"))
        #expect(s.authors.map(\.name) == ["Vugar Nasirov"])
        #expect(s.authors.first?.fromSignature == true)
        #expect(s.sections.isEmpty)
        #expect(s.blocks.filter { $0.role == .paragraph }.count == 10)
        #expect(s.blocks.last?.role == .bio)  // "Translated from Minval.az"
        #expect(!s.sentences.contains { Fixtures.slice(text, $0.range).contains("Minval") })
    }

    @Test func azerbaijanTurkeyArticle() throws {
        let (text, s) = try Fixtures.seed("003")
        #expect(s.title == "AZERBAIJAN-TURKEY DIPLOMATIC RELATIONS IN THE MODERN GEOPOLITICAL CONDITIONS")
        #expect(s.translatedTitles.map(\.language) == ["es"])
        #expect(s.authors.map(\.name) == ["Ismayilov Shahismayil Namaz"])
        #expect(s.emails == ["ismayilovshahismayil@gmail.com"])
        #expect(s.orcids == ["0000-0002-7441-3575"])
        #expect(s.year == 2025)
        #expect(s.abstracts.map(\.language) == [nil, "es"])
        #expect(s.keywords.map(\.language) == [nil, "es"])
        #expect(s.keywords[1].terms.first == "Azerbaiyán")
        #expect(
            s.sections.map { "\($0.level) \($0.title)" } == [
                "1 INTRODUCTION", "1 DEVELOPMENT", "1 CONCLUSIONS", "1 REFERENCES",
            ])
        #expect(s.references.count == 13)
        #expect(s.references.last?.surnames == ["Yilmaz", "Yorulmaz"])
        #expect(s.details(of: s.references[9], in: text).doi == "10.20542/0131-2227-2022-66-2-90-100")
        #expect(
            s.details(of: s.references[1], in: text).title
                == "History of the Turkic peoples. Higher schools. Textbook for Azerbaijani sections")
        let cited = s.citations.map {
            "\($0.surnames.joined(separator: "+")) \($0.year ?? 0) \($0.locator ?? "")".trimmed
        }
        #expect(
            cited == [
                "Vladimir 2022", "Yemelianova 2024", "Talyshinsky 2021", "Yilmaz+Yorulmaz 2021", "Shafiyev 2023",
                "Gurbanov 2011", "Gahramanov 2019", "Progonati 2021", "Tufaner 2022", "Yagublu 2013 pp. 71–78",
                "Ruintain 2005 pp. 30–85", "Hajiyeva 2012 pp. 120-125", "Ismayilov 2011",
            ])
        #expect(s.citations.allSatisfy { $0.reference != nil })
        // "(May 28th, 1992)" is a date, not a citation.
        #expect(!s.citations.contains { $0.surnames.first == "May" })
        // "the People’s" / page break / "Republic of Azerbaijan." is one sentence again.
        #expect(
            s.sentences.contains { Fixtures.slice(text, $0.range).hasSuffix("the People’s\n\nRepublic of Azerbaijan.") }
        )
        #expect(s.blocks.last?.role == .licence)
    }

    @Test func bukharaIranArticle() throws {
        let (_, s) = try Fixtures.seed("004")
        #expect(
            s.title
                == "FOREIGN RELATIONS OF THE BUKHARA PEOPLE'S SOVIET REPUBLIC WITH IRAN: DIPLOMATIC AND TRADE RELATIONS (1920–1924)"
        )
        #expect(s.authors.map(\.name) == ["Safarova Nargiza Nayimovna"])
        #expect(
            s.affiliations == [
                "History Teacher, Department of Foreign and Social Sciences", "Asia International University",
            ])
        #expect(s.abstracts.count == 1 && s.abstracts[0].blocks.count == 2)
        #expect(s.keywords.first?.terms.count == 8)
        #expect(
            s.sections.map { "\($0.level) \($0.title)" } == [
                "1 Introduction", "1 Research Methods", "1 Results", "2 Diplomatic Relations", "2 Trade Relations",
                "2 Economic Significance", "1 Discussion", "2 Additional Analytical Perspective", "1 Conclusion",
                "1 References",
            ])
        #expect(s.references.count == 6)
        #expect(s.references.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(s.references.map(\.year) == [1974, 2001, 1996, 1971, 2008, 2012])
        #expect(s.references[0].surnames == ["Abdurahmonov"])
        #expect(s.citations.isEmpty)
    }
}
