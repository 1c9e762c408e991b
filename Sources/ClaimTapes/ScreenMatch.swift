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
            func found(in screen: String?) -> Bool { screen.map { Self.find(text, in: $0) } ?? false }
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

        /// Whether `text` is in `screen`, whole Characters only: its UTF-8 bytes are looked for, and a place
        /// counts where it starts and ends between two Characters (so "e" is not found inside "é" written
        /// with a combining accent). The standard library's `firstRange(of:)` compared Character by
        /// Character, 12 % of the shipped suite's instructions (issue 19); Foundation's went through NSString.
        static func find(_ text: String, in screen: String) -> Bool {
            if text.isEmpty { return true }
            let needle = Array(text.utf8), bytes = Array(screen.utf8)
            return bytes.withUnsafeBufferPointer { haystack in
                needle.withUnsafeBufferPointer { pin in
                    var start = 0
                    while start + pin.count <= haystack.count {
                        var matched = 0
                        while matched < pin.count, haystack[start + matched] == pin[matched] { matched += 1 }
                        if matched == pin.count, isCharacterBoundary(start, in: screen),
                           isCharacterBoundary(start + pin.count, in: screen) {
                            return true
                        }
                        start += 1
                    }
                    return false
                }
            }
        }

        private static func isCharacterBoundary(_ offset: Int, in screen: String) -> Bool {
            screen.utf8.index(screen.utf8.startIndex, offsetBy: offset).samePosition(in: screen) != nil
        }
    }
}
