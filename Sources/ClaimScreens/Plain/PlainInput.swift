import ClaimFlow

/// A line typed in plain mode, turned into the keys the full-screen mode would get (issue 18), so
/// both modes run the same reducer and leave the same saved state. Pure.
public enum PlainInput {
    /// The words every screen takes (the Japanese one and ASCII aliases, lower-cased).
    public enum Word: CaseIterable, Sendable {
        case back, help, menu, quit

        var key: Key {
            switch self {
            case .back: return .escape
            case .help: return .function(1)
            case .menu: return .function(2)
            case .quit: return .function(10)
            }
        }

        /// The Japanese word: also taken inside a field (no identifier is typed in kana).
        var japanese: [String] {
            switch self {
            case .back: return ["戻る", "もどる"]
            case .help: return ["ヘルプ", "へるぷ"]
            case .menu: return ["メニュー", "めにゅー"]
            case .quit: return ["終了", "しゅうりょう"]
            }
        }

        /// Outside fields only: inside one, "q" or "help" may be what is meant.
        var ascii: [String] {
            switch self {
            case .back: return ["back", "b"]
            case .help: return ["help", "h", "?"]
            case .menu: return ["menu"]
            case .quit: return ["quit", "exit", "q"]
            }
        }

        static func named(_ typed: String, inField: Bool) -> Word? {
            let word = FullWidth.toHalfWidth(typed).lowercased()
            return allCases.first { $0.japanese.contains(word) || (!inField && $0.ascii.contains(word)) }
        }
    }

    /// The keys for `line` on `screen`, or nil when the line is no answer here (say `PlainWords.refusal`).
    public static func keys(for line: String, on screen: Screen, reply: PlainScreen.Reply) -> [Key]? {
        let trimmed = trimSpaces(line)
        switch reply {
        case .text:
            if let word = Word.named(trimmed, inField: true) { return [word.key] }
            if line.isEmpty { return [.enter] }
            return replaceField(on: screen, with: line) + [.enter]
        case .goOn:
            if let word = Word.named(trimmed, inField: false) { return [word.key] }
            return trimmed.isEmpty ? [.enter] : nil
        case .number(let count, let ticks, _):
            if let word = Word.named(trimmed, inField: false) { return [word.key] }
            if trimmed.isEmpty { return [.enter] }
            guard let number = Int(FullWidth.toHalfWidth(trimmed)), (1...count).contains(number) else { return nil }
            let here = PlainScreen.highlightedRow(screen) ?? 0
            let target = number - 1
            let moves = Array(repeating: target > here ? Key.down : Key.up, count: abs(target - here))
            return moves + [ticks ? .character(" ") : .enter]
        }
    }

    /// The keys that leave exactly `text` in the field: an earlier answer that typing replaces is
    /// simply typed over; otherwise what is there is erased first.
    static func replaceField(on screen: Screen, with text: String) -> [Key] {
        for block in screen.body {
            guard case .field(_, let value, _, _, let replacing) = block else { continue }
            let erase = replacing || value.isEmpty ? [] : [Key.end] + Array(repeating: Key.backspace, count: value.count)
            return erase + text.map(Key.character)
        }
        return text.map(Key.character)
    }
}

/// Spaces around a typed word or number (an IME's full-width one too) do not count.
private func trimSpaces(_ text: String) -> String {
    let spaces: Set<Character> = [" ", "\u{3000}", "\t", "\r"]
    var characters = Substring(text)
    while let first = characters.first, spaces.contains(first) { characters.removeFirst() }
    while let last = characters.last, spaces.contains(last) { characters.removeLast() }
    return String(characters)
}
