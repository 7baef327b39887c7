import DossierKit
import Foundation
import Testing

@testable import DossierUI

/// The analyst's keys, driven on the seeds without a terminal: what the state, the screen and
/// the effects asked of the host become.
@Suite struct WorkflowTests {
    func explorer(settings: Settings = Settings()) -> Explorer {
        Explorer(
            corpus: Snapshots.seeds, corpusName: "seeds", width: 120, height: 40,
            workspace: Workspace(folder: "/nonexistent"), settings: settings)
    }

    @Test func aSentenceAndARangeGoOnTheBoardFromTheReader() throws {
        var e = explorer()
        e.handle(.enter)
        e.handle(.char(")"))
        let first = try #require(e.state.readers.first?.markedSentence)
        e.handle(.char("b"))
        #expect(e.takeEffects() == [.saveBoards])
        #expect(e.state.message == "sentence added to board evidence (1 item)")
        e.handle(.char("m"))
        e.handle(.char(")"))
        e.handle(.char(")"))
        e.handle(.char("b"))
        #expect(e.state.message == "3 sentences added to board evidence (2 items)")
        #expect(e.takeEffects() == [.saveBoards])
        let board = try #require(e.workspace.board(named: "evidence"))
        #expect(board.items.map(\.firstSentence) == [first, first])
        #expect(board.items.map(\.lastSentence) == [first, first + 2])
        let doc = Snapshots.seeds.documents[0]
        #expect(board.items[0].text == doc.displayText(of: doc.structure.sentences[first]))
        #expect(board.items[0].file == doc.file)

        // The Boards screen lists them with their citations; Enter reads the item.
        e.handle(.char("B"))
        let screen = e.render().text
        #expect(screen.contains("Boards (1)") && screen.contains("evidence · 2 items"))
        #expect(screen.contains("1. “" + String(board.items[0].text.prefix(30))))
        #expect(screen.contains("— " + String(board.items[0].citation.prefix(40))))
        e.handle(.char("j"))
        e.handle(.char("d"))
        #expect(e.takeEffects() == [.saveBoards])
        #expect(e.workspace.board(named: "evidence")?.items.count == 1)
        e.handle(.enter)
        #expect(e.state.screen == .reader && e.state.readers.first?.markedSentence == first)
    }

    @Test func evidenceSearchAndTimelineRowsGoOnTheBoardToo() throws {
        var e = explorer()
        e.handle(.tab)
        e.handle(.enter)
        e.handle(.enter)  // evidence of the first relation
        e.handle(.char("b"))
        #expect(e.workspace.board(named: "evidence")?.items.count == 1)
        e.handle(.char("t"))
        e.handle(.char("b"))
        e.handle(.char("f"))
        for c in "Nakhchivan" { e.handle(.char(c)) }
        e.handle(.enter)
        e.handle(.char("b"))
        #expect(e.workspace.board(named: "evidence")?.items.count == 3)
        // Another board, chosen at the prompt of the Boards screen.
        e.handle(.char("B"))
        e.handle(.char("a"))
        for c in "treaties" { e.handle(.char(c)) }
        e.handle(.enter)
        #expect(e.currentBoard == "treaties")
        #expect(e.workspace.boards.map(\.name) == ["evidence", "treaties"])
        e.handle(.escape)
        e.handle(.char("b"))
        #expect(e.workspace.board(named: "treaties")?.items.count == 1)
        // Nothing under the cursor: it says so instead.
        var plain = explorer()
        plain.handle(.char("b"))
        #expect(plain.state.message?.hasPrefix("b: choose a sentence first") == true)
        #expect(plain.takeEffects().isEmpty)
    }

    @Test func notesAreEditedThroughTheHostAndShownInThePanes() throws {
        var e = explorer()
        e.handle(.char("e"))
        let doc = Snapshots.seeds.documents[0]
        #expect(e.takeEffects() == [.editNote(.article(doc.file), current: "")])
        e.setNote("Read for the 1924 treaty.\n", on: .article(doc.file))
        e.handle(.tab)
        e.handle(.char("e"))
        let actor = Snapshots.seeds.actors.actors[0].name
        #expect(e.takeEffects() == [.editNote(.actor(actor), current: "")])
        e.setNote("The hub of the region.", on: .actor(actor))
        let screen = e.render().text
        #expect(screen.contains("✎ " + String(doc.structure.title.prefix(10))))
        #expect(screen.contains("✎ " + actor))
        #expect(screen.contains("✎ The hub of the region."))
        e.handle(.char("e"))
        #expect(e.takeEffects() == [.editNote(.actor(actor), current: "The hub of the region.")])
    }

