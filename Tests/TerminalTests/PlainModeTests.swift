import Foundation
import Testing

/// `seikyu --plain` (issue 18) through the built binary: answers piped in, lines out, no escape
/// sequences, and the same saved state as the same answers typed on the full screen.
@Suite(.serialized) struct PlainModeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let tape = root.appendingPathComponent("Assets/tapes/plain-monthly-shaho.tape").path
    static let now = "2026-12-07T10:00"
    /// The tape's answers as lines: 2 (月次請求), on, 2 (社保のみ), ticks 1-4, on, on, 1 (受付できた),
    /// tick 1, on, the receipt's number and time, tick 1, on, on (to the menu), 終了.
    static let answers = ["2", "", "2", "1", "2", "3", "4", "", "", "1", "1", "", "S-20261207-0001", "2026-12-07 09:55",
                          "1", "", "", "終了"].joined(separator: "\n") + "\n"

    func export(_ folder: String) -> String {
        Command.run([TmuxTerminal.binary, "export", "--data-dir", folder, "--now", Self.now]).output
    }

    @Test func pipedAnswersFinishTheMonthLikeTheFullScreen() throws {
        let plainFolder = Command.scratch("seikyu-plain"), screenFolder = Command.scratch("seikyu-screen")
        defer {
            try? FileManager.default.removeItem(atPath: plainFolder)
            try? FileManager.default.removeItem(atPath: screenFolder)
        }
        let plain = Command.run([TmuxTerminal.binary, "--plain", "--data-dir", plainFolder, "--now", Self.now], input: Self.answers)
        #expect(plain.status == 0, "\(plain.errors)\n\(plain.output)")
        #expect(!plain.output.utf8.contains(0x1B), "no escape sequence in plain mode")
        #expect(plain.output.contains("社保（支払基金）の受領書（番号 S-20261207-0001）を記録しました。"), "\(plain.output)")
        #expect(plain.output.contains("2. 月次請求（12月請求分 社保 受領書あり"), "\(plain.output)")
        #expect(!plain.output.contains("番号か、戻る・ヘルプ・メニュー・終了 のどれかを入力してください"), "no answer refused: \(plain.output)")

        let played = Command.run([TmuxTerminal.binary, "play", "--data-dir", screenFolder, "--now", Self.now, Self.tape])
        #expect(played.status == 0, "\(played.output)")
        let plainExport = export(plainFolder), screenExport = export(screenFolder)
        #expect(plainExport.contains("S-20261207-0001"))
        #expect(plainExport == screenExport)
    }

    @Test func theEndOfInputEndsCleanlyWithProgressSaved() throws {
        let folder = Command.scratch("seikyu-plain")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = Command.run([TmuxTerminal.binary, "--plain", "--data-dir", folder, "--now", Self.now], input: "2\n\n2\n")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("入力が終わりました。進み具合は保存してあります。"))
        #expect(run.output.contains("進み具合を保存しました"))
        let again = Command.run([TmuxTerminal.binary, "--plain", "--data-dir", folder, "--now", Self.now], input: "")
        #expect(again.output.contains("月次請求  手順 3 / 10"), "it goes on where the input ended: \(again.output)")
        #expect(again.output.contains("送信の前に確かめること"), "\(again.output)")
    }

    @Test func aTapePassesInPlainMode() {
        let played = Command.run([TmuxTerminal.binary, "play", "--plain", "--now", Self.now, Self.tape])
        #expect(played.status == 0, "\(played.output)")
        #expect(played.output.contains("0 failed"))
    }

    /// A password typed on a terminal in plain mode is not echoed and never printed.
    @Test func aPasswordIsReadWithoutEchoAndNeverPrinted() throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        // To the password step as setup-ipvpn-v4.tape goes (up to the line that expects it, so a
        // step added before it moves the cut too), on the full screen.
        let full = try String(contentsOfFile: Self.root.appendingPathComponent("Assets/tapes/setup-ipvpn-v4.tape").path, encoding: .utf8)
        let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
        let passwordStep = try #require(lines.firstIndex { $0.hasPrefix("Expect \"ネットワークパスワードを入力する") })
        let tape = Command.scratch("seikyu-to-password") + ".tape"
        defer { unlink(tape) }
        try lines.prefix(through: passwordStep).joined(separator: "\n").write(toFile: tape, atomically: true, encoding: .utf8)
        let played = Command.run([TmuxTerminal.binary, "play", "--data-dir", terminal.dataFolder, tape])
        #expect(played.status == 0, "\(played.output)")
        terminal.start(arguments: "--plain")
        #expect(terminal.waitFor("入力して Enter を押してください（画面には出ません）"), "\(terminal.screen)")
        terminal.tmux("send-keys", "-t", "main", "-l", "Secr3tPw")
        terminal.send("Enter")
        #expect(terminal.waitFor("パスワードの文字の種類を確かめる"), "\(terminal.screen)")
        terminal.tmux("send-keys", "-t", "main", "-l", "終了")
        terminal.send("Enter")
        let exit = try #require(terminal.afterExit())
        #expect(exit.status == "EXIT=0")
        #expect(isSane(exit.stty), "echo is back on: \(exit.stty)")
        let everything = terminal.tmux("capture-pane", "-p", "-S", "-500", "-t", "main")
        #expect(!everything.contains("Secr3tPw"), "\(everything)")
    }

    /// Ctrl+C ends plain mode with status 130 and says the answers are saved.
    @Test func ctrlCEndsWithStatus130() throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        terminal.start(arguments: "--plain")
        #expect(terminal.waitFor("入力: 番号（1〜"), "\(terminal.screen)")
        terminal.send("C-c")
        let exit = try #require(terminal.afterExit())
        #expect(exit.status == "EXIT=130")
        #expect(isSane(exit.stty))
        #expect(terminal.waitFor("中断しました。進み具合は保存してあります。"), "\(terminal.screen)")
    }
}
