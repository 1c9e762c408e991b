import Foundation
import Testing

/// Issue 16 at the command line: dates out of range or with junk are refused in Japanese.
@Suite struct HardeningCommandTests {
    func seikyu(_ arguments: [String]) -> Command.Finished {
        Command.run([TmuxTerminal.binary] + arguments)
    }

    @Test(arguments: ["2026-12-09T10:00:00junk", "2026-12-09T10:00junk", "9999-12-31T10:00", "0001-01-01T00:00", "2100-01-01"])
    func aClockOutsideTheYearsOrWithJunkIsRefused(now: String) {
        let folder = Command.scratch("seikyu-now")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let finished = seikyu(["status", "--now", now, "--data-dir", folder])
        #expect(finished.status != 0, "\(finished.output)")
        #expect(finished.errors.contains("2000年〜2099年の日時を指定してください"), "\(finished.errors)")
    }

    @Test(arguments: ["9999-12-31", "0001-01-01", "1999-12-31"])
    func aChangeDateOutsideTheYearsIsRefused(date: String) {
        let folder = Command.scratch("seikyu-date")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let finished = seikyu(["changes", "add", "--date", date, "--kind", "router", "メモ", "--now", "2026-12-03T09:00", "--data-dir", folder])
        #expect(finished.status != 0, "\(finished.output)")
        #expect(finished.errors.contains("2000年〜2099年の日付を入力してください"), "\(finished.errors)")
    }

    @Test(arguments: ["2100", "1999-12", "+2027", "2027-+1", "2027-1x"])
    func aCalendarPeriodOutsideTheYearsIsRefused(period: String) {
        let finished = seikyu(["calendar", period, "--now", "2026-12-03T09:00"])
        #expect(finished.status != 0, "\(finished.output)")
        #expect(finished.errors.contains("2000年〜2099年を指定してください"), "\(finished.errors)")
    }

    /// 100 MB on one line: refused at once, reading only what an ID could be.
    @Test func aHugeInputToCheckIDIsRefusedQuickly() throws {
        let started = Date()
        let finished = Command.run(["/bin/sh", "-c",
            "head -c 100000000 /dev/zero | tr '\\0' a | /usr/bin/time -f RSS=%M \(TmuxTerminal.binary) check-id"])
        let seconds = Date().timeIntervalSince(started)
        #expect(finished.status == 1)
        #expect(finished.errors.contains("入力が長すぎます"), "\(finished.errors)")
        #expect(seconds < 2, "\(seconds) s")
        let rss = finished.errors.split(separator: "\n").first { $0.hasPrefix("RSS=") }.flatMap { Int($0.dropFirst(4)) }
        #expect((rss ?? Int.max) < 100_000, "peak \(rss ?? -1) KB")
    }

    @Test func anEmptyInputToCheckIDIsRefused() {
        let fromInput = seikyu(["check-id"]) // standard input is /dev/null
        #expect(fromInput.status == 1)
        #expect(fromInput.errors.contains("標準入力が空です"), "\(fromInput.errors)")
        let fromArgument = seikyu(["check-id", ""])
        #expect(fromArgument.status != 0)
        #expect(fromArgument.errors.contains("調べる文字列が空です"), "\(fromArgument.errors)")
    }

    /// A change note with an ESC sequence (clear screen, retitle the window) is shown, not obeyed.
    @Test func controlSequencesInANoteAreShownNotObeyed() {
        let folder = Command.scratch("seikyu-esc")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let note = "ルータ\u{1B}[2J\u{1B}]0;title\u{07}交換\u{9B}31m"
        let added = seikyu(["changes", "add", "--date", "2026-12-20", "--kind", "router", note, "--now", "2026-12-03T09:00", "--data-dir", folder])
        #expect(added.status == 0, "\(added.errors)")
        let listed = seikyu(["changes", "list", "--now", "2026-12-03T09:00", "--data-dir", folder])
        for output in [added.output, listed.output] {
            #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) }, "\(output.debugDescription)")
            #expect(output.contains("ルータ^[[2J^[]0;title^G交換\u{FFFD}31m"), "\(output)")
        }
    }

    @Test func screensThatCannotBeWrittenAreAnError() throws {
        let file = Command.scratch("seikyu-notafolder")
        FileManager.default.createFile(atPath: file, contents: Data())
        defer { unlink(file) }
        let tape = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Assets/tapes/main-menu.tape").path
        let finished = seikyu(["play", "--screens", file + "/screens", tape])
        #expect(finished.status == 1)
        #expect(finished.errors.contains("スナップショットの書き出し先のフォルダ"), "\(finished.errors)")
    }

