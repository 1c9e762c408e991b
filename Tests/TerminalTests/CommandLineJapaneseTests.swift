import Foundation
import Testing

/// The command line speaks Japanese (issue 15, 11): every help screen, every parse error and the
/// kinds of change, through swift-argument-parser's own texts; exit codes as design.md §3 says.
@Suite struct CommandLineJapaneseTests {
    static let binary = TmuxTerminal.binary

    func seikyu(_ arguments: [String]) -> Command.Finished {
        Command.run([Self.binary] + arguments)
    }

    /// What the library writes in English (1.8): none may reach the clerk.
    static let english = ["OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Show help", "See '", "for detailed help",
                          "for more information", "(default", "(values", "<subcommand>", "Error", "Usage", "Help:", "Unexpected",
                          "Unknown option", "Missing", "invalid", "Please provide", "does not take"]

    /// Lines with two English words side by side, once the usage lines, quoted text and the
    /// option names, placeholders and brackets the clerk types are set aside.
    static func englishPhrases(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("使い方:") }.filter { line in
            let unquoted = line.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }
                .map(\.element).joined(separator: " ")
            let words = unquoted.split(separator: " ").filter { !"-<[".contains($0.first ?? " ") }
            return zip(words, words.dropFirst()).contains { pair in
                [pair.0, pair.1].allSatisfy { word in word.count >= 2 && word.allSatisfy { $0.isASCII && $0.isLetter } }
            }
        }
    }

    func expectJapanese(_ text: String, _ what: String) {
        for word in Self.english { #expect(!text.contains(word), "\(what): \(word)\n\(text)") }
        #expect(Self.englishPhrases(text).isEmpty, "\(what): \(Self.englishPhrases(text))\n\(text)")
    }

    /// The subcommands a help screen lists, by name.
    func subcommands(in help: String) -> [String] {
        guard let start = help.range(of: "サブコマンド:\n") else { return [] }
        return help[start.upperBound...].split(separator: "\n").prefix { $0.hasPrefix("  ") }.compactMap { line in
            let name = line.drop { $0 == " " }.prefix { $0 != " " }
            return line.hasPrefix("   ") || name.isEmpty ? nil : String(name)
        }
    }

    @Test func everyHelpScreenIsJapanese() throws {
        var queue: [[String]] = [[]]
        var seen = 0
        while let path = queue.popLast() {
            for asked in [path + ["--help"], path + ["-h"], ["help"] + path] {
                let finished = seikyu(asked)
                #expect(finished.status == 0, "\(asked): \(finished.errors)")
                #expect(finished.errors.isEmpty, "\(asked): \(finished.errors)")
                let help = finished.output
                #expect(help.contains("使い方: seikyu"), "\(asked)\n\(help)")
                #expect(help.contains("-h, --help              このヘルプを表示します。"), "\(asked)\n\(help)")
                expectJapanese(help, asked.joined(separator: " "))
                // Laid out by display width: nothing runs past 80 columns.
                for line in help.split(separator: "\n") {
                    let width = line.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
                    #expect(width <= 80, "\(asked): \(line)")
                }
                if asked.last == "--help" { queue += subcommands(in: help).map { path + [$0] } }
            }
            seen += 1
        }
        // seikyu, its eleven commands, and changes list/add.
        #expect(seen >= 14)
        let root = seikyu(["--help"]).output
        #expect(root.contains("サブコマンド:") && root.contains("  run (既定)              画面を開きます"), "\(root)")
        #expect(root.contains("サブコマンドの説明は 'seikyu help <サブコマンド>' で表示します。"))
    }

    @Test(arguments: [
        (["bogus"], "エラー: 余分な引数 'bogus' があります。"),
        (["--bogus"], "エラー: '--bogus' というオプションはありません。"),
        (["changes", "list", "--jsn"], "エラー: '--jsn' というオプションはありません。'--json' のことですか。"),
        (["changes", "list", "--json=3"], "エラー: オプション '--json' には値を付けません（'3' が付いています）。"),
        (["changes", "add", "--kind", "ルータ", "メモ", "--date"], "エラー: '--date <date>' の値を指定してください。"),
        (["changes", "add", "--kind", "ルータ", "メモ"], "エラー: '--date <date>' を指定してください。"),
        (["changes", "add", "--date", "2026-12-15", "--kind", "ルーター", "メモ"], "エラー: '--kind <kind>' に 'ルーター' は使えません。\n指定できるのは次のどれかです:\n  - 回線の契約\n  - ルータ"),
        (["play"], "エラー: '<tapes> ...' を指定してください。"),
        (["calendar", "2026-13"], "エラー: 期間は 2026-12（月）か 2027（年）の形で"),
    ])
    func aUsageErrorIsJapaneseAndExitsWithTwo(arguments: [String], said: String) {
        let finished = seikyu(arguments)
        #expect(finished.status == 2, "\(arguments): \(finished.errors)")
        #expect(finished.output.isEmpty)
        #expect(finished.errors.hasPrefix(said), "\(arguments)\n\(finished.errors)")
        #expect(finished.errors.contains("\n使い方: seikyu"), "\(finished.errors)")
        #expect(finished.errors.contains("くわしくは 'seikyu"), "\(finished.errors)")
        expectJapanese(finished.errors, arguments.joined(separator: " "))
    }

    /// The completion scripts still come from the library (issue 19: its own look for the option
    /// is skipped only when no argument can ask for a script), in both spellings of the option.
    @Test(arguments: [["--generate-completion-script", "bash"], ["--generate-completion-script=zsh"],
                      ["--generate-completion-script", "fish"]])
    func aCompletionScriptIsWritten(arguments: [String]) {
        let finished = seikyu(arguments)
        #expect(finished.status == 0, "\(arguments): \(finished.errors)")
        #expect(finished.output.contains("data-dir") && finished.output.contains("calendar"), "\(arguments)\n\(finished.output)")
    }

    /// The name the parse wears to skip that look never reaches a usage line or a help screen.
    @Test(arguments: [["--bogus"], ["bogus"], ["run", "--bogus"], ["--help"], ["help", "run"]])
    func theProgramIsNamedOnce(arguments: [String]) {
        let finished = seikyu(arguments)
        let text = finished.output + finished.errors
        #expect(text.contains("使い方: seikyu"), "\(arguments)\n\(text)")
        #expect(!text.contains("seikyu seikyu"), "\(arguments)\n\(text)")
    }

    /// A failure a command reports by its exit code keeps it, and says nothing in English.
    @Test func aCommandsOwnExitCodeIsKept() {
        let finished = seikyu(["check-id", "--kind", "clinic-code", "0110113718"])
        #expect(finished.status == 1)
        expectJapanese(finished.errors, "check-id")
    }

    /// Kinds of change: the Japanese name on screen, either name accepted, the id in JSON.
    @Test func aChangeKindIsShownByItsJapaneseNameAndTakenByEither() throws {
        let folder = Command.scratch("seikyu-kinds")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let byName = seikyu(["changes", "add", "--data-dir", folder, "--date", "2026-12-15", "--kind", "ルータ", "ルータを交換"])
        #expect(byName.status == 0, "\(byName.errors)")
        #expect(byName.output.contains("記録しました: 2026-12-15 ルータ ルータを交換"), "\(byName.output)")
        let byID = seikyu(["changes", "add", "--data-dir", folder, "--date", "2026-12-16", "--kind", "line-contract", "光回線に変更"])
        #expect(byID.status == 0, "\(byID.errors)")
        let list = seikyu(["changes", "list", "--data-dir", folder]).output
        #expect(list.contains("2026-12-15  予定  ルータ  ルータを交換"), "\(list)")
        #expect(list.contains("回線の契約  光回線に変更"), "\(list)")
        #expect(!list.contains("router") && !list.contains("line-contract") && !list.contains("（ルータ）"), "\(list)")
        let json = seikyu(["changes", "list", "--json", "--data-dir", folder]).output
        #expect(json.contains("\"kind\" : \"router\"") && json.contains("\"kind\" : \"line-contract\""), "\(json)")
        let help = seikyu(["changes", "add", "--help"]).output
        #expect(help.contains("回線の契約, ルータ, ハブ・LAN の配線"), "\(help)")
        #expect(!help.contains("router（"), "\(help)")
    }
}
