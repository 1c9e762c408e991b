/// Breaks text into lines of at most `width` columns, measuring each character. Japanese breaks
/// between any two characters, but not before closing punctuation nor after an opening bracket
/// (禁則); a word, a number with its unit, a date, a time and a short bracketed phrase move to the
/// next line whole (`LineBreaks`), and break inside only when longer than a whole line.
public enum TextWrap {
    static var noLineStart: Set<Character> { LineBreaks.noLineStart }

    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 1 else { return text.isEmpty ? [""] : text.map(String.init) }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let whole = String(paragraph)
            // A paragraph that fits is its own line: no places to break need weighing (issue 19: most
            // paragraphs of a frame fit, and weighing them was most of the first frame's wrapping).
            if DisplayWidth.of(whole) <= width {
                lines.append(whole)
            } else {
                lines.append(contentsOf: wrapParagraph(Array(paragraph), width: width))
            }
        }
        return lines
    }

    private static func wrapParagraph(_ text: [Character], width: Int) -> [String] {
        let holds = LineBreaks.holds(text)
        var lines: [String] = []
        var start = 0
        repeat {
            // The most that fits (a character is at most 2 columns, so at least one always does).
            var end = start
            var used = 0
            while end < text.count, used + DisplayWidth.of(text[end]) <= width {
                used += DisplayWidth.of(text[end])
                end += 1
            }
            if end == text.count {
                lines.append(String(appending: text[start..<end]))
                break
            }
            // Break at the last place that holds least: a unit goes down whole if it fits a line.
            let candidates = (start + 1)...end
            let mildest = LineBreaks.Hold.allCases.first { hold in candidates.contains { holds[$0] <= hold } } ?? .word
            let cut = candidates.last { holds[$0] <= mildest } ?? end
            var line = text[start..<cut]
            // A space at a break is dropped, not carried to either line.
            while line.count > 1, line.last == " " { line.removeLast() }
            lines.append(String(appending: line))
            start = cut
            while start < text.count, text[start] == " " { start += 1 }
        } while start < text.count
        return lines
    }
}
