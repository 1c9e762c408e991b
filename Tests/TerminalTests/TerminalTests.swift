import Foundation
import Testing

/// The built binary in a real terminal (design.md §7). Serialized: each starts a tmux server.
@Suite(.serialized) struct TerminalTests {
    @Test func menuStepsQuitAndResumeAtTheSameStep() throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        terminal.start()
        #expect(terminal.waitFor("メインメニュー"), "\(terminal.screen)")
        #expect(terminal.screen.contains("F10/q 終了"))
        terminal.send("Enter")
        #expect(terminal.waitFor("オンライン請求を始める準備"))
        terminal.send("Enter")
        #expect(terminal.waitFor("医療機関・薬局の名前"))
        terminal.tmux("send-keys", "-t", "main", "-l", "さくら内科")
        terminal.send("Enter")
        #expect(terminal.waitFor("医療機関・薬局の電話番号"))
        terminal.tmux("send-keys", "-t", "main", "-l", "03-1234-5678")
        terminal.send("Enter", "Enter", "Enter")
        #expect(terminal.waitFor("医療機関コード（10桁の数字）"))
        terminal.tmux("send-keys", "-t", "main", "-l", "0110113719")
        terminal.send("Enter")
        #expect(terminal.waitFor("指定を受ける予定の日"))
        terminal.tmux("send-keys", "-t", "main", "-l", "2027-04-01")
        terminal.send("Enter")
        #expect(terminal.waitFor("回線の種類"))
        terminal.send("Down", "Enter")
        #expect(terminal.waitFor("請求用端末とオンライン資格確認"), "\(terminal.screen)")
        terminal.send("F10")
        let exit = try #require(terminal.afterExit())
        #expect(exit.status == "EXIT=0")
        #expect(isSane(exit.stty))

        terminal.tmux("kill-session", "-t", "main")
        try? FileManager.default.removeItem(atPath: terminal.sttyFile)
        terminal.start()
        #expect(terminal.waitFor("請求用端末とオンライン資格確認"), "restarting shows the same step:\n\(terminal.screen)")
        #expect(terminal.screen.contains("手順 9 /"))
    }

    @Test func aSmallWindowAsksToBeEnlargedAndRecovers() throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        terminal.start()
        #expect(terminal.waitFor("メインメニュー"))
        terminal.send("Enter")
        #expect(terminal.waitFor("オンライン請求を始める準備"))
        terminal.tmux("resize-window", "-t", "main", "-x", "40", "-y", "12")
        #expect(terminal.waitFor("画面が小さすぎます"), "\(terminal.screen)")
        terminal.tmux("resize-window", "-t", "main", "-x", "80", "-y", "24")
        #expect(terminal.waitFor("オンライン請求を始める準備"), "\(terminal.screen)")
        terminal.send("F10")
        #expect(terminal.afterExit()?.status == "EXIT=0")
    }

    @Test func ctrlCQuitsWith130AndRestoresTheTerminal() throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        terminal.start()
        #expect(terminal.waitFor("メインメニュー"))
        terminal.send("C-c")
        let exit = try #require(terminal.afterExit())
        #expect(exit.status == "EXIT=130")
        #expect(isSane(exit.stty), "\(exit.stty)")
    }

    /// Every signal that ends the process leaves the terminal sane (issue 16: USR1, ALRM, PIPE… left it raw).
    @Test(arguments: [(SIGTERM, "EXIT=143"), (SIGHUP, "EXIT=129"), (SIGSEGV, "EXIT=139"),
                      (SIGUSR1, "EXIT=138"), (SIGUSR2, "EXIT=140"), (SIGALRM, "EXIT=142"), (SIGPIPE, "EXIT=141"),
                      (SIGVTALRM, "EXIT=154"), (SIGXCPU, "EXIT=152")])
    func signalsRestoreTheTerminal(signal: Int32, status: String) throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        terminal.start()
        #expect(terminal.waitFor("メインメニュー"))
        let pid = try #require(terminal.seikyuPID())
        kill(pid, signal)
        let exit = try #require(terminal.afterExit())
        #expect(exit.status == status)
        #expect(isSane(exit.stty), "\(exit.stty)")
    }

    @Test func wideCharactersLineUpInTheRealTerminal() throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        terminal.start()
        #expect(terminal.waitFor("メインメニュー"))
        let lines = terminal.screen.split(separator: "\n", omittingEmptySubsequences: false)
        // The clock ends in the last column: any width disagreement would push or wrap it.
        #expect(lines.first?.hasSuffix("2026年12月3日(木) 09:00") == true, "\(lines.first ?? "")")
        #expect(lines.count >= 24 && lines[23].hasPrefix(" Enter 開く"))
    }
}

