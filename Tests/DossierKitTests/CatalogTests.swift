import Foundation
import Testing

@testable import DossierKit

@Suite struct CatalogTests {
    @Test func badLinesReportTheirLineNumberAndTheRestApplies() {
        var catalog = Catalog()
        catalog.read(
            """
            # my corrections
            organization: Lake Chad Basin Commission | LCBC
            frobnicate: something
            kind: Lake Chad Basin Commission | planet
            alias: Nowhere Land | NL
            state:
            person: Amina Diallo | A. Diallo
            """, file: "my.catalog")
        #expect(
            catalog.errors.map(\.description) == [
                "my.catalog:3: unknown directive 'frobnicate' (use a kind, adjective, alias, merge, rename, kind or ignore)",
                "my.catalog:4: unknown kind 'planet' (one of state, person, organization, place, agreement, project, event, group)",
                "my.catalog:5: unknown actor 'Nowhere Land' (define it first)",
                "my.catalog:6: 'state:' needs at least one name",
            ])
        #expect(catalog.entries.map(\.name) == ["Lake Chad Basin Commission", "Amina Diallo"])
        #expect(catalog.entry(named: "LCBC") == 0)
    }

    @Test func theBuiltInCatalogIsBroadAndClean() {
        let c = Catalog.builtIn
        #expect(c.errors.isEmpty, "\(c.errors)")
        #expect(c.entries.filter { $0.kind == .state }.count > 250)
        for name in [
            "Türkiye", "Turquía", "Azerbaiyán", "USSR", "Russian Empire", "Ottoman Empire",
            "Azerbaijan Democratic Republic",
            "Emirate of Bukhara", "UN", "OSCE", "NATO", "EU", "CIS", "ECO", "Turkic Council",
            "Organization of Turkic States",
            "ECOWAS", "Mercosur", "ASEAN", "Brazil", "Nigeria", "Japan", "Lagos", "Buenos Aires", "Seoul",
        ] {
            #expect(c.entry(named: name) != nil, "\(name) missing")
        }
        #expect(c.entries[c.entry(named: "Turkish") ?? 0].name == "Turkey")
        #expect(c.entries[c.entry(named: "Baku") ?? 0].partOf == "Azerbaijan")
    }

    @Test func aLaterFileRedefinesAnActorOfTheSameNameWhileOneFileKeepsNamesakesApart() {
        var catalog = Catalog()
        catalog.read(
            """
            place: Vostra | Vostra region @ Elmland
            state: Djibo
            place: Djibo @ Djibo
            place: Korvu
            """, file: "built-in")
        catalog.read("state: Vostra | Republic of Vostra\norganization: KORVU", file: "mine")
        let vostra = catalog.entries.filter { $0.name == "Vostra" }
        #expect(vostra.count == 1)
        #expect(vostra.first?.kind == .state)
        #expect(vostra.first?.partOf == nil)
        #expect(Set(vostra.first?.aliases ?? []) == ["Vostra region", "Republic of Vostra"])
        // In one file, a city named like its state is a second actor.
        #expect(catalog.entries.filter { $0.name == "Djibo" }.map(\.kind) == [.state, .place])
        // Another spelling ("KORVU", an acronym) is another actor, not a redefinition.
        #expect(catalog.entries.filter { TextFolding.fold($0.name) == "korvu" }.map(\.kind) == [.place, .organization])
    }

    @Test func embeddedDataMatchesTheDataFiles() throws {
        let folder = Fixtures.root.appendingPathComponent("Sources/DossierKit/Actors/Data")
        for (name, text) in EmbeddedData.files {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(onDisk == text, "\(name) changed: run scripts/embed-data")
        }
    }

    @Test func userCatalogInTheCorpusFolderCorrectsTheIndex() throws {
        let dir = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(
            """
            The Kandadji Commission met in Niamey. Director Oumar Kane said the Land of Rivers would benefit. \
            The Niger Basin Authority agreed, and NBA engineers visited the dam. Brazil sent observers.
            """.utf8
        ).write(to: dir.appendingPathComponent("article.txt"))
        try Data(
            """
            # corrections for this corpus
            organization: Niger Basin Authority | NBA
            merge: Niger Basin Authority | Kandadji Commission
            rename: Oumar Kane | Oumar Kane (engineer)
            kind: Brazil | group
            ignore: Land of Rivers
            this line is wrong
            """.utf8
        ).write(to: dir.appendingPathComponent(UserCatalogs.corpusFileName))
        let c = try Corpus.open(paths: [dir.path])
        #expect(c.warnings.contains { $0.hasSuffix("dossier.catalog:7: expected 'directive: name | name …'") })
        let nba = try #require(c.actors.actor(named: "NBA"))
        #expect(nba.name == "Niger Basin Authority")
        #expect(nba.mentionCount == 3)
        #expect(nba.aliases.contains("Kandadji Commission"))
        #expect(c.actors.actor(named: "Oumar Kane")?.name == "Oumar Kane (engineer)")
        #expect(c.actors.actor(named: "Brazil")?.kind == .group)
        #expect(c.actors.actor(named: "Land of Rivers") == nil)
        // Nothing was written into the corpus folder.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [
                "article.txt", "dossier.catalog",
            ])
    }

    @Test func configFileFollowsXDG() {
        #expect(UserCatalogs.configFile(environment: ["XDG_CONFIG_HOME": "/x"]) == "/x/dossier/catalog")
        #expect(UserCatalogs.configFile(environment: ["HOME": "/home/u"]) == "/home/u/.config/dossier/catalog")
    }
}
