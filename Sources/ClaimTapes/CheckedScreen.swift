/// The screen the checks of a tape read, drawn once per state of the session: `Expect` lines
/// usually come in runs after one key, and each drew the whole frame again (issue 19: frames drawn
/// only for checks were a third of the shipped tape suite's time). Any tape line that is not a check
/// may change what the screen shows (a key, the clock, the size, a restart), so the player calls
/// `forget()` before it; a check only reads.
struct CheckedScreen {
    private var lines: [String]?
    private var text: String?
    private var searchable: ScreenMatch.Searchable?

    /// True when this state's screen was already drawn for a check.
    var isDrawn: Bool { lines != nil }

    /// The next read draws the screen again.
    mutating func forget() {
        lines = nil
        text = nil
        searchable = nil
    }

    /// `Expect`'s search (`ScreenMatch`) on the kept screen.
    mutating func contains(_ wanted: String, _ draw: () -> [String]) -> Bool {
        var screen = searchable ?? ScreenMatch.Searchable(lines: lines(draw))
        defer { searchable = screen }
        return screen.contains(wanted)
    }

    /// The screen's lines, drawn by `draw` when nothing is kept for this state.
    mutating func lines(_ draw: () -> [String]) -> [String] {
        if let lines { return lines }
        let drawn = draw()
        lines = drawn
        return drawn
    }

    /// The lines joined by newlines, as `Wait`, `Snapshot` and failures show them.
    mutating func text(_ draw: () -> [String]) -> String {
        if let text { return text }
        let joined = lines(draw).joined(separator: "\n")
        text = joined
        return joined
    }
}
