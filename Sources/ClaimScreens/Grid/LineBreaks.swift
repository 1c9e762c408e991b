/// Where a paragraph may break, and how much each break would hurt. `TextWrap` breaks at the
/// mildest place that fills the line, so a unit (an ASCII word, a number with its unit, a date,
/// a time, a short bracketed phrase) moves to the next line whole, and breaks inside only when
/// it is longer than a whole line.
enum LineBreaks {
    /// How strongly the characters on both sides of a break hold together (weakest first).
    enum Hold: Int, Comparable, CaseIterable {
        /// Between two Japanese characters, at a space: break freely.
        case none
        /// Inside a phrase: a short bracketed phrase, a date with its weekday and time, a term
        /// such as 事務点検ASP.
        case phrase
        /// Kinsoku: before closing punctuation, after an opening bracket.
        case kinsoku
        /// Between the parts of a date or a range: 2026年 / 12月, 5〜 / 7日.
        case joint
        /// Inside a word or a number with its unit: I / Pv6, 2 / 4:00, 10 / 日.
        case word

        static func < (a: Hold, b: Hold) -> Bool { a.rawValue < b.rawValue }
    }

    static let noLineStart: Set<Character> = [
        "、", "。", "，", "．", "」", "』", "）", ")", "］", "]", "】", "〕", "〉", "》", "｝", "}",
        "！", "？", "!", "?", "；", ";", "ー", "・", "：", ":", ",", ".", "…", "‥", "々", "ゝ", "ゞ", "ヽ", "ヾ",
        "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ゎ",
        "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ", "ヮ", "ヵ", "ヶ", "%", "％",
    ]
    static let closerOf: [Character: Character] = [
        "(": ")", "（": "）", "[": "]", "［": "］", "「": "」", "『": "』", "【": "】", "〔": "〕",
        "〈": "〉", "《": "》", "{": "}", "｛": "｝",
    ]
    /// A bracketed phrase this wide or narrower stays on one line: 「[過ぎました]」「（任意）」「(日)」.
    static let shortPhraseWidth = 12
    /// A term that joins Japanese and an ASCII word (事務点検ASP, IPv6回線) stays whole up to this width.
    static let termWidth = 16
    /// Counters and units that belong to the number before them, longest first.
    static let units: [[Character]] = [
        "営業日", "か月", "ヶ月", "カ月", "か所", "時間", "日間", "週間", "年度", "分間", "文字", "番目", "日目",
        "年", "月", "日", "時", "分", "秒", "件", "桁", "回", "円", "点", "人", "枚", "歳", "週", "本", "台",
        "個", "度", "割", "倍", "号", "名", "番", "通", "%", "％",
    ].map { Array($0) }
    /// Words that belong to the number after them: 令和9年, 第3回.
    static let numberPrefixes: [[Character]] = ["令和", "平成", "第", "約"].map { Array($0) }
    static let rangeMarks: Set<Character> = ["〜", "～", "~"]
    static let wordConnectors: Set<Character> = ["-", ".", "_", "+", "/", ":", "@", "'", "&", "#", ","]
    static let weekdayMarks: Set<Character> = ["月", "火", "水", "木", "金", "土", "日", "祝", "・"]

    /// The sets above keyed by scalar (each member is one scalar), for the loops over every character: a
    /// Character hashes through its normalized text, a scalar as a number (issue 19: wrapping was 3.5 M
    /// of the first frame's instructions).
    private static let noLineStartScalars = Set(noLineStart.compactMap(\.onlyScalar))
    private static let closerOfScalar = Dictionary(uniqueKeysWithValues: closerOf.compactMap { key, closer in
        key.onlyScalar.map { ($0, closer) }
    })
    private static let rangeMarkScalars = Set(rangeMarks.compactMap(\.onlyScalar))
    private static let wordConnectorScalars = Set(wordConnectors.compactMap(\.onlyScalar))

    private static func closer(of character: Character) -> Character? {
        character.onlyScalar.flatMap { closerOfScalar[$0] }
    }

    /// `holds[i]` is how strongly a break between characters i-1 and i is resisted
    /// (`holds[0]` and `holds[count]` are never used).
    static func holds(_ text: [Character]) -> [Hold] {
        var holds = [Hold](repeating: .none, count: text.count + 1)
        func raise(_ position: Int, _ hold: Hold) {
            if position > 0, position < text.count, holds[position] < hold { holds[position] = hold }
        }

        // Kinsoku: nothing closing starts a line, nothing opening ends one.
        for (index, character) in text.enumerated() {
            guard let scalar = character.onlyScalar else { continue }
            if noLineStartScalars.contains(scalar) { raise(index, .kinsoku) }
            if closerOfScalar[scalar] != nil { raise(index + 1, .kinsoku) }
        }

        // Words and numbers, then what clings to them.
        let runs = wordRuns(text)
        for run in runs {
            for position in (run.range.lowerBound + 1)..<run.range.upperBound {
                let joint = run.joints.contains(position)
                raise(position, joint ? .joint : .word)
            }
            if run.hasLetter { holdTerm(around: run.range, in: text, raise) }
        }

        // Short bracketed phrases; a weekday sticks to the date before it and the time after it.
        for (open, character) in text.enumerated() {
            guard let closer = closer(of: character), let close = closingIndex(of: closer, from: open, in: text) else { continue }
            for position in (open + 1)...close { raise(position, .phrase) }
            let inside = text[(open + 1)..<close]
            guard !inside.isEmpty, inside.count <= 3, inside.allSatisfy(weekdayMarks.contains) else { continue }
            if runs.contains(where: { $0.range.upperBound == open && !$0.hasLetter }) { raise(open, .phrase) }
            if close + 2 < text.count, text[close + 1] == " ", runs.contains(where: { $0.range.lowerBound == close + 2 }) {
                raise(close + 1, .phrase)
                raise(close + 2, .phrase)
            }
        }

        // A date and the time after it: 12月12日 21:00.
        for (first, second) in zip(runs, runs.dropFirst())
        where !first.hasLetter && second.isTime && second.range.lowerBound == first.range.upperBound + 1
            && text[first.range.upperBound] == " " {
            raise(first.range.upperBound, .phrase)
            raise(second.range.lowerBound, .phrase)
        }
        return holds
    }

