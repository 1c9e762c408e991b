import ArgumentParser
import ClaimScreens
import FoundationEssentials
import Glibc

/// What the command line answers when parsing stops (a help request, a usage error, an exit
/// code a command threw): the text in Japanese, where it goes and the exit status (design.md
/// §3: 0 ok, 1 failure, 2 usage). Everything is asked of swift-argument-parser's own API
/// (`exitCode(for:)`, `message(for:)`, `fullMessage(for:columns:)`); nothing re-parses argv.
struct CommandLineReply {
    var text: String
    var toStandardError: Bool
    var status: Int32

    /// `width`: the terminal's columns; help is laid out by display width, as the screens are
    /// (the library counts characters, so its Japanese lines would run twice too long).
    init<Root: ParsableCommand>(for error: Error, of root: Root.Type, width: Int) {
        let code = root.exitCode(for: error)
        // No wrapping by the library: lines are wrapped below, by display width.
        let full = root.fullMessage(for: error, columns: Self.unwrapped)
        if code == .success {
            text = CommandLineWords.isHelpScreen(full) ? Self.layout(CommandLineWords.help(full), width: width) : full
            toStandardError = false
            status = ExitStatus.ok
            return
        }
        toStandardError = true
        let message = root.message(for: error)
        var rest = full
        if !message.isEmpty, let range = full.firstRange(of: message) {
            rest = String(full[range.upperBound...]).trimmingPrefix("\n")
        }
        let said = message.isEmpty ? "" : CommandLineWords.errorLabel + CommandLineWords.error(message)
        let usage = Self.layout(CommandLineWords.usage(rest), width: width)
        text = [said, usage].filter { !$0.isEmpty }.joined(separator: "\n")
        status = code == .validationFailure ? ExitStatus.usage : code.rawValue
    }

    static let unwrapped = 10_000

    /// Lines longer than `width` wrapped by display width; an option's or a subcommand's
    /// description continues under itself (the column after the label's run of spaces).
    static func layout(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let line = String(line)
            guard DisplayWidth.of(line) > width else { return [line] }
            if line.hasPrefix(CommandLineWords.usageLabel) { return usageLines(line, width: width) }
            let indent = descriptionColumn(line)
            let lead = String(line.prefix(indent))
            let body = String(line.dropFirst(indent))
            let pad = lead.trimmingSpaces.isEmpty ? lead : String(repeating: " ", count: DisplayWidth.of(lead))
            let lines = TextWrap.wrap(body, width: max(width - DisplayWidth.of(lead), 20))
            return lines.enumerated().map { ($0.offset == 0 ? lead : pad) + $0.element }
        }.joined(separator: "\n")
    }

    /// A usage line broken between its words, never inside `[--assets <assets>]`; the rest
    /// continues under the first word after the label.
    private static func usageLines(_ line: String, width: Int) -> [String] {
        let pad = String(repeating: " ", count: DisplayWidth.of(CommandLineWords.usageLabel))
        var words: [String] = []
        var word = "", depth = 0
        for character in line.dropFirst(CommandLineWords.usageLabel.count) {
            if character == " ", depth == 0 {
                if !word.isEmpty { words.append(word) }
                word = ""
                continue
            }
            if "[<".contains(character) { depth += 1 }
            if "]>".contains(character) { depth = max(depth - 1, 0) }
            word.append(character)
        }
        if !word.isEmpty { words.append(word) }
        var lines = [CommandLineWords.usageLabel]
        for word in words {
            let current = lines[lines.count - 1]
            let blank = current == CommandLineWords.usageLabel || current == pad
            if !blank, DisplayWidth.of(current) + 1 + DisplayWidth.of(word) > width {
                lines.append(pad + word)
            } else {
                lines[lines.count - 1] = current + (blank ? "" : " ") + word
            }
        }
        return lines
    }

    /// Where the text of a line starts: after an indented label and its two or more spaces,
    /// after a label such as 「ヘルプ: 」, else after the leading spaces.
    private static func descriptionColumn(_ line: String) -> Int {
        let characters = Array(line)
        let leading = characters.prefix { $0 == " " }.count
        if leading == 0, let label = CommandLineWords.lineLabels.first(where: line.hasPrefix) { return label.count }
        guard leading > 0, let labelEnd = characters[leading...].indices.first(where: { index in
            index + 1 < characters.count && characters[index] == " " && characters[index + 1] == " "
        }) else { return leading }
        let textStart = characters[labelEnd...].firstIndex { $0 != " " } ?? labelEnd
        return textStart
    }

    func write() {
        guard !text.isEmpty else { return }
        (toStandardError ? StandardStream.error : StandardStream.output).write(text + "\n")
    }

    /// The terminal's width when standard output is one, else 80 (the program's floor).
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 { return Int(size.ws_col) }
        return 80
    }
}

private extension String {
    func trimmingPrefix(_ prefix: Character) -> String { String(drop { $0 == prefix }) }
}
