import DossierKit
import Foundation

/// Writes a deterministic synthetic corpus: articles of about 8 KB with a title block, an
/// abstract, keywords, headings, paragraphs naming catalog and invented actors, dates,
/// in-text citations and a reference list.
struct SyntheticCorpus {
    /// SplitMix64: small, fast and the same on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        mutating func pick<T>(_ a: [T]) -> T { a[int(a.count)] }
    }

    let seed: UInt64
    private let states: [String]
    private let places: [String]
    private let organisations: [String]
    private let adjectives: [String]

    init(seed: UInt64) {
        self.seed = seed
        let catalog = Catalog.builtIn
        states = catalog.entries.filter { $0.kind == .state }.map(\.name).filter { !$0.contains("(") }
        places = catalog.entries.filter { $0.kind == .place }.map(\.name).prefix(600).map { $0 }
        organisations = catalog.entries.filter { $0.kind == .organization }.map(\.name)
        adjectives = catalog.entries.flatMap(\.adjectives).filter { $0.first?.isUppercase == true }
    }

    private static let given = [
        "Amina", "Kwame", "Lena", "Farid", "Chen", "Mateo", "Olga", "Yusuf", "Priya", "Tomás", "Aigerim", "Kofi",
        "Leila", "Ivan", "Sofía", "Rustam",
    ]
    private static let family = [
        "Okafor", "Haddad", "Nazarov", "Lindqvist", "Moreau", "Tanaka", "Quispe", "Rahimov", "Kowalski", "Mensah",
        "Aliyeva", "Ferreira", "Novak", "Demir", "Osei", "Ibragimov",
    ]
    private static let cues = ["Council", "Commission", "Authority", "Assembly", "Institute", "Front", "Agency"]
    private static let verbs = [
        "signed an agreement with", "held talks with", "imposed sanctions on", "expanded trade with", "supported",
        "condemned the occupation by", "built a pipeline to", "recognized", "opened an embassy in",
        "fought a border war with",
    ]
    private static let filler = [
        "The negotiations were shaped by economic pressure and by the memory of earlier disputes.",
        "Historians have debated the weight of domestic politics in these decisions for decades.",
        "Archival records show that the ministries disagreed about the pace of reform.",
        "Regional newspapers reported the events in very different terms.",
        "The population of the border districts followed the talks with growing concern.",
        "Energy prices, transport routes and security guarantees were discussed at length.",
        "Several observers described the period as a turning point for the whole region.",
        "The agreement was never fully implemented, although both sides referred to it often.",
    ]
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// The text of article `i`.
    func article(_ i: Int) -> String {
        var r = Random(state: seed &+ UInt64(i) &* 7919)
        let a = r.pick(states)
        let b = r.pick(states)
        let year = 1900 + r.int(120)
        let authors = (0..<(1 + r.int(2))).map { _ in "\(r.pick(Self.given)) \(r.pick(Self.family))" }
        let invented = "\(r.pick(Self.family)) \(r.pick(Self.cues))"
        var t = "Relations between \(a) and \(b), \(year)–\(year + 1 + r.int(8))\n\n"
        t += authors.joined(separator: ", ") + "\n\n" + "University of \(r.pick(places))\n\n"
        t +=
            "Abstract: This article examines how \(a) and \(b) shaped their relations after \(year), with attention to the \(r.pick(organisations)) and the \(invented).\n\n"
        t += "Keywords: \(a), \(b), diplomacy, trade, \(year)\n\n"
        var citations: [(String, Int)] = []
        for (s, heading) in ["Introduction", "Background", "Results", "Discussion", "Conclusion"].enumerated() {
            t += "\(s + 1). \(heading)\n\n"
            for _ in 0..<(2 + r.int(2)) {
                var p: [String] = []
                for _ in 0..<(4 + r.int(3)) {
                    switch r.int(6) {
                    case 0:
                        p.append(
                            "In \(r.pick(Self.months)) \(year + r.int(10)), \(r.pick(states)) \(r.pick(Self.verbs)) \(r.pick(states))."
                        )
                    case 1:
                        let name = r.pick(Self.family)
                        let y = 1990 + r.int(34)
                        citations.append((name, y))
                        p.append(
                            "As \(name) (\(y)) argues, the \(r.pick(adjectives)) position changed after the \(r.pick(organisations)) met in \(r.pick(places))."
                        )
                    case 2:
                        p.append(
                            "President \(r.pick(Self.given)) \(r.pick(Self.family)) of \(r.pick(states)) visited \(r.pick(places)) on \(1 + r.int(28)) \(r.pick(Self.months)) \(year + r.int(5))."
                        )
                    case 3:
                        p.append(
                            "The \(invented) and the \(r.pick(organisations)) disagreed about the future of \(r.pick(places))."
                        )
                    default:
                        p.append(r.pick(Self.filler))
                    }
                }
                t += p.joined(separator: " ") + "\n\n"
            }
        }
        t += "References\n\n"
        for (name, y) in citations {
            t +=
                "- \(name), \(r.pick(Self.given).prefix(1)). (\(y)). Essays on \(r.pick(states)) and its neighbours. *Journal of Regional Studies*, \(r.int(40)), \(r.int(200))–\(200 + r.int(100)).\n"
        }
        return t
    }

    /// Writes `count` articles into `folder` (created if needed).
    func write(count: Int, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for i in 0..<count {
            let name = String(format: "%@/article-%05d.txt", folder, i)
            try Data(article(i).utf8).write(to: URL(fileURLWithPath: name), options: .atomic)
        }
    }
}
