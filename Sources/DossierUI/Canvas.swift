import DossierKit

/// One cell of the screen: a grapheme (a base character with its combining marks) and a style.
/// A wide character fills two cells; the second holds an empty continuation.
public struct Cell: Sendable, Hashable {
    /// The scalars drawn in this cell; empty for the right half of a wide character.
    public var scalars: [Unicode.Scalar]
    public var style: Style

    public static let blank = Cell(scalars: [" "], style: .normal)
    public var isContinuation: Bool { scalars.isEmpty }
}

/// A grid of styled cells: what a screen shows, with no terminal in it. Views render into a
/// canvas; the terminal backend paints it; tests read it as text.
public struct Canvas: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills a rectangle with blanks in `style`.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) { self[col, row] = Cell(scalars: [" "], style: style) }
        }
    }

    /// Writes `text` from column `x` on row `y`, at most `maxWidth` columns, made terminal-safe;
    /// returns the column after the last cell written. A wide character that does not fit is
    /// replaced by a space, so columns never shift.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .normal) -> Int {
        guard y >= 0 && y < height else { return x }
        let limit = min(width, x + (maxWidth ?? width - x))
        var col = x
        var lastBase = -1
        for raw in text.unicodeScalars {
            let s = TerminalSafe.visible(raw == "\n" || raw == "\t" ? " " : raw)
            let w = DisplayWidth.of(s)
            if w == 0 {
                // A combining mark joins the previous cell.
                if lastBase >= 0 && lastBase < width && col <= limit { self[lastBase, y].scalars.append(s) }
                continue
            }
            if col + w > limit {
                if col < limit { self[col, y] = Cell(scalars: [" "], style: style) }
                col = limit
                break
            }
            guard col >= 0 else {
                col += w
                continue
            }
            self[col, y] = Cell(scalars: [s], style: style)
            if w == 2 { self[col + 1, y] = Cell(scalars: [], style: style) }
            lastBase = col
            col += w
        }
        return col
    }

    /// Writes `text` padded or cut to exactly `width` columns.
    public mutating func putPadded(_ text: String, x: Int, y: Int, width w: Int, style: Style = .normal) {
        let end = put(DisplayWidth.truncate(TerminalSafe.sanitize(text), to: w), x: x, y: y, maxWidth: w, style: style)
        if end < x + w { fill(x: end, y: y, width: x + w - end, height: 1, style: style) }
    }

    /// Row `y` as plain text (for tests and snapshots), trailing spaces kept.
    public func row(_ y: Int) -> String {
        var s = String.UnicodeScalarView()
        for x in 0..<width {
            let c = self[x, y]
            if !c.isContinuation { s.append(contentsOf: c.scalars) }
        }
        return String(s)
    }

    /// The whole canvas as text, one line per row, trailing spaces trimmed.
    public var text: String {
        (0..<height).map { y in
            var r = row(y)
            while r.hasSuffix(" ") { r.removeLast() }
            return r
        }.joined(separator: "\n")
    }
}
