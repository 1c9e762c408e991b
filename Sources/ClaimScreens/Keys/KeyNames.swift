/// Key names as tapes write them (design.md §4, VHS-style), with "did you mean" for typos.
public enum KeyNames {
    static let named: [String: Key] = [
        "Enter": .enter, "Tab": .tab, "Space": .character(" "), "Backspace": .backspace,
        "Delete": .delete, "Escape": .escape, "Esc": .escape, "Up": .up, "Down": .down,
        "Left": .left, "Right": .right, "Home": .home, "End": .end, "PageUp": .pageUp,
        "PageDown": .pageDown, "Shift+Tab": .backTab,
    ]

    /// Every name a tape may use as a key command.
    public static var allNames: [String] {
        Array(named.keys) + (1...12).map { "F\($0)" } + ["Ctrl+X"]
    }

    /// `Enter`, `F10`, `Ctrl+C` → a key; nil when the name is unknown.
    public static func key(named name: String) -> Key? {
        if let key = named[name] { return key }
        if name.hasPrefix("F"), let n = Int(name.dropFirst()), (1...12).contains(n) { return .function(n) }
        if name.hasPrefix("Ctrl+"), name.count == 6, let c = name.last, c.isASCII, c.isLetter {
            return .control(Character(c.lowercased()))
        }
        return nil
    }

    /// The nearest valid name, for "did you mean Enter".
    public static func suggestion(for name: String) -> String? {
        let candidates = Array(named.keys) + (1...12).map { "F\($0)" }
        let scored = candidates.map { ($0, distance(name.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }),
              best.1 <= max(2, name.count / 3) else { return nil }
        return best.0
    }

    /// Levenshtein distance.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1,
                                 previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
