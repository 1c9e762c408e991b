import ArgumentParser
import ClaimFlow
import ClaimTapes
import Foundation

/// `seikyu play TAPE…` — run tapes headless; closing line `N passed, N failed` (design.md §3).
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play", abstract: "テープを再生して画面を確かめます（端末なしで動きます）")

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("screens"), help: "スナップショットを書き出すフォルダ")
    var screens: String?

    @Argument(help: "テープファイル（.tape）")
    var tapes: [String]

    func validate() throws {
        if tapes.isEmpty { throw ValidationError("再生するテープを1つ以上指定してください。例: seikyu play Assets/tapes/*.tape") }
    }

    func run() throws {
        let catalog = try reportingFailure { try options.catalog() }
        let now = try options.fixedNow() ?? JapanClock.now()
        let rules = try reportingFailure { try options.rules() }
        let player = HeadlessPlayer(catalog: catalog, defaultNow: now, screensDirectory: screens, rules: rules,
                                    desks: try reportingFailure { try options.desks() })
        var passed = 0, failed = 0
        for path in tapes {
            let result = player.play(file: path, dataDirectory: options.dataDirectoryGiven ? options.dataDirectory() : nil)
            passed += result.passed
            failed += result.failures.count
            for failure in result.failures { print(failure) }
            let mark = result.failures.isEmpty ? "ok  " : "FAIL"
            print("\(mark) \(path)  (\(result.passed) passed, \(result.failures.count) failed)")
        }
        print("\(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(ExitStatus.failure) }
    }
}
