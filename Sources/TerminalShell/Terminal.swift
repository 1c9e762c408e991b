import CNcursesw
import CTerminalGuard
import ClaimScreens
import FoundationEssentials
import Glibc

/// Why the terminal could not be started, in Japanese, with what to do.
public enum TerminalError: Error, Equatable {
    case notATerminal
    case unknownTerminal(String)
    /// TERM=dumb and other terminals that cannot move the cursor: the screens cannot be drawn (issue 16).
    case noCursorAddressing(String)

    public var japanese: String {
        switch self {
        case .notATerminal:
            return "seikyu は端末（ターミナル）の中で動かしてください。パイプやシリアル回線では `seikyu --plain`（1行ずつの表示）、"
                + "自動で動かすときは `seikyu play テープ` を使います。"
        case .unknownTerminal(let name):
            return "端末の種類 TERM=\"\(name)\" が分かりません。TERM=xterm-256color などにしてからもう一度起動してください。"
        case .noCursorAddressing(let name):
            return "端末の種類 TERM=\"\(name)\" では画面を描けません（カーソルを動かせない端末です）。"
                + "1行ずつ表示する `seikyu --plain` ならこの端末でも使えます。画面で使うときは TERM=xterm-256color などにしてから起動してください。"
        }
    }
}

/// The real terminal through ncursesw: keys in, a cell grid out. Small on purpose: every
/// decision about what to show lives in the pure layers.
public final class Terminal {
    private var screenPointer: OpaquePointer?
    /// The last frame drawn: only cells that differ from it are handed to ncurses.
    private var lastGrid: CellGrid?
    /// `/dev/tty`, when standard input or output is not the terminal.
    private var ttyDescriptor: Int32 = -1
    /// Where keys come from (standard input or the tty): asked whether more are waiting.
    private var inputDescriptor: Int32 = 0
    private let colors: Bool
    private var stopped = false

