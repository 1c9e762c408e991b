import ClaimFlow

/// A Screen as plain lines for `seikyu --plain` (issue 18): no cursor addressing, no colour, no
/// layout, so it reads the same through a pipe, a serial line or a screen reader. Pure: the same
/// Screen the full-screen mode draws, written out in reading order.
public enum PlainScreen {
    /// What the clerk answers on a screen, worked out from the screen itself.
    public enum Reply: Equatable, Sendable {
        /// A highlighted list: a number picks (or, with `ticks`, ticks or unticks) that row; an
        /// empty line is Enter on the highlighted row, `current` (from 1).
        case number(count: Int, ticks: Bool, current: Int)
        /// A text field takes the line (a secret one is read without echo and never printed).
        case text(secret: Bool)
        /// Nothing to pick or type: an empty line goes on.
        case goOn
    }

    /// The screen's list rows in order; numbered only when one of them is highlighted (a list the
    /// arrows move through), so a confirm step's answer lines stay a plain list.
    static func rows(_ screen: Screen) -> [Int] {
        screen.body.indices.filter { if case .item = screen.body[$0] { return true } else { return false } }
    }

    public static func reply(to screen: Screen, typing: Bool, secret: Bool) -> Reply {
        if typing { return .text(secret: secret) }
        let rows = rows(screen)
        guard let current = rows.firstIndex(where: { isSelected(screen.body[$0]) }) else { return .goOn }
        // The checklist's Space (tick) is the one list key that keeps the clerk on the step.
        return .number(count: rows.count, ticks: screen.hints.contains { $0.key == "Space" }, current: current + 1)
    }

    /// Row index (from 0) of the highlighted list row, if any.
    static func highlightedRow(_ screen: Screen) -> Int? {
        rows(screen).firstIndex { isSelected(screen.body[$0]) }
    }

    static func isSelected(_ block: Block) -> Bool {
        if case .item(_, _, let selected, _, _) = block { return selected }
        return false
    }

    /// The whole screen: where you are, the heading, the body, warnings as 注意 lines, what to type.
    /// `secret`: the field's value is left out, not even masked.
    public static func lines(_ screen: Screen, typing: Bool = false, secret: Bool = false) -> [String] {
        var lines = [screen.place, "【\(screen.heading)】"]
        lines += bodyLines(screen, typing: typing, secret: secret)
        lines += warningLines(screen.warnings)
        lines.append(PlainWords.choices(reply(to: screen, typing: typing, secret: secret), letters: typing ? [] : PlainLetter.offered(on: screen)))
        return printable(lines)
    }

    /// No control character reaches the output, whatever a text holds: plain mode must never move
    /// a cursor or change a colour, even with an escape sequence saved in an answer.
    static func printable(_ lines: [String]) -> [String] {
        lines.map { line in
            String(String.UnicodeScalarView(line.unicodeScalars.filter { $0.properties.generalCategory != .control }))
        }
    }

    /// The body in reading order: every list row with its state and detail, every field with its text.
    public static func bodyLines(_ screen: Screen, typing: Bool = false, secret: Bool = false) -> [String] {
        let numbered = rows(screen).contains { isSelected(screen.body[$0]) }
        var number = 0
        var lines: [String] = []
        for block in plainHelp(screen.body) {
            switch block {
            case .blank:
                if lines.last?.isEmpty == false { lines.append("") }
            case .paragraph(let text, _):
                lines += PlainWords.plainSentences(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            case .spans(let spans):
                // The ID entry's character cells: nothing of a secret is read out.
                if !secret { lines.append(spans.map(\.text).joined()) }
            case .item(let marker, let text, _, _, let detail):
                number += 1
                lines.append(itemLine(number: numbered ? number : nil, marker: marker, text: text))
                if let detail, !detail.isEmpty { lines.append("    " + detail) }
            case .field(let label, let value, let note, _, _):
                if secret {
                    lines.append(label)
                } else {
                    lines.append(label + ": " + (value.isEmpty ? PlainWords.emptyField : value))
                }
                if let note, !secret { lines.append("    " + note) }
            }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// `3. [x] 項目`: the number to type, then the row's own mark (a choice's text already starts
    /// with its number, a menu's mark is the number: neither is said twice).
    static func itemLine(number: Int?, marker: String, text: String) -> String {
        guard let number else { return marker + " " + text }
        let own = "\(number)."
        var rest = text.hasPrefix(own + " ") ? String(text.dropFirst(own.count + 1)) : text
        let mark = String(marker.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        if mark != own, !mark.isEmpty { rest = mark + " " + rest }
        return own + " " + rest
    }

    /// Warnings and errors as 「注意:」 lines; a notice that only informs ("…を記録しました。") as it is.
    public static func warningLines(_ warnings: [Warning]) -> [String] {
        warnings.map {
            let text = PlainWords.plainSentences($0.text)
            return $0.role == .warning || $0.role == .error ? PlainWords.warningPrefix + text : text
        }
    }

    /// The help screen's key list (F2, F10, Ctrl+L …) swapped for the words plain mode takes.
    static func plainHelp(_ body: [Block]) -> [Block] {
        let keys = Messages.screen.helpKeys.map { Block.paragraph($0) }
        guard let start = body.indices.first(where: { body[$0...].starts(with: keys) }) else { return body }
        return Array(body[..<start]) + PlainWords.helpWords.map { Block.paragraph($0) } + Array(body[(start + keys.count)...])
    }

    /// What to print after a line was read: the whole screen when another one opened, otherwise
    /// only the rows that changed and the warnings that are new; nothing when nothing changed.
    public static func update(from old: Screen?, to new: Screen, typing: Bool = false, secret: Bool = false) -> [String] {
        guard let old, old.place == new.place, old.heading == new.heading else {
            return lines(new, typing: typing, secret: secret)
        }
        let before = Set(bodyLines(old, typing: typing, secret: secret))
        var changed = bodyLines(new, typing: typing, secret: secret).filter { !$0.isEmpty && !before.contains($0) }
        let oldWarnings = Set(old.warnings.map(\.text))
        changed += warningLines(new.warnings.filter { !oldWarnings.contains($0.text) })
        return printable(changed)
    }
}
