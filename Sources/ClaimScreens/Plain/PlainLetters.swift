import ClaimFlow

/// A screen's own letter keys (a 追加, p 延期, m 相談メモ …) and the calendar's months, as lines
/// plain mode takes (issue 18): what the key hints and the key guide offer, typed as the letter or
/// as the Japanese word shown beside it. Pure: read from the Screen, so a new letter needs no table.
public struct PlainLetter: Equatable, Sendable {
    /// What the 「入力:」 line shows, e.g. `a（追加）`.
    public var shown: String
    /// Lines that mean this key (compared half-width and lower-cased).
    public var words: [String]
    public var key: Key

    /// The letter keys the screen offers outside a text field, hints first, then its key guide.
    public static func offered(on screen: Screen) -> [PlainLetter] {
        var letters: [PlainLetter] = []
        func add(_ letter: String, _ label: String) {
            guard isLetterKey(letter) else { return }
            let words = phraseWords(label)
            if let at = letters.firstIndex(where: { $0.key == .character(Character(letter)) }) {
                letters[at].words += words.filter { !letters[at].words.contains($0) }
            } else {
                letters.append(PlainLetter(shown: "\(letter)（\(label)）", words: [letter] + words, key: .character(Character(letter))))
            }
        }
        for hint in screen.hints {
            if hint.key == monthsKey { letters += months; continue }
            for key in hint.key.split(separator: "/").map(String.init) { add(key, hint.label) }
        }
        // The key guide ("a 追加する  p 延期する …", dim under the rule) names letters some hints leave out.
        for case .paragraph(let text, .dim) in screen.body {
            for entry in text.split(whereSeparator: { $0 == "\n" }).flatMap({ $0.split(separator: "  ") }) {
                let parts = String(entry).trimmingASCIISpaces.split(separator: " ", maxSplits: 1).map(String.init)
                if parts.count == 2 { add(parts[0], parts[1]) }
            }
        }
        return letters
    }

    /// The letter `typed` means on `screen`, if any.
    public static func named(_ typed: String, on screen: Screen) -> PlainLetter? {
        let word = FullWidth.toHalfWidth(typed).lowercased()
        guard !word.isEmpty else { return nil }
        return offered(on: screen).first { $0.words.contains(word) }
    }

    /// The calendar's 左右 (月を変える), said as words.
    static let monthsKey = "左右"
    static let months = [PlainLetter(shown: "前の月", words: ["前の月", "前", "左", "<"], key: .left),
                         PlainLetter(shown: "次の月", words: ["次の月", "次", "右", ">"], key: .right)]

    /// One lower-case ASCII letter that is not already a word every screen takes (q 終了, b 戻る, h ヘルプ).
    static func isLetterKey(_ key: String) -> Bool {
        guard key.count == 1, let scalar = key.unicodeScalars.first, ("a"..."z").contains(scalar) else { return false }
        return PlainInput.Word.named(key, inField: false) == nil
    }

    /// 「日付を直す」 is also typed 日付, 「追加する」 追加: the phrase and its noun.
    static func phraseWords(_ phrase: String) -> [String] {
        var words = [phrase]
        if let object = phrase.firstIndex(of: "を") { words.append(String(phrase[..<object])) }
        if phrase.hasSuffix("する"), phrase.count > 2 { words.append(String(phrase.dropLast(2))) }
        return words.filter { !$0.isEmpty }.map { $0.lowercased() }
    }
}

extension String {
    var trimmingASCIISpaces: String {
        var characters = Substring(self)
        while characters.first == " " { characters.removeFirst() }
        while characters.last == " " { characters.removeLast() }
        return String(characters)
    }
}