    /// Starts curses. The locale is set first, or Japanese is dropped (design.md §2).
    public init(environment: [String: String]) throws(TerminalError) {
        // Standard input and output when they are the terminal; otherwise (output redirected to
        // a file, as `play --live > results.txt`) the controlling terminal itself.
        var inputFD: Int32 = 0, outputFD: Int32 = 1
        if isatty(0) != 1 || isatty(1) != 1 {
            let tty = open("/dev/tty", O_RDWR | O_CLOEXEC)
            guard tty >= 0 else { throw .notATerminal }
            inputFD = tty
            outputFD = tty
            ttyDescriptor = tty
        }
        inputDescriptor = inputFD
        // The character type only: that is what curses reads (wide characters). The other categories
        // were a dozen locale files mapped for nothing (issue 19: peak memory).
        setlocale(LC_CTYPE, "")
        if let ctype = setlocale(LC_CTYPE, nil), !Self.namesUTF(String(cString: ctype)) {
            // A non-UTF-8 locale would drop every Japanese character: insist on one that works.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        // Remember the terminal as the shell had it, before curses changes anything.
        seikyu_guard_install(outputFD)
        let term = environment["TERM"] ?? ""
        // newterm, not initscr: initscr exits the process on an unknown TERM.
        guard !term.isEmpty, let output = fdopen(dup(outputFD), "w"), let input = fdopen(dup(inputFD), "r"),
              let screen = newterm(term, output, input) else {
            throw .unknownTerminal(term)
        }
        screenPointer = screen
        set_term(screen)
        // Issue 16: without cursor addressing every frame would pile up on one line.
        guard Terminal.hasCapability("cup") else {
            endwin()
            delscreen(screen)
            screenPointer = nil
            seikyu_guard_restore()
            throw .noCursorAddressing(term)
        }
        raw()          // Ctrl+C arrives as a key: quit cleanly with status 130
        noecho()
        nonl()         // Enter is 13
        keypad(seikyu_stdscr(), true)
        Terminal.defineBothKeyForms()
        seikyu_set_escdelay(25)
        curs_set(1)    // issue 18: the real cursor shows the focus to screen readers and magnifiers
        wtimeout(seikyu_stdscr(), 250) // wake up to notice SIGTERM/SIGHUP
        colors = environment["NO_COLOR"].map(\.isEmpty) ?? true ? has_colors() : false
        if colors { Terminal.startColors() }
        seikyu_guard_set_reset_bytes(Terminal.resetBytes())
    }

    deinit { stop() }

    /// Restores the terminal. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        endwin()
        if let screenPointer { delscreen(screenPointer) }
        screenPointer = nil
        seikyu_guard_set_reset_bytes(nil) // endwin already reset the screen
        seikyu_guard_restore()
        if ttyDescriptor >= 0 { close(ttyDescriptor) }
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(seikyu_stdscr())), Int(getmaxy(seikyu_stdscr())))
    }

    /// A termination signal (SIGINT/SIGTERM/SIGHUP) received while running, if any.
    public var pendingSignal: Int32 { seikyu_guard_pending_signal() }

    /// The next key within `milliseconds` (-1 waits for one), or nil.
    public func readKey(milliseconds: Int32) -> Key? {
        wtimeout(seikyu_stdscr(), milliseconds)
        defer { wtimeout(seikyu_stdscr(), 250) }
        return readKey()
    }

    /// Every key already waiting, without waiting for more (a paste arrives as thousands at once),
    /// at most `limit` so an endless stream still gets a frame. Asked of the descriptor, not with
    /// a zero curses timeout: curses reads a byte at a time, and a character or an escape sequence
    /// whose rest is still on its way gets the usual wait instead of being cut in two.
    public func readWaitingKeys(limit: Int) -> [Key] {
        var keys: [Key] = []
        while keys.count < limit, inputWaiting(), let key = readKey() { keys.append(key) }
        return keys
    }

    private func inputWaiting() -> Bool {
        var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    /// The next key, or nil after the poll interval with nothing pressed.
    public func readKey() -> Key? {
        var wide: wint_t = 0
        let kind = wget_wch(seikyu_stdscr(), &wide)
        if kind == ERR { return nil }
        let code = Int32(bitPattern: wide)
        if kind == seikyu_key_code_yes() { return Terminal.functionKey(code) }
        switch code {
        case 13, 10: return .enter
        case 27: return .escape
        case 9: return .tab
        case 127, 8: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 96)))
        case 0..<32: return .unknown(Int(code))
        default:
            guard let scalar = Unicode.Scalar(UInt32(code)) else { return .unknown(Int(code)) }
            return .character(Character(scalar))
        }
    }

    /// Issue 16: curses knows only the form terminfo lists (`ESC O B` for xterm), so a terminal
    /// that ignores keypad mode would turn Down into Esc; every form is registered here.
    private static func defineBothKeyForms() {
        for (bytes, key) in EscapeSequences.all {
            guard let code = cursesCode(key) else { continue }
            _ = define_key(bytes, code)
        }
    }

    /// The curses key code for a key of the escape-sequence table.
    static func cursesCode(_ key: Key) -> Int32? {
        switch key {
        case .up: return KEY_UP
        case .down: return KEY_DOWN
        case .left: return KEY_LEFT
        case .right: return KEY_RIGHT
        case .home: return KEY_HOME
        case .end: return KEY_END
        case .pageUp: return KEY_PPAGE
        case .pageDown: return KEY_NPAGE
        case .delete: return KEY_DC
        case .backTab: return KEY_BTAB
        case .function(let n) where (1...12).contains(n): return seikyu_key_f(Int32(n))
        default: return nil
        }
    }

    static func functionKey(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE:
            return .resize(width: Int(getmaxx(seikyu_stdscr())), height: Int(getmaxy(seikyu_stdscr())))
        default:
            for n in 1...12 where code == seikyu_key_f(Int32(n)) { return .function(n) }
            return .unknown(Int(code))
        }
    }

    /// Draws the grid. ncurses sends only the cells that changed.
    public func draw(_ grid: CellGrid, fullRedraw: Bool = false) {
        let window = seikyu_stdscr()
        if fullRedraw { clearok(window, true) }
        // A grid smaller than the window (a tape's Set Size) leaves nothing of the last frame.
        let sizeChanged = lastGrid.map { $0.width != grid.width || $0.height != grid.height } ?? true
        var erased = lastGrid == nil // curses starts with a blank window
        if sizeChanged && (grid.width != Int(getmaxx(window)) || grid.height != Int(getmaxy(window))) {
            werase(window)
            erased = true
        }
        // A window known to be blank needs only the cells that are not blank (issue 19: the first frame's
        // spaces were a third of its drawing); after clearok the window still holds the last frame.
        let previous = fullRedraw ? nil : sizeChanged ? (erased ? CellGrid(width: grid.width, height: grid.height) : nil) : lastGrid
        lastGrid = grid
        // The pure diff (ClaimScreens, tested) says what to draw; here it is only handed over.
        // The cell's scalars (at most 4, as before) go through one buffer on the stack: two arrays
        // a cell were half the first frame's drawing (issue 19: 2 M instructions for 1,812 cells).
        var characters: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &characters) { raw in
            let buffer = raw.bindMemory(to: wchar_t.self)
            for update in grid.updates(since: previous) {
                var count = 0
                for scalar in update.cell.character.unicodeScalars where count < 4 {
                    buffer[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                buffer[count] = 0
                var cchar = cchar_t()
                let (attributes, pair) = style(update.cell.role)
                setcchar(&cchar, buffer.baseAddress, attributes, pair, nil)
                mvwadd_wch(window, Int32(update.row), Int32(update.column), &cchar)
            }
        }
        // Issue 18: the cursor ends on the focus the layout chose (the highlighted row, the caret).
        if let cursor = grid.cursor {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            curs_set(1)
        }
        wrefresh(window)
    }

    // MARK: colours

    private enum Pair: Int16 { case header = 1, warning, error, info, banner, checked, hintKey }

    private static func startColors() {
        start_color()
        use_default_colors()
        init_pair(Pair.header.rawValue, Int16(COLOR_WHITE), Int16(COLOR_BLUE))
        init_pair(Pair.warning.rawValue, Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
        init_pair(Pair.error.rawValue, Int16(COLOR_WHITE), Int16(COLOR_RED))
        init_pair(Pair.info.rawValue, Int16(COLOR_CYAN), -1)
        init_pair(Pair.banner.rawValue, Int16(COLOR_WHITE), Int16(COLOR_MAGENTA))
        init_pair(Pair.checked.rawValue, Int16(COLOR_GREEN), -1)
        init_pair(Pair.hintKey.rawValue, Int16(COLOR_BLACK), Int16(COLOR_CYAN))
    }

    /// Attributes carry the meaning; colour only adds to it, so monochrome stays usable.
    private func style(_ role: CellRole) -> (attr_t, Int16) {
        let bold = seikyu_attr_bold(), reverse = seikyu_attr_reverse(), normal = seikyu_attr_normal()
        func with(_ pair: Pair, _ attributes: attr_t, mono: attr_t) -> (attr_t, Int16) {
            colors ? (attributes, pair.rawValue) : (mono, 0)
        }
        switch role {
        case .plain, .dim, .hint: return (normal, 0)
        case .title: return (bold, 0)
        case .header: return with(.header, bold, mono: reverse)
        case .hintKey: return with(.hintKey, normal, mono: reverse)
        case .selected: return (reverse | bold, 0)
        case .checked: return with(.checked, normal, mono: normal)
        case .warning: return with(.warning, bold, mono: bold)
        case .error: return with(.error, bold, mono: bold | reverse)
        case .info: return with(.info, normal, mono: normal)
        case .banner: return with(.banner, bold, mono: bold | reverse)
        case .field: return (seikyu_attr_underline(), 0)
        }
    }

    /// True when the terminal description has this string capability.
    private static func hasCapability(_ name: String) -> Bool {
        guard let value = tigetstr(name) else { return false }
        return Int(bitPattern: value) != -1 && Int(bitPattern: value) != 0
    }

    /// Bytes that put the screen back (leave the alternate screen, show the cursor, plain
    /// attributes) for the crash handler, which may not call curses.
    private static func resetBytes() -> String {
        var bytes = ""
        for capability in ["rmcup", "cnorm", "sgr0"] {
            if let value = tigetstr(capability), Int(bitPattern: value) != -1, Int(bitPattern: value) != 0 {
                bytes += String(cString: value)
            }
        }
        return bytes.isEmpty ? "\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m" : bytes
    }
}

extension Terminal {
    /// Whether a locale's name says UTF-8 ("C.UTF-8", "ja_JP.utf8"). A byte search: _StringProcessing's
    /// `firstRange` mapped its whole 236 KB block of code at every start (issue 19).
    static func namesUTF(_ locale: String) -> Bool {
        let name = Array(locale.uppercased().utf8)
        let utf = Array("UTF".utf8)
        guard name.count >= utf.count else { return false }
        return (0...(name.count - utf.count)).contains { start in name[start..<(start + utf.count)].elementsEqual(utf) }
    }
}
