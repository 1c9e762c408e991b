import ArgumentParser
import ClaimFlow
import ClaimStore
import ClaimTapes
import FoundationEssentials
import Glibc
import TerminalShell

/// `seikyu play TAPE…` — run tapes headless; closing line `N passed, N failed` (design.md §3).
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play", abstract: "テープを再生して画面を確かめます（端末なしで動きます）")

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("screens"), help: "スナップショットを書き出すフォルダ")
    var screens: String?

    @Option(name: .customLong("golden"), help: "Snapshot 名前 を このフォルダの 名前.txt と比べる（違えば差分を出して失敗）")
    var golden: String?

    @Flag(help: "--golden のフォルダに今の画面を書く（比べずに作り直す）")
    var update = false

    @Option(name: .customLong("junit"), help: "結果を JUnit の XML 形式でこのファイルに書く（テープ1本が1つのテスト）")
    var junit: String?

    @Flag(help: "結果を TAP 14 で出す（ふだんの表示の代わりに）")
    var tap = false

    @Flag(help: "本物の画面で、人の速さで再生する（どのキーでも一時停止・再開、Esc で停止）")
    var live = false

    @Flag(help: "--live の再生が終わっても、キーを押すまで最後の画面を残す")
    var hold = false

    @Option(help: "--live の速さ（1 が人の速さ、2 で倍の速さ、0.5 で半分）")
    var speed: Double?

    @Flag(help: "デモの医療機関（Assets/demo）のデータから始める（本物のデータは読み書きしません）")
    var demo = false

    @Argument(help: "テープファイル（.tape）")
    var tapes: [String]

    func validate() throws {
        if tapes.isEmpty { throw ValidationError("再生するテープを1つ以上指定してください。例: seikyu play Assets/tapes/*.tape") }
        if hold && !live { throw ValidationError("--hold は --live と一緒に使います。") }
        if let speed, !(speed > 0 && speed <= 100) { throw ValidationError("--speed は 0 より大きい数にしてください（例: --speed 2）。") }
        if speed != nil && !live { throw ValidationError("--speed は --live と一緒に使います。") }
        if options.plain && live { throw ValidationError("--plain は画面を描かないので、--live と一緒には使えません。") }
        if update && golden == nil { throw ValidationError("--update は --golden フォルダ と一緒に使います。") }
    }

    /// Issue 16: the longest shipped tape is a few kilobytes; a tape is read whole, so its size is bounded.
    static let tapeByteLimit = 1_000_000

    func run() throws {
        for path in tapes {
            // stat(2): FoundationEssentials gives the size attribute as another integer type than Int.
            var info = stat()
            let size = stat(path, &info) == 0 ? Int(info.st_size) : 0
            if size > Self.tapeByteLimit {
                throw ExitWith(message: "テープ \(path) が大きすぎます（\(Self.tapeByteLimit / 1_000_000)MB まで）。テープを分けてください。",
                               status: ExitStatus.failure)
            }
        }
        if let screens { try OutputFolder.prepare(screens, what: "スナップショットの書き出し先") }
        let catalog = try reportingFailure { try options.settings.catalog() }
        // The demo clinic's day, as `seikyu --demo`, unless --now says another.
        let now = try options.settings.fixedNow() ?? (demo ? InteractiveStart.demoNow : JapanClock.now())
        let rules = try reportingFailure { try options.settings.rules() }
        var player = HeadlessPlayer(catalog: catalog, defaultNow: now, screensDirectory: screens, rules: rules,
                                    desks: try reportingFailure { try options.settings.desks() })
        player.golden = golden.map { GoldenFolder(directory: $0, update: update) }
        player.plain = options.plain
        player.defaultNowIsFixed = try options.settings.fixedNow() != nil || demo
        if let speed { player.pace.speed = speed }
        if demo {
            player.demo = true
            player.seed = try reportingFailure { () throws -> SavedProgress in
                do { return try AssetFolder.loadDemo(from: options.settings.assetsDirectory()) } catch { throw Failure("\(error)") }
            }
        }
        var stage: LiveStage?
        if live {
            do {
                stage = LiveStage(terminal: try Terminal(environment: options.settings.terminalEnvironment))
            } catch {
                throw ExitWith(message: error.japanese, status: ExitStatus.failure)
            }
        }
        var results: [TapeResult] = []
        // Each tape in its own throw-away folder: independent programs, played on every core (issue 19).
        let throwaway = !(options.settings.dataDirectoryGiven && !demo)
        if stage == nil && throwaway {
            results = TapeBatch.play(files: tapes, player: player, workers: ProcessInfo.processInfo.activeProcessorCount)
        }
        for path in tapes where stage != nil || !throwaway {
            // The demo always plays in a throw-away folder: the clinic's own data is never touched.
            let folder = options.settings.dataDirectoryGiven && !demo ? options.settings.dataDirectory() : nil
            results.append(player.play(file: path, dataDirectory: folder, stage: stage))
            if stage?.terminal.pendingSignal ?? 0 != 0 { break }
            if stage?.stoppedByViewer == true { break } // Esc stops the whole run, not one tape
        }
        if hold && stage?.stoppedByViewer != true { stage?.hold() }
        let signal = stage?.terminal.pendingSignal ?? 0
        stage?.terminal.stop()
        var passed = 0, failed = 0
        for (path, result) in zip(tapes, results) {
            passed += result.passed
            failed += result.failures.count
            if tap { continue }
            for note in result.notes { print(note) }
            for failure in result.failures { print(failure) }
            let mark = result.failures.isEmpty ? "ok  " : "FAIL"
            print("\(mark) \(path)  (\(result.passed) passed, \(result.failures.count) failed)")
        }
        if tap {
            print(TapeReport.tap(results), terminator: "")
            print("# \(passed) passed, \(failed) failed")
        } else {
            print("\(passed) passed, \(failed) failed")
        }
        if let junit {
            do {
                try AtomicFile.write(Data(TapeReport.junit(results).utf8), to: junit)
            } catch {
                throw ExitWith(message: "JUnit の結果を書けませんでした: \(error.japanese)", status: ExitStatus.failure)
            }
        }
        if let screens {
            // Each tape leaves its last screen; one missing means the writes failed on the way.
            let played = zip(tapes, results).filter { $0.1.snapshots.contains { $0.0 == "final" } }.map(\.0)
            let finals = played.map { path in
                screens + "/" + PathName.stem(path) + ".final.txt"
            }
            try OutputFolder.confirmWritten(finals, what: "スナップショット")
        }
        if signal != 0 { throw ExitCode(128 + signal) }
        if failed > 0 { throw ExitCode(ExitStatus.failure) }
    }
}
