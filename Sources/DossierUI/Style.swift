import DossierKit

/// What a cell's colour means; the backend maps roles to terminal colours (or to nothing
/// under `NO_COLOR` and on monochrome terminals).
public enum ColorRole: Int, Sendable, CaseIterable {
    case normal, muted, accent, title, heading, selection, status, error, match
    case state, person, organization, place, agreement, project, event, group

    /// The role for an actor kind.
    public static func of(_ kind: ActorKind) -> ColorRole {
        switch kind {
        case .state: return .state
        case .person: return .person
        case .organization: return .organization
        case .place: return .place
        case .agreement: return .agreement
        case .project: return .project
        case .event: return .event
        case .group: return .group
        }
    }
}

/// How a cell looks.
public struct Style: Sendable, Hashable {
    public var color: ColorRole
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ color: ColorRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.color = color
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let normal = Style()
    public static let muted = Style(.muted)
    public static let selected = Style(.selection, reverse: true)
    public static let status = Style(.status, reverse: true)
}
