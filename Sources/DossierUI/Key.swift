/// A key press or terminal event, as the backend reports it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
    case function(Int)
    /// A click (button 1) at a cell.
    case click(x: Int, y: Int)
    case wheelUp, wheelDown
    /// The terminal changed size.
    case resize(width: Int, height: Int)
}