    @Test func correctionsBecomeEffectsForTheSelectedActor() throws {
        var e = explorer()
        e.handle(.tab)
        let first = Snapshots.seeds.actors.actors[0].name
        let second = Snapshots.seeds.actors.actors[1].name
        e.handle(.char("R"))
        #expect(e.state.prompt == Prompt(purpose: .rename(0), text: first))
        e.handle(.ctrl("u"))
        for c in "Land of Fire" { e.handle(.char(c)) }
        e.handle(.enter)
        #expect(e.takeEffects() == [.correct(.rename(first, to: "Land of Fire"))])
        e.handle(.char("K"))
        for c in "pla" { e.handle(.char(c)) }
        e.handle(.enter)
        #expect(e.takeEffects() == [.correct(.kind(first, .place))])
        e.handle(.char("A"))
        for c in "Azərbaycan" { e.handle(.char(c)) }
        e.handle(.enter)
        #expect(e.takeEffects() == [.correct(.alias(first, alias: "Azərbaycan"))])
        e.handle(.char("A"))
        for c in "a | b" { e.handle(.char(c)) }
        e.handle(.enter)
        #expect(e.takeEffects().isEmpty)
        #expect(e.state.message?.contains("cannot hold") == true)
        e.handle(.char("X"))
        #expect(e.takeEffects() == [.correct(.ignore(first))])
        e.handle(.char("M"))
        #expect(e.state.message?.hasPrefix("merge \(first) into") == true)
        e.handle(.char("j"))
        e.handle(.char("M"))
        #expect(e.takeEffects() == [.correct(.merge(first, into: second))])
        e.handle(.char("u"))
        #expect(e.takeEffects() == [.undoCorrection])
    }

    @Test func aReanalysedCorpusKeepsTheSelectedActorByName() throws {
        var e = explorer()
        e.handle(.tab)
        e.handle(.char("j"))
        let name = Snapshots.seeds.actors.actors[e.actorList()[1]].name
        var catalog = Catalog.builtIn
        catalog.read("ignore: \(Snapshots.seeds.actors.actors[0].name)\n", file: "test")
        let corrected = Corpus(documents: Snapshots.seeds.documents, warnings: [], catalog: catalog)
        e.replaceCorpus(corrected, message: "done")
        #expect(e.corpus.actors.actors[e.actorList()[e.state.actorSelection]].name == name)
        #expect(e.corpus.actors.actor(named: Snapshots.seeds.actors.actors[0].name) == nil)
        #expect(e.render().text.contains("done"))
    }

    @Test func pagerClipboardAndReboundKeys() throws {
        var e = explorer()
        e.handle(.char("p"))
        #expect(e.takeEffects() == [.page(document: 0)])
        e.handle(.enter)
        e.handle(.char(")"))
        e.handle(.char("y"))
        #expect(e.takeEffects().isEmpty)
        #expect(e.state.message?.hasPrefix("copying is off") == true)
        let settings = Settings.parse(
            "clipboard = osc52\nkey.board-add = +\nkey.quit = ctrl-x\nboard = mine\ncolor.person = magenta\n", file: "s"
        )
        #expect(settings.errors.isEmpty)
        var s = explorer(settings: settings)
        s.handle(.enter)
        s.handle(.char(")"))
        s.handle(.char("y"))
        let doc = Snapshots.seeds.documents[0]
        let sentence = try #require(s.state.readers.first?.markedSentence)
        #expect(s.takeEffects() == [.copy(doc.displayText(of: doc.structure.sentences[sentence]))])
        s.handle(.char("+"))
        #expect(s.workspace.board(named: "mine")?.items.count == 1)
        s.handle(.ctrl("x"))
        #expect(!s.isRunning)
    }

    @Test func settingsErrorsNameTheLine() {
        let s = Settings.parse(
            "# comment\ncorpus = ~/articles\nclipboard = maybe\ncolor.nothing = red\ncolor.state = pink\n"
                + "key.fly = x\nkey.boards = ctrl-\nwhat\nboard = a/b\npager = less -R\n", file: "settings", home: "/h")
        #expect(s.corpus == ["/h/articles"])
        #expect(s.pager == "less -R")
        #expect(
            s.errors.map { $0.split(separator: ":").prefix(2).joined(separator: ":") } == [
                "settings:3", "settings:4", "settings:5", "settings:6", "settings:7", "settings:8", "settings:9",
            ])
    }

    @Test func helpListsEveryActionKeyAndScrolls() {
        var e = explorer()
        e.handle(.char("?"))
        var text = e.render().text
        for _ in 0..<40 {
            e.handle(.char("j"))
            text += e.render().text
        }
        for line in ["add the sentence", "edit the note", "PAGER", "OSC 52", "undo the last correction", "merge"] {
            #expect(text.range(of: line, options: .regularExpression) != nil, "help lacks \(line)")
        }
    }
}
