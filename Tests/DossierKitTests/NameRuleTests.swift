import Foundation
import Testing

@testable import DossierKit

/// How discovery reads the shape of a name: particles, compounds, offices before a title,
/// dates after a connector, given names, peoples.
@Suite struct NameRuleTests {
    private func corpus(_ text: String, catalog: String? = nil) -> Corpus {
        Fixtures.corpus(["Report\n\n" + text], catalog: catalog)
    }

    private func names(_ c: Corpus, _ kind: ActorKind) -> Set<String> {
        Set(c.actors.actors.filter { $0.kind == kind }.map(\.name))
    }

    @Test func aHyphenedParticleKeepsTwoPeopleWithTheSameGivenNamesApart() {
        let c = corpus(
            """
            President Abdel Karim el-Sawy met General Abdel Karim al-Nouri in the capital. Later, \
            al-Nouri said the talks had failed, and el-Sawy left.
            """)
        let persons = names(c, .person)
        #expect(persons.contains("Abdel Karim el-Sawy"))
        #expect(persons.contains("Abdel Karim al-Nouri"))
        #expect(!persons.contains("Abdel Karim"))
        // The bare surnames go to their own person.
        #expect(c.actors.actor(named: "Abdel Karim al-Nouri")?.mentionCount == 2)
        #expect(c.actors.actor(named: "Abdel Karim el-Sawy")?.mentionCount == 2)
    }

    @Test func aParticleInsideANameWithoutTitleStillReadsAsAPerson() {
        let c = corpus("The army under Abdel Karim al-Nouri took the city. Later al-Nouri resigned.")
        #expect(c.actors.actor(named: "Abdel Karim al-Nouri")?.kind == .person)
        #expect(c.actors.actor(named: "Abdel Karim al-Nouri")?.mentionCount == 2)
    }

