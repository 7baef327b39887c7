/// What a sentence says about two actors it names together.
public enum RelationType: String, Sendable, Codable, CaseIterable, Comparable {
    case alliance, conflict, agreement, diplomacy, trade, control, other

    /// Parses a type name as written on the command line ("trade/energy" and "energy" give trade).
    public init?(name: String) {
        let lower = name.lowercased()
        if lower.hasPrefix("trade") || lower == "energy" {
            self = .trade
        } else if lower.hasPrefix("alliance") || lower == "support" {
            self = .alliance
        } else {
            guard let t = RelationType(rawValue: lower) else { return nil }
            self = t
        }
    }

    public static func < (a: RelationType, b: RelationType) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
