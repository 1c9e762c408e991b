import ArgumentParser
import ClaimFlow
import ClaimTapes
import Foundation
import TerminalShell

/// `seikyu play TAPE…` — run tapes headless; closing line `N passed, N failed` (design.md §3).
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play", abstract: "テープを再生して画面を確かめます（端末なしで動きます）")

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("screens"), help: "スナップショットを書き出すフォルダ")
    var screens: String?

    @Flag(help: "本物の画面で、人の速さで再生する（どのキーでも一時停止・再開、Esc で停止）")
    var live = false

    @Flag(help: "--live の再生が終わっても、キーを押すまで最後の画面を残す")
    var hold = false

    @Argument(help: "テープファイル（.tape）")
    var tapes: [String]

    func validate() throws {
        if tapes.isEmpty { throw ValidationError("再生するテープを1つ以上指定してください。例: seikyu play Assets/tapes/*.tape") }
        if hold && !live { throw ValidationError("--hold は --live と一緒に使います。") }
    }

    /// Issue 16: the longest shipped tape is a few kilobytes; a tape is read whole, so its size is bounded.
    static let tapeByteLimit = 1_000_000

    func run() throws {
        for path in tapes {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size > Self.tapeByteLimit {
                throw ExitWith(message: "テープ \(path) が大きすぎます（\(Self.tapeByteLimit / 1_000_000)MB まで）。テープを分けてください。",
                               status: ExitStatus.failure)
            }
        }
        if let screens { try OutputFolder.prepare(screens, what: "スナップショットの書き出し先") }
        let catalog = try reportingFailure { try options.catalog() }
        let now = try options.fixedNow() ?? JapanClock.now()
        let rules = try reportingFailure { try options.rules() }
        let player = HeadlessPlayer(catalog: catalog, defaultNow: now, screensDirectory: screens, rules: rules,
                                    desks: try reportingFailure { try options.desks() })
        var stage: LiveStage?
        if live {
            do {
                stage = LiveStage(terminal: try Terminal(environment: options.environment))
            } catch {
                throw ExitWith(message: error.japanese, status: ExitStatus.failure)
            }
        }
        var results: [TapeResult] = []
        for path in tapes {
            results.append(player.play(file: path, dataDirectory: options.dataDirectoryGiven ? options.dataDirectory() : nil, stage: stage))
            if stage?.terminal.pendingSignal ?? 0 != 0 { break }
        }
        if hold { stage?.hold() }
        let signal = stage?.terminal.pendingSignal ?? 0
        stage?.terminal.stop()
        var passed = 0, failed = 0
        for (path, result) in zip(tapes, results) {
            passed += result.passed
            failed += result.failures.count
            for failure in result.failures { print(failure) }
            let mark = result.failures.isEmpty ? "ok  " : "FAIL"
            print("\(mark) \(path)  (\(result.passed) passed, \(result.failures.count) failed)")
        }
        print("\(passed) passed, \(failed) failed")
        if let screens {
            // Each tape leaves its last screen; one missing means the writes failed on the way.
            let played = zip(tapes, results).filter { $0.1.snapshots.contains { $0.0 == "final" } }.map(\.0)
            let finals = played.map { path in
                screens + "/" + ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".final.txt"
            }
            try OutputFolder.confirmWritten(finals, what: "スナップショット")
        }
        if signal != 0 { throw ExitCode(128 + signal) }
        if failed > 0 { throw ExitCode(ExitStatus.failure) }
    }
}
