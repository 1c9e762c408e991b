import ClaimScreens
import FoundationEssentials

/// The words swift-argument-parser writes into help screens and parse errors, in Japanese
/// (issue 15, 11). The library (1.8) renders these from fixed English templates
/// (HelpGenerator, ErrorMessageGenerator) and has no catalog to replace them; the program asks
/// it for its own texts (`helpMessage`, `message(for:)`, `fullMessage(for:)`) and puts each
/// template it knows into Japanese here. Option names, `<placeholders>` and command names stay
/// as typed. A library sentence that matches no template is never shown bare: the clerk reads a
/// Japanese sentence, with the original kept under it for whoever supports them.
enum CommandLineWords {
    // MARK: Help screens

    /// A help screen as the library renders it, in Japanese.
    static func help(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { helpLine(String($0)) }.joined(separator: "\n")
    }

    /// Whether the library's text is a help screen (a completion script or a JSON dump is not).
    static func isHelpScreen(_ text: String) -> Bool {
        text.hasPrefix("OVERVIEW: ") || text.hasPrefix("USAGE: ")
    }

    private static let headings: [String: String] = [
        "ARGUMENTS:": "引数:",
        "OPTIONS:": "オプション:",
        "SUBCOMMANDS:": "サブコマンド:",
    ]

    /// Phrases inside a line: the help flag, and the values/default notes after an option's help.
    private static let phrases: [(String, String)] = [
        ("Show help information.", "このヘルプを表示します。"),
        ("Show the version.", "バージョンを表示します。"),
        ("(default as flag: ", "(値を付けないとき: "),
        ("; default as flag: ", "、値を付けないとき: "),
        ("(values: ", "(指定できる値: "),
        ("; default: ", "、省略時: "),
        ("(default: ", "(省略時: "),
    ]

    private static func helpLine(_ line: String) -> String {
        if let heading = headings[line] { return heading }
        if let rest = line.dropping(prefix: "OVERVIEW: ") { return overviewLabel + rest }
        if let rest = line.dropping(prefix: "USAGE: ") { return usageLabel + rest.replacingAll("<subcommand>", with: "<サブコマンド>") }
        if line.hasSuffix(" SUBCOMMANDS:") { return "サブコマンド（" + line.dropLast(" SUBCOMMANDS:".count) + "）:" }
        if let names = fill(line, "  See '{}<subcommand>' for detailed help.")?.first {
            return "  サブコマンドの説明は '\(names)<サブコマンド>' で表示します。"
        }
        var line = line
        // The default subcommand's mark, padded so the descriptions stay in their column.
        if let range = line.firstRange(of: " (default)") {
            let wider = DisplayWidth.of(" (default)") - DisplayWidth.of(" (既定)")
            let followedBySpaces = line[range.upperBound...].hasPrefix("  ")
            line.replaceSubrange(range, with: " (既定)" + (followedBySpaces ? String(repeating: " ", count: wider) : ""))
        }
        for (english, japanese) in phrases {
            line = line.replacingAll(english, with: japanese)
        }
        return line
    }

    // MARK: Errors

    /// The library's sentence for a parse error, in Japanese; a sentence the program wrote
    /// itself (a `ValidationError`, already Japanese) is kept as it is.
    static func error(_ message: String) -> String {
        if let whole = valueError(message) { return whole }
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { errorLine(String($0)) }
        let translated = lines.joined(separator: "\n")
        guard translated.containsJapanese || translated.isEmpty else {
            return "コマンドの指定を読み取れませんでした。\n（元の文: \(message)）"
        }
        return translated
    }

    /// One-line templates of ErrorMessageGenerator, `{}` for what the library fills in.
    private static let errorTemplates: [(String, @Sendable ([String]) -> String)] = [
        ("Unexpected argument '{}'", { "余分な引数 '\($0[0])' があります。" }),
        ("{} unexpected arguments: {}", { "余分な引数が \($0[0]) つあります: \($0[1].japaneseList)" }),
        ("Unknown option '{}'. Did you mean '{}'?", { "'\($0[0])' というオプションはありません。'\($0[1])' のことですか。" }),
        ("Unknown option '{}'", { "'\($0[0])' というオプションはありません。" }),
        ("   or: Missing value for '{}' in '{}'", { "   または: '\($0[1])' の中の '\($0[0])' に値がありません。" }),
        ("Missing value for '{}'", { "'\($0[0])' の値を指定してください。" }),
        ("Missing expected argument '{}'", { "'\($0[0])' を指定してください。" }),
        ("Missing one of: {}", { "次のどれかを指定してください: \($0[0].japaneseList)" }),
        ("The option '{}' does not take any value, but '{}' was specified.",
         { "オプション '\($0[0])' には値を付けません（'\($0[1])' が付いています）。" }),
        ("Missing required subcommand.", { _ in "サブコマンドを指定してください。" }),
        ("Invalid option: {}", { "オプション \($0[0]) は使えません。" }),
        ("Value to be set with {} had already been set with {}", { _ in "同じものを2回指定しています。1回にしてください。" }),
    ]

