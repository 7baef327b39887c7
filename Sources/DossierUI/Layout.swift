/// A rectangle of the screen.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int
}

/// Where the browse panes go for the current size: three columns on a wide terminal, two on a
/// medium one, one (the focused pane, with a tab bar) on a narrow one.
extension Explorer {
    public func paneRects() -> [(Pane, Rect)] {
        let top = 1
        let h = bodyHeight
        if width >= 120 {
            let a = width * 3 / 10
            let b = width * 3 / 10
            return [
                (.articles, Rect(x: 0, y: top, width: a - 1, height: h)),
                (.actors, Rect(x: a, y: top, width: b - 1, height: h)),
                (.relations, Rect(x: a + b, y: top, width: width - a - b, height: h)),
            ]
        }
        if width >= 70 {
            let left: Pane = state.focus == .articles ? .articles : .actors
            let a = width * 2 / 5
            return [
                (left, Rect(x: 0, y: top, width: a - 1, height: h)),
                (.relations, Rect(x: a, y: top, width: width - a, height: h)),
            ]
        }
        return [(state.focus, Rect(x: 0, y: top + 1, width: width, height: h - 1))]
    }
}
