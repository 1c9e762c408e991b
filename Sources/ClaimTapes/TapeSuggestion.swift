import ClaimScreens

/// "did you mean Enter?" — only when the word is close to one name, so a wrong guess never
/// sends the author the wrong way (`Entr` → `Enter`; `Xy` → nothing).
enum TapeSuggestion {
    static let commandWords = [
        "Type", "Expect", "ExpectNot", "Wait", "Sleep", "Resize", "Snapshot", "Output", "Restart", "Set", "Env",
        "Hide", "Show", "Source", "Require", "Caption",
    ]

    static func nearest(to word: String, among names: [String]? = nil) -> String? {
        let candidates = names ?? (commandWords + KeyNames.allNames.filter { $0 != "Ctrl+X" })
        let scored = candidates.map { ($0, KeyNames.distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else { return nil }
        // One slip in a short word, two in a long one; never more than a third of the word.
        let allowed = word.count <= 4 ? 1 : 2
        guard best.1 <= allowed, best.1 * 3 <= max(word.count, best.0.count) else { return nil }
        return best.0
    }
}