    @Test func whatFollowsOrListsANameTellsItsKind() {
        let c = corpus(
            """
            A leader of the Zorya Lista party spoke. The plan covered four municipalities, among them \
            Velkovo, Drenica Gora and Kostel. Quill Ostrane, Elmland's foreign minister, disagreed.
            """)
        #expect(c.actors.actor(named: "Zorya Lista")?.kind == .organization)
        for place in ["Velkovo", "Drenica Gora", "Kostel"] { #expect(c.actors.actor(named: place)?.kind == .place) }
        #expect(c.actors.actor(named: "Quill Ostrane")?.kind == .person)
    }

    @Test func theOwnerBeforeAPossessiveIsNotPartOfTheName() {
        let c = corpus("Pakistan's National Security Committee met. The Women's Freedom League protested.")
        #expect(c.actors.actor(named: "National Security Committee")?.kind == .organization)
        #expect(c.actors.actor(named: "Pakistan")?.mentionCount == 1)
        #expect(c.actors.actor(named: "Women's Freedom League")?.kind == .organization)
    }

    @Test func aClauseAfterACommaIsNoApposition() {
        // ", Elmland declared the treaty" must not make the place an agreement.
        let c = corpus(
            """
            After the attack at Velkovo, Turkey declared the treaty void. Ostrane Quillbrand, a senior \
            figure of the ruling party, objected.
            """)
        #expect(c.actors.actor(named: "Velkovo")?.kind != .agreement)
        #expect(c.actors.actor(named: "Ostrane Quillbrand")?.kind == .person)
    }

    @Test func listsInParenthesesAndPluralCuesShareTheirKind() {
        let c = corpus(
            """
            India kept the eastern rivers (the Tavi, the Morla and the Sundh). Disputes over the \
            Kelgang and Ratvi plants went to court.
            """)
        for river in ["Tavi", "Morla", "Sundh"] { #expect(c.actors.actor(named: river)?.kind == .place) }
        for plant in ["Kelgang", "Ratvi"] { #expect(c.actors.actor(named: plant)?.kind == .project) }
        #expect(!c.actors.actors.contains { $0.name.hasSuffix("plants") })
    }

    @Test func particlesApostrophesAndTrailingTitlesStayInsideAPersonsName() {
        let c = corpus(
            """
            General Claude-Henri de Varnay arrived in 1807. Fath-Ali Vesh, encouraged by promises, went to \
            war. Labor's Anthony Quellwood won. Leaders such as Fiame Naomi Tala'afa objected.
            """)
        let persons = names(c, .person)
        #expect(persons.contains("Claude-Henri de Varnay"))
        #expect(persons.contains("Anthony Quellwood"))
        #expect(persons.contains("Fiame Naomi Tala'afa"))
        #expect(!persons.contains { $0.hasPrefix("Labor") })
        let shah = corpus("In 1804 Fath-Vesh Shah, encouraged by promises, went to war.")
        #expect(names(shah, .person).contains("Fath-Vesh Shah"))
    }

    @Test func aStateWordAfterTheNameAndAListOfPolitiesTellTheirKind() {
        let c = corpus(
            """
            The Varnid dynasty ruled the khanates of Orlavan, Teskar and Dumvel. The Varnid court \
            hesitated. The Ostral Islands Forum (OIF) met in Suva.
            """)
        #expect(c.actors.actor(named: "Varnid")?.kind == .state)
        for khanate in ["Orlavan", "Teskar", "Dumvel"] { #expect(c.actors.actor(named: khanate)?.kind == .state) }
        #expect(c.actors.actor(named: "Ostral Islands Forum")?.kind == .organization)
    }

    @Test func initialsHyphensAndOwnersShapePeoplesNames() {
        let c = corpus(
            """
            Prime Minister Múte K. Vasstrand pressed for autonomy. Daniel Varrow's Red Guard took the \
            town. Osh and Daniel-Abad went to the new oblast. The former Ottoman war minister Enver \
            Pasha died.
            """)
        let persons = names(c, .person)
        #expect(persons.contains("Múte K. Vasstrand"))
        #expect(persons.contains("Daniel Varrow"))
        #expect(c.actors.actor(named: "Red Guard")?.kind == .organization)
        #expect(!persons.contains("Daniel-Abad"))
        #expect(!c.actors.actors.contains { $0.kind == .event })
    }

    @Test func enclavesFleetsAndYoungMovementsHaveTheirKinds() {
        let c = corpus(
            """
            Enclaves such as Sarvukh and Telmor survive. The Southern Fleet sailed. The Young Varnids \
            deposed the khan.
            """)
        for enclave in ["Sarvukh", "Telmor"] { #expect(c.actors.actor(named: enclave)?.kind == .place) }
        #expect(c.actors.actor(named: "Southern Fleet")?.kind == .organization)
        #expect(c.actors.actor(named: "Young Varnids")?.kind == .group)
    }

    @Test func placeNamesInsideAPersonsNameAndPlacesJoinedByAnd() {
        let c = corpus(
            """
            The explorer Henry Morton Stanley signed treaties. The powers met at the invitation of Otto \
            von Varnbeck. Centrifuges were installed at Natanz and Dorvak.
            """)
        #expect(c.actors.actor(named: "Henry Morton Stanley")?.kind == .person)
        // Stanley, the capital of the Falklands, is not mentioned.
        #expect(c.actors.actor(named: "Stanley") == nil)
        #expect(c.actors.actor(named: "Otto von Varnbeck")?.kind == .person)
        #expect(c.actors.actor(named: "Dorvak")?.kind == .place)
    }

    @Test func aTitleOpeningTheNameOfATextOrABodyBelongsToIt() {
        let c = corpus(
            """
            The General Act of the Varna Conference was signed in 1885. Analysts at the International \
            Crisis Group disagreed.
            """)
        #expect(c.actors.actor(named: "General Act of the Varna Conference")?.kind == .agreement)
        #expect(c.actors.actor(named: "International Crisis Group")?.kind == .organization)
    }

    @Test func aPlaceJoinsALaterFullNameOnlyWhenThatIsAPlaceToo() {
        let c = corpus(
            """
            The leaders met in Dorvale, a village on the coast. The Dorvale Declaration followed. The \
            fishermen sailed from Narvik and from Teskel. Teskel Island lies further north.
            """)
        #expect(c.actors.actor(named: "Dorvale")?.kind == .place)
        #expect(c.actors.actor(named: "Dorvale Declaration")?.kind == .agreement)
        #expect(c.actors.actor(named: "Teskel Island")?.mentionCount == 2)
    }

    @Test func abbreviationsInAppositionsAndThePortOfAName() {
        let c = corpus(
            """
            Ostrane Quillbrand, the U.S. Secretary of State, amended the text. Troops occupied the port \
            of Velkar. The Varna International Discussions resumed, and the Elmland Monitoring Mission \
            deployed. Ossetian militias fired.
            """)
        #expect(c.actors.actor(named: "Ostrane Quillbrand")?.kind == .person)
        #expect(c.actors.actor(named: "Velkar")?.kind == .place)
        #expect(c.actors.actor(named: "Varna International Discussions")?.kind == .event)
        #expect(c.actors.actor(named: "Elmland Monitoring Mission")?.kind == .organization)
        #expect(c.actors.actor(named: "South Ossetia")?.adjectivalCount == 1)
    }

    @Test func aMonthAfterAConnectorDatesANameRatherThanNamingIt() {
        let c = corpus("The Varna Accord of March 2023 was never signed. The Treaty of Varna held.")
        let agreements = names(c, .agreement)
        #expect(agreements.contains("Varna Accord"))
        #expect(!agreements.contains { $0.contains("March") })
        #expect(agreements.contains("Treaty of Varna"))
    }

    @Test func aWordBeforeAnOfficeIsPartOfTheTitle() {
        let c = corpus(
            """
            Treasury Secretary Tomas Verhoeven hosted the talks. High Representative Lena Osterhaus \
            chaired them. The Consulate General of Turkey stayed closed.
            """)
        let persons = names(c, .person)
        #expect(persons.contains("Tomas Verhoeven"))
        #expect(persons.contains("Lena Osterhaus"))
        #expect(!persons.contains { $0.contains("Secretary") || $0.contains("Representative") })
        // An office followed by a connector is no title before a name.
        #expect(!persons.contains { $0.hasPrefix("of ") })
    }

    @Test func aLowerCaseCompoundInsideANameKeepsTheNameWhole() {
        let c = corpus(
            "The Assembly of Greek-speaking Municipalities (AGM) met in May. The AGM has ten members.")
        let union = c.actors.actor(named: "Assembly of Greek-speaking Municipalities")
        #expect(union?.kind == .organization)
        #expect(union?.mentionCount == 2)
        #expect(!names(c, .organization).contains("Assembly of Greek"))
    }

    @Test func theDeclarationOfPrinciplesNamesOneTextThoughItsWordsAreGeneric() {
        let c = corpus("The three leaders signed the Declaration of Principles in 2015. A ministry of defence met.")
        #expect(c.actors.actor(named: "Declaration of Principles")?.kind == .agreement)
        // Generic words without the article and a connector are still no name.
        #expect(c.actors.actor(named: "Ministry") == nil)
    }

    @Test func aCatalogPlaceInsideAPersonsNameIsNotAMentionOfThePlace() {
        let c = corpus("Milan Radovanović, a vice-president of the party, admitted it.")
        #expect(c.actors.actor(named: "Milan Radovanović")?.kind == .person)
        #expect(c.actors.actor(named: "Milan") == nil)
    }

    @Test func aGivenNameFromTheBuiltInListMarksAPersonWithoutATitle() {
        // Neither name has a title, a cue or an apposition: only the given name tells.
        let c = corpus("The government of Albin Kastrati announced it. Farida Oduya disagreed with Kastrati.")
        #expect(c.actors.actor(named: "Albin Kastrati")?.kind == .person)
        #expect(c.actors.actor(named: "Albin Kastrati")?.mentionCount == 2)
        #expect(c.actors.actor(named: "Farida Oduya")?.kind == .person)
    }

    @Test func peoplesNamedAfterTheirStatesAreGroups() {
        let c = corpus("Ethiopians and Egyptians disagree. Local Serbs and Croats voted.")
        let groups = names(c, .group)
        for people in ["Ethiopians", "Egyptians", "Serbs", "Croats"] { #expect(groups.contains(people)) }
        #expect(c.actors.actor(named: "Serbs")?.partOf == "Serbia")
    }

    @Test func nobleTitlesAreTitlesAndHyphenedPartsStayInTheName() {
        let c = corpus("Count Zorvath Velessin met General Prayat Chan-o-wa in the capital. Velessin left.")
        #expect(c.actors.actor(named: "Zorvath Velessin")?.kind == .person)
        #expect(c.actors.actor(named: "Zorvath Velessin")?.mentionCount == 2)
        #expect(c.actors.actor(named: "Prayat Chan-o-wa")?.kind == .person)
        #expect(c.actors.actor(named: "Count Zorvath Velessin") == nil)
    }

    @Test func aCongressNamedAfterACityIsAConference() {
        let c = corpus("The Congress of Paris met in 1856. The Congress of Racial Harmony protested.")
        #expect(c.actors.actor(named: "Congress of Paris")?.kind == .event)
        #expect(c.actors.actor(named: "Congress of Racial Harmony")?.kind == .organization)
    }

    @Test func aStateNamedByItsFormOfGovernmentIsThatState() {
        let c = corpus(
            "The Principality of Elmland was founded in 1878. Elmland grew.", catalog: "state: Elmland")
        #expect(c.actors.actor(named: "Elmland")?.mentionCount == 2)
        #expect(c.actors.actor(named: "Principality of Elmland") == nil)
    }

    @Test func aNameJoinedByAndToAPersonOrAPlaceTakesItsKind() {
        let c = corpus(
            """
            Serbia’s Zorvath Velkic and Mihail Dorin spoke. Villagers fled from Oddan Meruk and Velkovo.             The goals of “Help to the Needy”, and Velkovo Charitable Societies were shared.
            """, catalog: "place: Velkovo")
        #expect(c.actors.actor(named: "Zorvath Velkic")?.kind == .person)
        #expect(c.actors.actor(named: "Oddan Meruk")?.kind == .place)
        #expect(c.actors.actor(named: "Needy") == nil)
    }

    @Test func whatFollowsOrPrecedesAPlaceNameTellsItsKind() {
        let c = corpus(
            """
            The temple stands on the Dorlek range. Troops met near the Kavo Sirak pagoda and at the temples             of Ta Voan and Ta Krel. Austria kept the Sanjak of Novi Brod.
            """)
        for place in ["Dorlek", "Kavo Sirak", "Ta Voan", "Ta Krel", "Sanjak of Novi Brod"] {
            #expect(c.actors.actor(named: place)?.kind == .place, "\(place)")
        }
        #expect(c.actors.actor(named: "Novi Brod") == nil)
    }

    @Test func formerNamesAndCompoundAdjectivesGoToTheirState() {
        let c = corpus("The Kingdom of Siam signed. Siamese and Austro-Hungarian envoys met.")
        #expect(c.actors.actor(named: "Thailand")?.mentionCount == 1)
        #expect(c.actors.actor(named: "Thailand")?.adjectivalCount == 1)
        #expect(c.actors.actor(named: "Hungary") == nil)
        #expect(c.actors.actor(named: "Austro-Hungarian Empire")?.adjectivalCount == 1)
    }

    @Test func militaryRanksAndCompoundTitlesMarkPersons() {
        let c = corpus(
            """
            Troops under Lieutenant Colonel Zorvath Pelkin crossed the river. Crown Prince Omar bin Velkad \
            hosted the talks. Pelkin withdrew.
            """)
        #expect(c.actors.actor(named: "Zorvath Pelkin")?.mentionCount == 2)
        #expect(c.actors.actor(named: "Omar bin Velkad")?.kind == .person)
        #expect(names(c, .person) == ["Zorvath Pelkin", "Omar bin Velkad"])
    }

    @Test func anAppositionsPossessiveOwnerIsNotItsHead() {
        let c = corpus("Dorvan Kelesh, the region's acting president, refused. Kelesh left.")
        #expect(c.actors.actor(named: "Dorvan Kelesh")?.kind == .person)
    }

    @Test func theLastWordsOfAPersonsFullNameAreThatPerson() {
        let c = corpus("Carlos Dorado Velkin chaired the conference. Later Dorado Velkin received the prize.")
        #expect(c.actors.actor(named: "Carlos Dorado Velkin")?.mentionCount == 2)
        #expect(names(c, .person) == ["Carlos Dorado Velkin"])
    }

    @Test func twoUnknownWordsAfterAPrepositionOfPlaceAreAPlace() {
        let c = corpus(
            """
            After the defeat at Cerro Vantal the army retreated to the fort of Carlos Vindel and camped near \
            Puerto Ossel. The essay appeared in Foreign Prospects.
            """)
        for place in ["Cerro Vantal", "Carlos Vindel", "Puerto Ossel"] {
            #expect(c.actors.actor(named: place)?.kind == .place, "\(place)")
        }
        #expect(c.actors.actor(named: "Foreign Prospects")?.kind != .place)
    }

    @Test func newsAgenciesOceansAndArmedMovementsAreInTheCatalog() {
        let c = corpus("Reuters reported that al-Shabaab ships crossed the Atlantic. Mennonite settlers arrived.")
        #expect(c.actors.actor(named: "Reuters")?.kind == .organization)
        #expect(c.actors.actor(named: "al-Shabaab")?.kind == .organization)
        #expect(c.actors.actor(named: "Atlantic Ocean")?.kind == .place)
        #expect(c.actors.actor(named: "Mennonites")?.adjectivalCount == 1)
    }

    @Test func aTitleWithAConnectorLeadsToThePersonAfterIt() {
        let c = corpus("Secretary of State Zorvan Pelkard flew to the capital. Pelkard met the envoys.")
        #expect(c.actors.actor(named: "Zorvan Pelkard")?.mentionCount == 2)
        #expect(names(c, .state).isEmpty)
    }

    @Test func aPluralPossessiveBeforeAHeadWordStaysInTheName() {
        let c = corpus(
            """
            The Farmers' Party of Elmland met. Ankara fought the Kurdistan Workers' Party for decades. \
            The Balkans' Serbs voted.
            """)
        #expect(c.actors.actor(named: "Farmers' Party of Elmland")?.kind == .organization)
        #expect(c.actors.actor(named: "Kurdistan Workers' Party")?.fromCatalog == true)
        #expect(c.actors.actor(named: "Serbs")?.kind == .group)
    }

    @Test func linesZonesFamilyNamesAndKinshipTellKinds() {
        let c = corpus(
            """
            Troops crossed the Velkan Demarcation Line into the Ossel Buffer Zone. Chung Eui-dan, the adviser, \
            agreed. Led by Hussein's son Orvak, the army took the fort at Velkovo, and Orvak went into exile.
            """, catalog: "place: Velkovo")
        #expect(c.actors.actor(named: "Velkan Demarcation Line")?.kind == .place)
        #expect(c.actors.actor(named: "Ossel Buffer Zone")?.kind == .place)
        #expect(c.actors.actor(named: "Chung Eui-dan")?.kind == .person)
        #expect(c.actors.actor(named: "Orvak")?.kind == .person)
        #expect(names(c, .place) == ["Velkan Demarcation Line", "Ossel Buffer Zone", "Velkovo"])
    }

    @Test func aCompassWordBeforeACatalogPlaceNamesARegion() {
        let c = corpus("Refugees left East Velkovo for the Bay of Velkovo.", catalog: "place: Velkovo")
        #expect(c.actors.actor(named: "East Velkovo")?.kind == .place)
        #expect(c.actors.actor(named: "Bay of Velkovo")?.kind == .place)
        #expect(c.actors.actor(named: "Velkovo") == nil)
    }

    @Test func aTitledPersonAfterOfOwnsTheBodyAndANamesOwnerBeforeAPossessiveIsKnown() {
        let c = corpus(
            """
            The Popular League of Sheikh Orvan Delmar won. The Velkan Court of Justice objected. General \
            Zorvan Pelkard spoke, and Pelkard's Elmland Peoples Party agreed.
            """)
        #expect(c.actors.actor(named: "Popular League")?.kind == .organization)
        #expect(c.actors.actor(named: "Orvan Delmar")?.kind == .person)
        #expect(c.actors.actor(named: "Velkan Court of Justice")?.kind == .organization)
        #expect(c.actors.actor(named: "Elmland Peoples Party")?.kind == .organization)
    }

    @Test func anAdjectiveMadeFromACatalogNameIsAnAdjectivalMention() {
        let c = corpus("Troops entered Velkara in May. Velkaran villages burned.", catalog: "state: Velkara")
        #expect(c.actors.actor(named: "Velkara")?.mentionCount == 1)
        #expect(c.actors.actor(named: "Velkara")?.adjectivalCount == 1)
        #expect(names(c, .state) == ["Velkara"])
        #expect(names(c, .place).isEmpty)
    }

    @Test func aRoleSetOffByCommasAndAMonthBeforeATitleLeaveThePerson() {
        let c = corpus(
            """
            The federal head of state, Orvik Talun, agreed. On 16 December Lieutenant General B. K. Sendrik signed. \
            The Velk Bahini, the guerrilla force, fought on.
            """)
        #expect(c.actors.actor(named: "Orvik Talun")?.kind == .person)
        #expect(c.actors.actor(named: "B. K. Sendrik")?.kind == .person)
        #expect(c.actors.actor(named: "Velk Bahini")?.kind == .organization)
    }
}
