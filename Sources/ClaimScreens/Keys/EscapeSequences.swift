/// The byte sequences terminals send for arrows, Home/End, paging and function keys, in both
/// the cursor-key form (`ESC [ B`) and the application-key form (`ESC O B`), plus the forms of
/// the Linux console and rxvt. A terminal that ignores keypad mode sends the other form, which
/// terminfo does not list: unknown, it reads as Esc ("go back") and two letters (issue 16).
/// The shell registers every one with curses; kept here, pure, so the table is tested.
public enum EscapeSequences {
    public static let all: [(bytes: String, key: Key)] = arrows + homeAndEnd + editing + functionKeys

    private static let escape = "\u{1B}"

    /// Both forms of A/B/C/D (up, down, right, left).
    static let arrows: [(bytes: String, key: Key)] = [("A", Key.up), ("B", .down), ("C", .right), ("D", .left)]
        .flatMap { letter, key in [(escape + "[" + letter, key), (escape + "O" + letter, key)] }

    /// H/F in both forms, and the numbered forms (xterm `1~`/`4~`, rxvt `7~`/`8~`).
    static let homeAndEnd: [(bytes: String, key: Key)] = [
        (escape + "[H", .home), (escape + "OH", .home), (escape + "[1~", .home), (escape + "[7~", .home),
        (escape + "[F", .end), (escape + "OF", .end), (escape + "[4~", .end), (escape + "[8~", .end),
    ]

    static let editing: [(bytes: String, key: Key)] = [
        (escape + "[3~", .delete), (escape + "[5~", .pageUp), (escape + "[6~", .pageDown), (escape + "[Z", .backTab),
    ]

    /// F1–F4 as `ESC O P`…`S` and `ESC [ 11~`…`14~`, the Linux console's `ESC [ [ A`…`E`,
    /// and F5–F12 as `ESC [ 15~`…`24~` (the numbers skip 16 and 22).
    static let functionKeys: [(bytes: String, key: Key)] = {
        var table: [(bytes: String, key: Key)] = []
        for (n, letter) in zip(1...4, ["P", "Q", "R", "S"]) {
            table.append((escape + "O" + letter, .function(n)))
            table.append((escape + "[" + letter, .function(n)))
        }
        for (n, letter) in zip(1...5, ["A", "B", "C", "D", "E"]) { table.append((escape + "[[" + letter, .function(n))) }
        for (n, code) in zip(1...12, [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24]) {
            table.append((escape + "[\(code)~", .function(n)))
        }
        return table
    }()

    /// The key a whole sequence stands for, nil when it is none of them.
    public static func key(for bytes: String) -> Key? {
        all.first { $0.bytes == bytes }?.key
    }
}
