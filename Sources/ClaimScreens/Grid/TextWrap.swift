/// Breaks text into lines of at most `width` columns, measuring each character. Japanese breaks
/// between any two characters, but not before closing punctuation (禁則); ASCII words stay whole
/// when they fit on a line of their own.
public enum TextWrap {
    static let noLineStart: Set<Character> = ["、", "。", "，", "．", "」", "』", "）", ")", "！", "？", "ー", "・", "：", ":", ",", ".", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ッ", "ャ", "ュ", "ョ"]

    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 1 else { return text.isEmpty ? [""] : text.map(String.init) }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(String(paragraph), width: width))
        }
        return lines
    }

    private static func wrapParagraph(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line: [Character] = []
        var lineWidth = 0
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let w = DisplayWidth.of(character)
            if lineWidth + w > width {
                var carry: [Character] = []
                if noLineStart.contains(character), let last = line.last, line.count > 1 {
                    // Pull the previous character down so punctuation never starts a line.
                    carry = [last]
                    line.removeLast()
                } else if character.isASCII, character != " ", let space = line.lastIndex(of: " "), space > 0 {
                    // Keep an ASCII word whole by breaking at the last space.
                    carry = Array(line[(space + 1)...])
                    line.removeSubrange(space...)
                }
                lines.append(String(line))
                line = carry
                lineWidth = carry.reduce(0) { $0 + DisplayWidth.of($1) }
                if character == " " && line.isEmpty { index += 1; continue }
            }
            line.append(character)
            lineWidth += w
            index += 1
        }
        lines.append(String(line))
        return lines
    }
}
