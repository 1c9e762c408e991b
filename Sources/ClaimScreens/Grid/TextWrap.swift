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
                if noLineStart.contains(character), line.count > 1 {
                    // Pull characters down until the new line does not start with punctuation
                    // ("日）。" moves as a whole), keeping at least one on this line.
                    repeat {
                        carry.insert(line.removeLast(), at: 0)
                    } while noLineStart.contains(carry[0]) && line.count > 1 && carry.count < 4
                } else if !character.isASCII, let last = line.last, last.isASCII, last.isNumber {
                    // A number stays with its unit: "2日", "10桁", not "2" / "日".
                    let start = (line.lastIndex { !($0.isASCII && ($0.isNumber || $0 == ":" || $0 == ",")) } ?? -1) + 1
                    if start > 0, line.count - start < width / 2 {
                        carry = Array(line[start...])
                        line.removeSubrange(start...)
                    }
                } else if character.isASCII, character != " " {
                    // Keep an ASCII word whole: carry only its start, never the Japanese before it.
                    let wordStart = (line.lastIndex { !$0.isASCII || $0 == " " } ?? -1) + 1
                    if wordStart > 0, line.count - wordStart < width / 2 {
                        carry = Array(line[wordStart...])
                        line.removeSubrange((line[wordStart - 1] == " " ? wordStart - 1 : wordStart)...)
                    }
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
