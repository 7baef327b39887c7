import DossierKit
import Foundation

/// Start-up costs: the built-in catalog and the gazetteer built from it.
enum StartupBench {
    static func run() {
        let clock = ContinuousClock()
        var catalog = Catalog()
        let read = clock.measure { catalog = Catalog.builtIn }
        let gazetteer = clock.measure { _ = ActorIndex(documents: [], catalog: catalog) }
        print(
            "catalog read: \(read); actor index with no documents (gazetteer): \(gazetteer); entries \(catalog.entries.count)"
        )
    }
}
