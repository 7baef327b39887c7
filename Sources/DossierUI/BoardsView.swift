import DossierKit

/// The Boards screen: boards on the left, the selected board's items with their citations on
/// the right.
extension Explorer {
    func drawBoards(_ c: inout Canvas) {
        let boards = workspace.boards
        let leftWidth = min(30, max(14, width / 4))
        let rows = bodyHeight - 1
        let left = Rect(x: 0, y: 1, width: leftWidth, height: bodyHeight)
        let right = Rect(x: leftWidth + 1, y: 1, width: width - leftWidth - 1, height: bodyHeight)
        c.putPadded(
            " Boards (\(boards.count))", x: left.x, y: left.y, width: left.width,
            style: Style(.accent, bold: true, reverse: !state.boardItemsFocused))
        for y in left.y..<(left.y + left.height) { c.put("│", x: leftWidth, y: y, style: .muted) }
        if boards.isEmpty {
            c.put(" no boards yet", x: 0, y: 3, maxWidth: leftWidth, style: .muted)
            c.put(
                " b adds the sentence under the cursor (reader, evidence, search, timeline) to board "
                    + currentBoard + "; a chooses another board", x: right.x, y: 3, maxWidth: right.width, style: .muted
            )
            return
        }
        let topBoard = firstRow(selection: state.boardSelection, rows: rows)
        for i in 0..<rows where topBoard + i < boards.count {
            let b = boards[topBoard + i]
            let selected = topBoard + i == state.boardSelection
            let style: Style =
                selected ? (state.boardItemsFocused ? Style(.selection, bold: true) : .selected) : .normal
            let mark = b.name == currentBoard ? "•" : " "
            c.putPadded(
                "\(mark)\(b.name) (\(b.items.count))", x: 0, y: left.y + 1 + i, width: leftWidth, style: style)
        }
        guard state.boardSelection < boards.count else { return }
        let board = boards[state.boardSelection]
        c.putPadded(
            " \(board.name) · \(Self.count(board.items.count, "item"))", x: right.x, y: right.y, width: right.width,
            style: Style(.accent, bold: true, reverse: state.boardItemsFocused))
        if board.items.isEmpty {
            c.put(" empty: b adds a sentence here", x: right.x, y: right.y + 2, maxWidth: right.width, style: .muted)
            return
        }
        // Each item takes two rows: the quotation, then its citation.
        let perPage = max(1, rows / 2)
        let top = firstRow(selection: state.boardItemSelection, rows: perPage)
        for i in 0..<perPage where top + i < board.items.count {
            let item = board.items[top + i]
            let selected = top + i == state.boardItemSelection
            let y = right.y + 1 + 2 * i
            let style: Style = selected && state.boardItemsFocused ? .selected : .normal
            c.putPadded(" \(top + i + 1). “\(item.text)”", x: right.x, y: y, width: right.width, style: style)
            c.putPadded("    — " + item.citation, x: right.x, y: y + 1, width: right.width, style: .muted)
        }
    }
}
