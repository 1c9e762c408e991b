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
            if let letter = PlainLetter.named(trimmed, on: screen) { return [letter.key] }
            return trimmed.isEmpty ? [.enter] : nil
        case .number(let count, let ticks, _):
            if let word = Word.named(trimmed, inField: false) { return [word.key] }
            if let letter = PlainLetter.named(trimmed, on: screen) { return [letter.key] }
            if trimmed.isEmpty { return [.enter] }
            guard let number = Int(FullWidth.toHalfWidth(trimmed)), (1...count).contains(number) else { return nil }
            let here = PlainScreen.highlightedRow(screen) ?? 0
            let target = number - 1
            let moves = Array(repeating: target > here ? Key.down : Key.up, count: abs(target - here))
            return moves + [ticks ? .character(" ") : .enter]
        }
    }

    /// An empty line on a list picks the highlighted row, as Enter does: said back, so a stray
    /// empty line never records an answer unheard (「1. エラーなく受け付けられた を選びました。」).
    public static func chosenEcho(for line: String, on screen: Screen, reply: PlainScreen.Reply) -> String? {
        guard case .number(_, false, let current) = reply, trimSpaces(line).isEmpty,
              let row = PlainScreen.highlightedRow(screen) else { return nil }
        let block = screen.body[PlainScreen.rows(screen)[row]]
        guard case .item(_, let text, _, _, _) = block else { return nil }
        let own = "\(current)."
        let rest = text.hasPrefix(own + " ") ? String(text.dropFirst(own.count + 1)) : text
        return PlainWords.chosen(own + " " + rest)
    }

    /// After a typed line (before its Enter): the field's limit when the reducer cut the line to it.
    /// The field then holds exactly `limit` characters and the screen says 「入力できるのは…」.
    public static func cutLimit(typed line: String, on screen: Screen) -> Int? {
        for block in screen.body {
            guard case .field(_, let value, _, _, _) = block else { continue }
            let limit = value.count
            let said = screen.warnings.contains { $0.text == Messages.reducer.tooLong(limit) }
            return said && line.count > limit ? limit : nil
        }
        return nil
    }

    /// The keys that empty the field again, so a cut line is not accepted by the next empty line.
    public static func clearField(on screen: Screen) -> [Key] {
        for block in screen.body {
            guard case .field(_, let value, _, _, _) = block else { continue }
            return [.end] + Array(repeating: Key.backspace, count: value.count)
        }
        return []
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
