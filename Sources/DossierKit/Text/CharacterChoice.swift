/// A small set of characters asked whether it holds a character, as `"…".contains(c)` answers
/// (canonical equivalence included) without comparing `c` with every member: a character that is
/// one ASCII byte equals only itself, so a table of bytes answers for it; any other character is
/// compared with each member (U+037E equals `;`, U+0387 equals `·`).
struct CharacterChoice: Sendable {
    private var ascii = [Bool](repeating: false, count: 128)
    private let members: [Character]

    /// The choice of the characters of `members`.
    init(_ members: String) {
        self.members = Array(members)
        for c in self.members {
            if let a = c.asciiValue, c.utf8.count == 1 { ascii[Int(a)] = true }
        }
    }

    /// True when a member equals `c`.
    @inline(__always)
    func contains(_ c: Character) -> Bool {
        if c.utf8.count == 1, let a = c.asciiValue { return ascii[Int(a)] }
        return members.contains(c)
    }
}
