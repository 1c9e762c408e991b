import ClaimScreens

/// How `Expect` finds text: on the screen as it is, or across a line the layout wrapped, so a
/// tape does not depend on where a sentence happens to break.
public enum ScreenMatch {
    public static func contains(_ grid: CellGrid, _ text: String) -> Bool {
        contains(lines: grid.lines, text)
    }

    /// The same on any lines (`play --plain` checks the plain mode's lines, issue 18).
    public static func contains(lines: [String], _ text: String) -> Bool {
        if lines.joined(separator: "\n").contains(text) { return true }
        // A break at a space drops the space, a break inside Japanese drops nothing: try both.
        let trimmed = lines.map { String($0.drop { $0 == " " }) }
        return trimmed.joined().contains(text) || trimmed.joined(separator: " ").contains(text)
    }
}