/// Issue 6: the headless grid and the real terminal agree, line for line, wide characters included.
@Suite(.serialized) struct LivePlaybackTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: ["help.tape", "main-menu.tape", "setup-ipvpn-v6.tape"])
    func liveAndHeadlessShowTheSameScreen(tape: String) throws {
        let path = Self.root.appendingPathComponent("Assets/tapes/" + tape).path
        let screens = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-live-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: screens) }
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        _ = terminal.run([TmuxTerminal.binary, "play", "--screens", screens, path])
        let name = (tape as NSString).deletingPathExtension
        let headless = try String(contentsOfFile: screens + "/" + name + ".final.txt", encoding: .utf8)
        // Human speed is for an audience; ten times faster keeps this test inside its wait.
        terminal.start(arguments: "play --live --speed 10 --hold " + path)
        let expected = Array(headless.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).prefix(24))
        func liveLines() -> [String] {
            Array(terminal.screen.split(separator: "\n", omittingEmptySubsequences: false)
                .map { String($0.reversed().drop { $0 == " " }.reversed()) }.prefix(24))
        }
        // The tape plays at typing speed, then the last screen is held: wait for it (30 s at most).
        for _ in 0..<300 where liveLines() != expected { Thread.sleep(forTimeInterval: 0.1) }
        #expect(liveLines() == expected, "live:\n\(terminal.screen)\nheadless:\n\(headless)")
        terminal.send("x")
        #expect(terminal.afterExit().map { isSane($0.stty) } == true)
    }

    /// Issue 17 (trainers): the caption shows, any key pauses with a banner, Esc stops the whole run.
    @Test func aKeyPausesWithABannerAndEscStopsEveryTape() throws {
        let demo = Self.root.appendingPathComponent("Assets/tapes/demo").path
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        terminal.start(arguments: "play --demo --live \(demo)/five-minutes.tape \(demo)/monthly.tape")
        #expect(terminal.waitFor("0:00 最初の画面"), "\(terminal.screen)")
        #expect(terminal.screen.contains("デモ"))
        terminal.send("x")
        #expect(terminal.waitFor("一時停止中です"), "\(terminal.screen)")
        terminal.send("Escape")
        #expect(terminal.afterExit()?.status == "EXIT=1")
        #expect(terminal.waitFor("再生を途中で止め"), "\(terminal.screen)") // the line may wrap after it
        #expect(!terminal.screen.contains("monthly.tape"), "the second tape must not start:\n\(terminal.screen)")
    }

    @Test func theDemoShowsItsBannerAndLeavesTheDataFolderAlone() throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        try FileManager.default.createDirectory(atPath: terminal.dataFolder, withIntermediateDirectories: true)
        terminal.start(arguments: "--demo")
        #expect(terminal.waitFor("デモ"), "\(terminal.screen)")
        #expect(terminal.screen.contains("1. セットアップ（完了）"))
        #expect(terminal.screen.contains("今日が締め切りです"))
        terminal.send("2", "Enter")
        #expect(terminal.waitFor("今月の請求先"))
        terminal.send("F12")
        #expect(terminal.waitFor("デモを最初の状態に戻しました。"))
        terminal.send("F10")
        #expect(terminal.afterExit()?.status == "EXIT=0")
        #expect(try FileManager.default.contentsOfDirectory(atPath: terminal.dataFolder).isEmpty)
    }
}
