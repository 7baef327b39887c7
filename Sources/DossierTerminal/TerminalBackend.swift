import CNcursesw
import DossierUI

#if canImport(Glibc)
    import Glibc
#endif

/// Why the explorer cannot run on this terminal.
public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case termUnset
    case termUnknown(String)
    case termTooLimited(String)
    case startFailed

    public var description: String {
        switch self {
        case .notATerminal: return "the explorer needs a terminal (standard input and output are not a tty)"
        case .termUnset: return "the explorer needs a terminal type, but TERM is not set"
        case .termUnknown(let t): return "the explorer does not know the terminal type TERM=\(t)"
        case .termTooLimited(let t):
            return "the terminal type TERM=\(t) cannot move the cursor, so the explorer cannot draw"
        case .startFailed: return "the terminal could not be started"
        }
    }
}

/// The thin ncursesw backend: starts and restores the terminal, paints a ``Canvas``, and turns
/// wide-character input, special keys, resizes and mouse events into ``Key``s.
public final class TerminalBackend {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let colors: Bool
    private var closed = false

    /// Starts the terminal, or explains in one line why it cannot.
    public init(useColor: Bool, colorOverrides: [ColorRole: TerminalColor] = [:]) throws(TerminalError) {
        guard isatty(0) == 1 && isatty(1) == 1 else { throw .notATerminal }
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else { throw .termUnset }
        // A UTF-8 locale, so that wide characters draw.
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_ALL, "C.UTF-8") }
        var err: Int32 = 0
        guard setupterm(nil, 1, &err) == OK else { throw .termUnknown(term) }
        let cup = tigetstr("cup")
        guard let cup, Int(bitPattern: cup) != -1 else { throw .termTooLimited(term) }
        guard let s = newterm(nil, dossier_stdout(), dossier_stdin()) else { throw .startFailed }
        screen = s
        guard let w = stdscr_window() else {
            endwin()
            throw .startFailed
        }
        window = w
        Self.installSignalHandlers()
        raw()
        noecho()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        dossier_enable_mouse()
        if useColor && has_colors() {
            start_color()
            use_default_colors()
            colors = true
            for role in ColorRole.allCases {
                let color = colorOverrides[role].map(Self.curses) ?? Self.foreground(role)
                init_pair(Int16(role.rawValue + 1), color, -1)
            }
        } else {
            colors = false
        }
    }

    deinit { close() }

    /// Restores the terminal; safe to call more than once.
    public func close() {
        guard !closed else { return }
        closed = true
        endwin()
        delscreen(screen)
    }

    /// Gives the terminal back to the shell (to run an editor or a pager); ``resume()`` takes it again.
    public func suspend() {
        def_prog_mode()
        endwin()
    }

    /// Takes the terminal back after ``suspend()`` and repaints everything on the next draw.
    public func resume() {
        reset_prog_mode()
        clearok(window, true)
        wrefresh(window)
    }

    /// Asks the terminal to put `text` on the system clipboard (OSC 52). Terminals that do not
    /// support it ignore the sequence. The text is base64-encoded, so nothing in it can act.
    public func copyToClipboard(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Base64.encode(Array(text.utf8)) + "\u{07}"
        var bytes = Array(sequence.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = write(1, base + offset, buffer.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Paints `canvas` and shows it.
    public func draw(_ canvas: Canvas) {
        werase(window)
        var buffer = [wchar_t](repeating: 0, count: 8)
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                if cell.isContinuation { continue }
                var n = 0
                for s in cell.scalars.prefix(6) {
                    buffer[n] = wchar_t(bitPattern: s.value)
                    n += 1
                }
                if n == 0 { continue }
                buffer[n] = 0
                var attrs: UInt32 = 0
                if cell.style.bold { attrs |= dossier_attr_bold() }
                if cell.style.reverse { attrs |= dossier_attr_reverse() }
                if cell.style.underline { attrs |= dossier_attr_underline() }
                let pair: Int16 = colors ? Int16(cell.style.color.rawValue + 1) : 0
                _ = dossier_put_cell(window, Int32(y), Int32(x), buffer, attrs, pair)
            }
        }
        wrefresh(window)
    }

    /// Waits for the next key or event.
    public func readKey() -> Key? {
        var ch: wint_t = 0
        let r = dossier_get_wch(window, &ch)
        if r == ERR { return nil }
        if r == KEY_CODE_YES {
            switch Int32(ch) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_NPAGE: return .pageDown
            case KEY_PPAGE: return .pageUp
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_BACKSPACE: return .backspace
            case KEY_DC: return .delete
            case KEY_BTAB: return .backTab
            case KEY_ENTER: return .enter
            case KEY_RESIZE:
                let (w, h) = size
                return .resize(width: w, height: h)
            case KEY_MOUSE:
                var x: Int32 = 0
                var y: Int32 = 0
                var state: UInt = 0
                guard dossier_mouse(&x, &y, &state) == OK else { return nil }
                if state & dossier_wheel_up() != 0 { return .wheelUp }
                if dossier_wheel_down() != 0 && state & dossier_wheel_down() != 0 { return .wheelDown }
                if state & dossier_button1() != 0 { return .click(x: Int(x), y: Int(y)) }
                return nil
            default:
                for n in 1...12 where Int32(ch) == dossier_key_f(Int32(n)) { return .function(n) }
                return nil
            }
        }
        switch ch {
        case 0x0A, 0x0D: return .enter
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(ch) + 0x60)))
        default:
            guard let s = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .char(Character(s))
        }
    }

    private static func curses(_ color: TerminalColor) -> Int16 {
        switch color {
        case .default: return -1
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        }
    }

    private static func foreground(_ role: ColorRole) -> Int16 {
        switch role {
        case .normal, .selection: return -1
        case .muted: return Int16(COLOR_WHITE)
        case .accent, .title: return Int16(COLOR_CYAN)
        case .heading: return Int16(COLOR_YELLOW)
        case .status: return -1
        case .error: return Int16(COLOR_RED)
        case .match: return Int16(COLOR_YELLOW)
        case .state: return Int16(COLOR_BLUE)
        case .person: return Int16(COLOR_YELLOW)
        case .organization: return Int16(COLOR_GREEN)
        case .place: return Int16(COLOR_CYAN)
        case .agreement: return Int16(COLOR_MAGENTA)
        case .project: return Int16(COLOR_MAGENTA)
        case .event: return Int16(COLOR_RED)
        case .group: return Int16(COLOR_GREEN)
        }
    }

    /// Restores the terminal on SIGTERM, SIGHUP and fatal signals, then lets the signal act.
    private static func installSignalHandlers() {
        for sig in [SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(sig) { s in
                endwin()
                signal(s, SIG_DFL)
                raise(s)
            }
        }
    }
}

/// `stdscr` is a C global that Swift 6 rejects; read it through a function.
private func stdscr_window() -> UnsafeMutablePointer<WINDOW>? {
    dossier_stdscr()
}