    /// A tape's `Output` into a missing folder or a read-only one: a failure naming the path
    /// and status 1, never silence (issue 16, 5).
    @Test(arguments: [false, true])
    func anOutputThatCannotBeWrittenIsAFailureNamingIt(readOnly: Bool) throws {
        let folder = try Self.publicFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target: String
        if readOnly {
            #expect(mkdir(folder + "/readonly", 0o555) == 0 && chmod(folder + "/readonly", 0o555) == 0)
            target = folder + "/readonly/screens.txt"
        } else {
            target = folder + "/missing/screens.txt"
        }
        let tape = folder + "/output.tape"
        try "Output \(target)\nExpect \"メインメニュー\"\nDown\n".write(toFile: tape, atomically: true, encoding: .utf8)
        chmod(tape, 0o644)
        let finished = Self.unprivileged([TmuxTerminal.binary, "play", tape])
        let said = finished.output + finished.errors
        #expect(finished.status == 1, "\(said)")
        #expect(said.contains("Output: 画面を書き出せません。\(target) に保存できませんでした"), "\(said)")
        #expect(said.contains(readOnly ? "書き込みが許可されていません" : "フォルダがありません"), "\(said)")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    /// A snapshot that cannot be written (its name is taken by a folder) is a failure naming it.
    @Test func aSnapshotThatCannotBeWrittenIsAFailureNamingIt() throws {
        let folder = try Self.publicFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tape = folder + "/shot.tape"
        try "Expect \"メインメニュー\"\nSnapshot menu\n".write(toFile: tape, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/screens/shot.menu.txt", withIntermediateDirectories: true)
        let finished = Command.run([TmuxTerminal.binary, "play", "--screens", folder + "/screens", tape])
        let said = finished.output + finished.errors
        #expect(finished.status == 1, "\(said)")
        #expect(said.contains("スナップショットを書き出せません。\(folder)/screens/shot.menu.txt"), "\(said)")
    }

    /// `--screens` into a read-only folder: refused before the tape runs.
    @Test func screensIntoAReadOnlyFolderAreAnError() throws {
        let folder = try Self.publicFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkdir(folder + "/readonly", 0o555) == 0 && chmod(folder + "/readonly", 0o555) == 0)
        let tape = folder + "/plain.tape"
        try "Expect \"メインメニュー\"\n".write(toFile: tape, atomically: true, encoding: .utf8)
        chmod(tape, 0o644)
        let finished = Self.unprivileged([TmuxTerminal.binary, "play", "--screens", folder + "/readonly", tape])
        #expect(finished.status == 1, "\(finished.output)")
        #expect(finished.errors.contains("スナップショットの書き出し先のフォルダ \(folder)/readonly に書き込めません"), "\(finished.errors)")
    }

    /// A scratch folder anyone may read, for a command run as another user.
    static func publicFolder() throws -> String {
        let folder = Command.scratch("seikyu-unwritable")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        chmod(folder, 0o755)
        return folder
    }

    /// Root writes into a read-only folder anyway: as root, the command runs as nobody.
    static func unprivileged(_ arguments: [String]) -> Command.Finished {
        guard geteuid() == 0 else { return Command.run(arguments) }
        return Command.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + arguments)
    }

    @Test func recordChecksItsFolderBeforeTheSessionStarts() {
        let missing = Command.scratch("seikyu-missing") + "/sub/session.tape"
        let finished = seikyu(["record", missing])
        #expect(finished.status == 1)
        #expect(finished.errors.contains("テープの書き出し先のフォルダ"), "\(finished.errors)")
        #expect(finished.errors.contains("がありません"))
    }

    /// A tape is read whole: one past the limit is refused before any of it is read.
    @Test func anOversizedTapeIsRefused() throws {
        let tape = Command.scratch("seikyu-big") + ".tape"
        defer { unlink(tape) }
        let line = "Type \"\(String(repeating: "a", count: 98))\"\n"
        try String(repeating: line, count: 10_001).write(toFile: tape, atomically: true, encoding: .utf8)
        let finished = seikyu(["play", tape])
        #expect(finished.status == 1)
        #expect(finished.errors.contains("が大きすぎます（1MB まで）"), "\(finished.errors)")
    }
}
