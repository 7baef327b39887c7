import DossierKit
import Foundation

/// Derived data the explorer computes once and reuses across key presses: sorted lists, the
/// search index, reader layouts. Only the main thread touches it.
final class ExplorerCache {
    var articleOrder: [ArticleSort: [Int]] = [:]
    var actorLists: [String: [Int]] = [:]
    var searchIndex: BackgroundSearchIndex?
    var layouts: [String: ReaderLayout] = [:]
    var sentenceActors: [Int: [Int: [Int]]] = [:]
    /// A relation row's type summary and its right-hand column (documents, weight), by pair:
    /// counting a strong pair's evidence types on every frame cost milliseconds at 10,000 articles.
    var relationRows: [Int: (types: String, right: String)] = [:]

    func relationRow(_ r: Relation) -> (types: String, right: String) {
        let key = r.a << 32 | r.b
        if let row = relationRows[key] { return row }
        let types = r.typeCounts.filter { $0.key != .other }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .prefix(3).map { "\($0.key.rawValue) \($0.value)" }.joined(separator: " ")
        let right = " \(r.documentCount)d " + String(format: "%5.1f", r.weight)
        relationRows[key] = (types, right)
        return (types, right)
    }

    func layout(document: Int, width: Int, highlight: Int?, corpus: Corpus) -> ReaderLayout {
        let key = "\(document):\(width):\(highlight ?? -1)"
        if let l = layouts[key] { return l }
        if layouts.count > 16 { layouts.removeAll() }
        let l = ReaderLayout(corpus: corpus, document: document, width: width, highlight: highlight)
        layouts[key] = l
        return l
    }
}
