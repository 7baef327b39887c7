import DossierKit

/// Derived data the explorer computes once and reuses across key presses: sorted lists, the
/// search index, reader layouts. Only the main thread touches it.
final class ExplorerCache {
    var articleOrder: [ArticleSort: [Int]] = [:]
    var actorLists: [String: [Int]] = [:]
    var searchIndex: BackgroundSearchIndex?
    var layouts: [String: ReaderLayout] = [:]
    var sentenceActors: [Int: [Int: [Int]]] = [:]

    func layout(document: Int, width: Int, highlight: Int?, corpus: Corpus) -> ReaderLayout {
        let key = "\(document):\(width):\(highlight ?? -1)"
        if let l = layouts[key] { return l }
        if layouts.count > 16 { layouts.removeAll() }
        let l = ReaderLayout(corpus: corpus, document: document, width: width, highlight: highlight)
        layouts[key] = l
        return l
    }
}