    /// An ASCII word or a number with its units, as one run of characters.
    struct WordRun {
        var range: Range<Int>
        var hasLetter: Bool
        var isTime: Bool
        /// Positions inside the run that join two parts (after 年 or a range mark) rather than
        /// cut a number or a word.
        var joints: Set<Int>
    }

    static func wordRuns(_ text: [Character]) -> [WordRun] {
        var runs: [WordRun] = []
        var index = 0
        while index < text.count {
            if let run = wordRun(at: index, in: text) {
                runs.append(run)
                index = run.range.upperBound
            } else {
                index += 1
            }
        }
        return runs
    }

    private static func wordRun(at start: Int, in text: [Character]) -> WordRun? {
        var index = start
        var joints: Set<Int> = []
        if !isWordCharacter(text[index]) {
            guard let prefix = numberPrefixes.first(where: { matches($0, at: index, in: text) }),
                  index + prefix.count < text.count, isDigit(text[index + prefix.count]) else { return nil }
            index += prefix.count
            joints.insert(index)
        }
        var hasLetter = false
        var isTime = false
        while true {
            // A word: letters and digits, joined by connectors that have a letter or digit after them.
            while index < text.count {
                if isWordCharacter(text[index]) {
                    if text[index].isLetter { hasLetter = true }
                    index += 1
                    continue
                }
                var end = index
                while end < text.count, text[end].onlyScalar.map(wordConnectorScalars.contains) == true { end += 1 }
                guard end > index, end < text.count, isWordCharacter(text[end]), index > start else { break }
                if text[index] == ":" { isTime = true }
                index = end
            }
            guard !hasLetter, index > start, isDigit(text[index - 1]) else { break }
            // A number: its unit, then more of the date or the range it starts.
            if let unit = units.first(where: { matches($0, at: index, in: text) }) {
                index += unit.count
                if index < text.count, isDigit(text[index]) { joints.insert(index); continue }
            }
            if index + 1 < text.count, text[index].onlyScalar.map(rangeMarkScalars.contains) == true, isDigit(text[index + 1]) {
                joints.insert(index)
                joints.insert(index + 1)
                index += 1
                continue
            }
            break
        }
        guard index > start else { return nil }
        return WordRun(range: start..<index, hasLetter: hasLetter, isTime: isTime, joints: joints)
    }

    /// Japanese written against an ASCII word, with no space, forms one term with it.
    private static func holdTerm(around word: Range<Int>, in text: [Character], _ raise: (Int, Hold) -> Void) {
        var lower = word.lowerBound
        while lower > 0, isKanjiOrKatakana(text[lower - 1]) { lower -= 1 }
        var upper = word.upperBound
        while upper < text.count, isKanjiOrKatakana(text[upper]) { upper += 1 }
        guard lower < word.lowerBound || upper > word.upperBound else { return }
        guard DisplayWidth.of(String(text[lower..<upper])) <= termWidth else { return }
        for position in (lower + 1)..<upper { raise(position, .phrase) }
    }

    private static func closingIndex(of closer: Character, from open: Int, in text: [Character]) -> Int? {
        var width = DisplayWidth.of(text[open])
        var index = open + 1
        while index < text.count {
            width += DisplayWidth.of(text[index])
            if width > shortPhraseWidth || text[index] == text[open] { return nil }
            if text[index] == closer { return index }
            index += 1
        }
        return nil
    }

    private static func matches(_ word: [Character], at index: Int, in text: [Character]) -> Bool {
        guard index + word.count <= text.count else { return false }
        // Compared in place, scalar by scalar (every unit and prefix is one scalar a character): a slice
        // copied for each try was most of the cost once, and comparing Characters of Japanese text goes
        // through the standard library's normalizing comparison (issue 19: a seventh of the tape suite).
        for (offset, character) in word.enumerated() {
            guard let expected = character.onlyScalar, text[index + offset].onlyScalar == expected else { return false }
        }
        return true
    }

    /// 0–9 and their full-width forms (０–９), each one scalar; compared as numbers, not as Characters.
    static func isDigit(_ character: Character) -> Bool {
        guard let value = character.onlyScalar?.value else { return false }
        return (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value)
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        (character.isASCII && (character.isLetter || character.isNumber)) || isDigit(character)
    }

    static func isKanjiOrKatakana(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x3005, 0x30A1...0x30FA, 0x30FC, 0xFF66...0xFF9F:
            return true
        default:
            return false
        }
    }
}

extension Character {
    /// The character's scalar when it is exactly one.
    var onlyScalar: Unicode.Scalar? {
        let scalars = unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return first
    }
}
