import Foundation
import Testing

/// Issue 16 in a real terminal: raw key sequences in both forms, and every ending signal
/// leaves the terminal usable. Serialized: each starts a tmux server.
@Suite(.serialized) struct HardeningTerminalTests {
    /// `ESC [ B` is what a terminal that ignores keypad mode sends for Down (screen-256color's
    /// terminfo lists only `ESC O B`): it must move the highlight, not go back.
    @Test(arguments: [["1b", "5b", "42"], ["1b", "4f", "42"]])
    func aRawDownInEitherFormMovesTheHighlight(bytes: [String]) throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        terminal.start()
        #expect(terminal.waitFor("メインメニュー"))
        terminal.tmux("send-keys", "-t", "main", "-H", bytes[0], bytes[1], bytes[2])
        Thread.sleep(forTimeInterval: 0.3)
        terminal.send("Enter")
        #expect(terminal.waitFor("今月の送信"), "Down then Enter opens the second entry:\n\(terminal.screen)")
        terminal.send("F10")
        #expect(terminal.afterExit()?.status == "EXIT=0")
    }

    /// A paste is read as one burst (issue 16, 2): 10,000 characters into the name field, then
    /// Enter, reach the next step within 1 s (one frame per key took 2.7 s). Enter comes after
    /// every pasted character, so the next step means the whole paste was handled. The same
    /// while recording, where every pasted key is still written to the tape.
    @Test(arguments: [false, true])
    func aPasteOfTenThousandCharactersIsAnsweredWithinASecond(recording: Bool) throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        let pasted = Command.scratch("seikyu-paste") + ".txt"
        let tape = Command.scratch("seikyu-paste") + ".tape"
        defer { unlink(pasted); unlink(tape) }
        try String(repeating: "あa", count: 5_000).write(toFile: pasted, atomically: true, encoding: .utf8)
        terminal.start(arguments: (recording ? "record \(tape) " : "") + "--now 2026-12-03T09:00")
        #expect(terminal.waitFor("メインメニュー"))
        terminal.send("Enter")
        #expect(terminal.waitFor("オンライン請求を始める準備"))
        terminal.send("Enter")
        #expect(terminal.waitFor("医療機関・薬局の名前"))
        terminal.tmux("load-buffer", "-b", "paste", pasted)
        let started = Date()
        terminal.tmux("paste-buffer", "-b", "paste", "-t", "main")
        terminal.tmux("send-keys", "-t", "main", "Enter")
        #expect(terminal.waitFor("医療機関・薬局の電話番号"))
        let seconds = Date().timeIntervalSince(started)
        print("the paste was answered in \(seconds) s")
        #expect(seconds < 1, "the paste took \(seconds) s")
        terminal.send("F10")
        #expect(terminal.afterExit()?.status == "EXIT=0")
        if recording {
            let recorded = (try? String(contentsOfFile: tape, encoding: .utf8)) ?? ""
            #expect(recorded.contains(String(repeating: "あa", count: 5_000)), "the tape has the whole paste")
        }
    }

    /// No core file can hold a password typed in setup: the running program's own limits.
    @Test func theRunningProgramCannotDumpCore() throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        terminal.start()
        #expect(terminal.waitFor("メインメニュー"))
        let pid = try #require(terminal.seikyuPID())
        let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
        let core = limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") }.map(String.init) ?? ""
        let words = core.split(separator: " ")
        #expect(words.count >= 6 && words[4] == "0" && words[5] == "0", "\(core)")
        terminal.send("F10")
        #expect(terminal.afterExit()?.status == "EXIT=0")
    }

    /// Ctrl+C ends a recording with 130 (design.md §3), and the tape up to then is still written.
    @Test func ctrlCEndsARecordingWith130AndKeepsTheTape() throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        let tape = Command.scratch("seikyu-record") + ".tape"
        defer { unlink(tape) }
        terminal.start(arguments: "record --now 2026-12-03T09:00 \(tape)")
        #expect(terminal.waitFor("メインメニュー"))
        terminal.send("Down")
        Thread.sleep(forTimeInterval: 0.2)
        terminal.send("C-c")
        let exit = try #require(terminal.afterExit())
        #expect(exit.status == "EXIT=130")
        #expect(isSane(exit.stty), "\(exit.stty)")
        #expect((try? String(contentsOfFile: tape, encoding: .utf8))?.contains("Down") == true)
    }

    /// TERM=dumb cannot move the cursor: a Japanese message and status 1, never frames piled on one line.
    @Test func aTerminalWithoutCursorAddressingIsToldSo() throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        let command = "env LANG=C.UTF-8 TERM=dumb \(TmuxTerminal.binary) --now 2026-12-03T09:00 --data-dir \(terminal.dataFolder); "
            + "echo EXIT=$? > \(terminal.sttyFile); stty -a >> \(terminal.sttyFile); sleep 60"
        terminal.tmux("new-session", "-d", "-s", "main", "-x", "80", "-y", "24", command)
        let exit = try #require(terminal.afterExit())
        #expect(exit.status == "EXIT=1")
        #expect(isSane(exit.stty), "\(exit.stty)")
        #expect(terminal.waitFor("カーソルを動かせない端末です"), "\(terminal.screen)")
        #expect(terminal.waitFor("`seikyu --plain` ならこの端末でも使えます"), "issue 18: the message suggests --plain: \(terminal.screen)")
        #expect(!terminal.screen.contains("メインメニュー"))
    }
}