    private static func errorLine(_ line: String) -> String {
        for (template, say) in errorTemplates {
            if let parts = fill(line, template) { return say(parts) }
        }
        return line
    }

    /// "The value 'x' is invalid for '--kind <kind>'" and what follows it: the library's own
    /// reason, or the values it accepts (in one line, or as a list).
    private static func valueError(_ message: String) -> String? {
        let value: String, target: String?, tail: String
        if let parts = fill(message, "The value '{}' is invalid for '{}'{}") {
            (value, target, tail) = (parts[0], parts[1], parts[2])
        } else if let parts = fill(message, "The value '{}' is invalid.{}") {
            (value, target, tail) = (parts[0], nil, parts[1])
        } else {
            return nil
        }
        let head = target.map { "'\($0)' に '\(value)' は使えません。" } ?? "'\(value)' は使えません。"
        if let list = tail.dropping(prefix: ". Please provide one of the following:\n") {
            return head + "\n指定できるのは次のどれかです:\n" + list
        }
        if let list = fill(tail, ". Please provide one of {}.")?.first {
            return head + "指定できるのは \(list.japaneseList) です。"
        }
        if let reason = tail.dropping(prefix: ": ") {
            return head + (reason.containsJapanese ? reason : "（\(reason)）")
        }
        return head
    }

    // MARK: The usage under an error

    /// The lines the library puts under an error: its help line, the usage, where to read more.
    static func usage(_ text: String) -> String {
        if isHelpScreen(text.trimmingLeadingNewlines) { return help(text) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let line = String(line)
            if let rest = line.dropping(prefix: "Help:  ") { return helpLabel + rest }
            if let rest = line.dropping(prefix: "Usage: ") { return usageLabel + rest.replacingAll("<subcommand>", with: "<サブコマンド>") }
            if let command = fill(line, "  See '{}' for more information.")?.first {
                return "  くわしくは '\(command)' を見てください。"
            }
            return help(line)
        }.joined(separator: "\n")
    }

    static let usageLabel = "使い方: "

    static let helpLabel = "ヘルプ: "
    static let overviewLabel = "概要: "
    /// Labels a wrapped line continues under.
    static let lineLabels = [helpLabel, overviewLabel]

    /// The label in front of an error.
    static let errorLabel = "エラー: "

    // MARK: Matching

    /// The parts a template's `{}` stand for, or nil when `text` does not have its shape. Each
    /// `{}` takes the shortest text up to the next literal part; the last literal must end it.
    static func fill(_ text: String, _ template: String) -> [String]? {
        let literals = template.components(separatedBy: "{}")
        guard let first = literals.first, text.hasPrefix(first) else { return nil }
        var rest = text.dropFirst(first.count)
        var parts: [String] = []
        for (index, literal) in literals.enumerated().dropFirst() {
            if index == literals.count - 1 {
                guard rest.hasSuffix(literal), rest.count >= literal.count else { return nil }
                parts.append(String(rest.dropLast(literal.count)))
                return parts
            }
            guard !literal.isEmpty, let range = rest.firstRange(of: literal) else { return nil }
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        return rest.isEmpty ? parts : nil
    }
}

private extension String {
    func dropping(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }

    /// 'a', 'b' or 'c' → 'a'、'b'、'c' (the library joins with commas and "or"/"and").
    var japaneseList: String {
        replacingAll("', '", with: "'、'").replacingAll("' or '", with: "'、'").replacingAll("' and '", with: "'、'")
    }

    /// Hiragana, katakana or kanji: a sentence the clerk can read.
    var containsJapanese: Bool {
        unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
    }

    var trimmingLeadingNewlines: String { String(drop { $0 == "\n" }) }
}
