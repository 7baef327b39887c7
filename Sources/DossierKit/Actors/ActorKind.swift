/// What sort of actor an article speaks of.
public enum ActorKind: String, Sendable, Codable, CaseIterable, Comparable {
    case state, person, organization, place, agreement, project, event, group

    /// Parses a kind name as written in a catalog or on the command line ("org" is accepted).
    public init?(name: String) {
        let lower = name.lowercased()
        switch lower {
        case "org", "organisation": self = .organization
        case "country", "polity": self = .state
        case "treaty": self = .agreement
        case "people", "ethnic group": self = .group
        default:
            guard let kind = ActorKind(rawValue: lower) else { return nil }
            self = kind
        }
    }

    public static func < (a: ActorKind, b: ActorKind) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}
