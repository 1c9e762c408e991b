import ClaimScreens

/// How `Expect` finds text: on the screen as it is, or across a line the layout wrapped, so a
/// tape does not depend on where a sentence happens to break.
public enum ScreenMatch {
    public static func contains(_ grid: CellGrid, _ text: String) -> Bool {
        contains(lines: grid.lines, text)
    }

    /// The same on any lines (`play --plain` checks the plain mode's lines, issue 18).
    public static func contains(lines: [String], _ text: String) -> Bool {
        var screen = Searchable(lines: lines)
        return screen.contains(text)
    }

    /// One screen searched by several checks: each joined form is made once, when first needed.
    struct Searchable {
        let lines: [String]
        private var joined: String?
        private var unwrapped: String?
        private var unwrappedAtSpace: String?

        init(lines: [String]) { self.lines = lines }

        mutating func contains(_ text: String) -> Bool {
            /// The standard library's search, by Characters: Foundation's `contains` went through
            /// NSString and CFStringFind (issue 19: a sixth of the shipped suite's instructions).
            func found(in screen: String?) -> Bool { screen?.firstRange(of: text) != nil }
            if joined == nil { joined = lines.joined(separator: "\n") }
            if found(in: joined) { return true }
            // A break at a space drops the space, a break inside Japanese drops nothing: try both.
            if unwrapped == nil {
                let trimmed = lines.map { String($0.drop { $0 == " " }) }
                unwrapped = trimmed.joined()
                unwrappedAtSpace = trimmed.joined(separator: " ")
            }
            return found(in: unwrapped) || found(in: unwrappedAtSpace)
        }
    }
}
