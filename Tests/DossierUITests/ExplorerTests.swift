import DossierKit
import Foundation
import Testing

@testable import DossierUI

private func corpus(_ texts: [String]) -> Corpus {
    let docs = texts.enumerated().map { i, text in
        Document(
            id: i,
            source: SourceFile(
                file: "doc\(i).txt", path: "doc\(i).txt", text: text, encoding: .utf8, warnings: [], byteCount: 0))
    }
    return Corpus(documents: docs, warnings: [], catalog: .builtIn)
}

@Suite struct ExplorerTests {
    @Test func aSearchAskedForWhileTheIndexIsBuiltIsFinishedWithTheSameResults() {
        func search(_ e: inout Explorer) {
            e.handle(.char("f"))
            for c in "Nakhchivan" { e.handle(.char(c)) }
            e.handle(.enter)
        }
        var direct = Snapshots.explorer(120, 40)
        search(&direct)
        #expect(!direct.state.searchResults.isEmpty)
        var deferred = Snapshots.explorer(120, 40)
        deferred.defersSearch = true
        search(&deferred)
        if deferred.pendingSearch != nil {
            // The index was not ready: the screen says so and shows no stale results.
            #expect(deferred.state.message?.hasPrefix("indexing 5 articles") == true)
            #expect(deferred.state.searchResults.isEmpty)
            deferred.finishPendingSearch()
        }
        #expect(deferred.pendingSearch == nil && deferred.defersSearch)
        #expect(deferred.state.searchResults.map(\.sentence) == direct.state.searchResults.map(\.sentence))
        #expect(deferred.state.searchResults.map(\.document) == direct.state.searchResults.map(\.document))
    }

    @Test func navigationKeysMoveAndBackGoesBack() {
        var e = Snapshots.explorer(120, 40)
        e.handle(.char("j"))
        e.handle(.down)
        #expect(e.state.articleSelection == 2)
        e.handle(.char("G"))
        #expect(e.state.articleSelection == 4)
        e.handle(.char("g"))
        #expect(e.state.articleSelection == 0)
        e.handle(.tab)
        #expect(e.state.focus == .actors)
        e.handle(.backTab)
        #expect(e.state.focus == .articles)
        e.handle(.enter)
        #expect(e.state.screen == .reader)
        e.handle(.escape)
        #expect(e.state.screen == .browse && e.state.focus == .articles)
        e.handle(.char("q"))
        #expect(!e.isRunning)
    }

    @Test func evidenceOpensTheReaderAtItsSentenceWithTheActorHighlighted() throws {
        var e = Snapshots.explorer(120, 40)
        e.handle(.tab)
        e.handle(.enter)  // Azerbaijan's relations
        e.handle(.enter)  // evidence with Turkey
        e.handle(.enter)  // the first sentence
        #expect(e.state.screen == .reader)
        let r = try #require(e.state.readers.first)
        let sentence = try #require(r.markedSentence)
        let az = try #require(Snapshots.seeds.actors.actor(named: "Azerbaijan"))
        #expect(e.state.highlightActor == az.id)
        let doc = Snapshots.seeds.documents[r.document]
        let screen = e.render().text
        let words = doc.displayText(of: doc.structure.sentences[sentence]).split(separator: " ").prefix(4).joined(
            separator: " ")
        #expect(screen.contains(words))
        // ] jumps to the next mention and says which.
        e.handle(.char("]"))
        #expect(e.state.message?.hasPrefix("Azerbaijan: mention ") == true)
    }

    @Test func actorPaneNarrowsAsYouTypeAndFiltersByKind() {
        var e = Snapshots.explorer(120, 40)
        e.handle(.tab)
        e.handle(.char("/"))
        for ch in "aliyev" { e.handle(.char(ch)) }
        e.handle(.enter)
        #expect(Set(e.actorList().map { Snapshots.seeds.actors.actors[$0].name }) == ["Heydar Aliyev", "Ilham Aliyev"])
        e.handle(.char("/"))
        e.handle(.escape)
        e.handle(.char("c"))  // state
        #expect(e.actorList().allSatisfy { Snapshots.seeds.actors.actors[$0].kind == .state })
    }

    @Test func findInAPaneWithNextAndPrevious() {
        var e = Snapshots.explorer(120, 40)
        e.handle(.char("/"))
        for ch in "turkey" { e.handle(.char(ch)) }
        e.handle(.enter)
        #expect(e.state.articleSelection == 3)
        e.handle(.char("n"))
        #expect(e.state.articleSelection == 3)  // the only title with Turkey
        e.handle(.char("/"))
        for ch in "relations" { e.handle(.char(ch)) }
        e.handle(.enter)
        let first = e.state.articleSelection
        e.handle(.char("n"))
        #expect(e.state.articleSelection != first)
        e.handle(.char("N"))
        #expect(e.state.articleSelection == first)
    }

    @Test func mouseClickSelectsAndWheelScrolls() {
        var e = Snapshots.explorer(120, 40)
        e.handle(.click(x: 50, y: 5))  // the actor pane, fourth row
        #expect(e.state.focus == .actors)
        #expect(e.state.actorSelection == 3)
        e.handle(.wheelDown)
        #expect(e.state.actorSelection == 6)
    }

    @Test func hostileTextReachesTheCanvasInert() {
        let evil =
            "Evil \u{1B}]0;owned\u{07} title \u{1B}[31mred\u{9B}2J \u{202E}desrever\u{200B}\n\nGeorgia and Armenia met in Tbilisi. \u{1B}[2J\u{1B}]52;c;Y2xpcA==\u{07} Done."
        var e = Explorer(corpus: corpus([evil]), corpusName: "evil", width: 80, height: 24)
        for screen in [
            e.render(),
            {
                e.handle(.enter); return e.render()
            }(),
        ] {
            for cell in screen.cells {
                for s in cell.scalars {
                    #expect(
                        s.value >= 0x20 && s.value != 0x7F && !(0x80..<0xA0).contains(s.value),
                        "control \(s.value) on screen")
                    #expect(!(0x202A...0x202E).contains(s.value) && s.value != 0x200B)
                }
            }
        }
    }

    @Test func wideAndCombiningTextKeepsColumnsAligned() {
        let text = "Azərbaycan, Türkiye, Қазақстан and 中国 met. Ş̧ combined e\u{301} marks stay aligned."
        var e = Explorer(
            corpus: corpus([text, "Şuşa and Gəncə are in Azerbaijan."]), corpusName: "wide", width: 60, height: 12)
        e.handle(.enter)
        let canvas = e.render()
        for y in 0..<canvas.height {
            var columns = 0
            for x in 0..<canvas.width {
                let c = canvas[x, y]
                columns += c.isContinuation ? 1 : max(1, DisplayWidth.of(c.scalars.first ?? " "))
            }
            #expect(
                columns == canvas.width
                    + (0..<canvas.width).filter { x in
                        let c = canvas[x, y]
                        return !c.isContinuation && (c.scalars.first.map { DisplayWidth.of($0) } ?? 1) == 2
                    }.count)
        }
        #expect(canvas.text.contains("中国"))
    }

    @Test func resizeRedrawsForTheNewSize() {
        var e = Snapshots.explorer(120, 40)
        e.handle(.resize(width: 60, height: 20))
        let c = e.render()
        #expect(c.width == 60 && c.height == 20)
        #expect(c.row(1).hasPrefix(" 1 Articles "))
        e.handle(.resize(width: 10, height: 4))
        #expect(e.render().text.contains("Terminal"))
    }
}
