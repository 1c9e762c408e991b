import ClaimFlow
import ClaimStore
import Foundation
import Testing

/// Issue 11's acceptance, on the built binary: many processes and two windows on one data folder
/// lose nothing, and a schema-1 folder is taken in once.
@Suite(.serialized) struct SharedFolderTests {
    static let now = LocalDateTime(year: 2026, month: 12, day: 3, hour: 9, minute: 0)!

    @Test func fiftyChangesAddedAtOnceGiveFiftyChanges() throws {
        let root = Command.scratch("seikyu-fifty")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let data = root + "/data" // not there yet: all fifty race to create it too
        let started = (1...50).map { number in
            Command.spawn([TmuxTerminal.binary, "changes", "add", "--data-dir", data, "--now", "2026-12-03T09:00",
                           "--date", "2026-12-20", "--kind", "router", "変更 \(number)"],
                          output: root + "/out-\(number)", errors: root + "/err-\(number)")
        }
        for (index, pid) in started.enumerated() {
            guard let pid else {
                Issue.record("変更 \(index + 1) did not start")
                continue
            }
            let finished = Command.wait(pid)
            let errors = (try? String(contentsOfFile: root + "/err-\(index + 1)", encoding: .utf8)) ?? ""
            #expect(finished.ended && finished.status == 0, "変更 \(index + 1): status \(finished.status)\n\(errors)")
        }
        let listed = Command.run([TmuxTerminal.binary, "changes", "list", "--json", "--data-dir", data])
        #expect(listed.status == 0, "\(listed.errors)")
        let changes = try JSONDecoder().decode([ChangeRecord].self, from: Data(listed.output.utf8))
        #expect(changes.count == 50)
        #expect(Set(changes.map(\.id)).count == 50)
        #expect(Set(changes.map(\.note)) == Set((1...50).map { "変更 \($0)" }))
    }

    /// Two windows on one folder tick different items of the monthly checklist: each sees the
    /// other's tick at its next key, keeps its own highlighted row, and both ticks are saved.
    @Test func twoWindowsOnOneFolderKeepEachOthersTicks() throws {
        let a = TmuxTerminal()
        let b = TmuxTerminal(dataFolder: a.dataFolder)
        defer {
            b.stop()
            a.stop()
        }
        // Both open before either moves (a window starts where the folder last stood), then
        // both go to the checklist in step: 2 opens 月次請求, Enter the payers, Enter the checklist.
        for window in [a, b] {
            window.start()
            #expect(window.waitFor("メインメニュー"), "\(window.screen)")
        }
        for (key, shown) in [("2", "今月の送信"), ("Enter", "今月の請求先"), ("Enter", "確認済み 0 / 4")] {
            for window in [a, b] {
                window.send(key)
                #expect(window.waitFor(shown), "\(window.screen)")
            }
        }
        // A ticks the third item (締め切りまで…変更しない); its highlighted row is saved with it.
        a.send("Down", "Down", "Space")
        #expect(a.waitFor("確認済み 1 / 4"), "\(a.screen)")
        #expect(b.screen.contains("確認済み 0 / 4"), "B has not pressed a key yet")

        // B's next key, a harmless one, brings A's tick in; B's row moves from its own place.
        b.send("Down")
        #expect(b.waitFor("確認済み 1 / 4"), "a change made elsewhere is seen at the next key:\n\(b.screen)")
        #expect(b.screen.contains("[x] 締め切りまで"), "\(b.screen)")
        #expect(b.screen.contains("> [ ] 電子証明書の警告が出ない"), "B's own row stays its own:\n\(b.screen)")
        b.send("Space")
        #expect(b.waitFor("確認済み 2 / 4"), "\(b.screen)")
        #expect(b.screen.contains("[x] 電子証明書の警告が出ない"), "\(b.screen)")

        a.send("Down")
        #expect(a.waitFor("確認済み 2 / 4"), "\(a.screen)")
        a.send("q")
        b.send("q")
        #expect(a.afterExit()?.status == "EXIT=0")
        #expect(b.afterExit()?.status == "EXIT=0")

        let exported = Command.run([TmuxTerminal.binary, "export", "--data-dir", a.dataFolder])
        #expect(exported.status == 0, "\(exported.errors)")
        let document = try JSONDecoder().decode(ExportDocument.self, from: Data(exported.output.utf8))
        guard case .checked(let ticked) = document.progress.flows["monthly"]?.answers["prechecks"] else {
            Issue.record("no ticks saved: \(exported.output)")
            return
        }
        #expect(Set(ticked) == ["no-change", "certificate"])
        let audited = document.audit.filter { $0.flow == "monthly" && $0.step == "prechecks" && $0.action == "checked" }
        #expect(Set(audited.compactMap(\.item)) == ["no-change", "certificate"])
        #expect(audited.count == 2)
    }

    /// A folder the JSON store (schema 1) left: the first start takes it in and says so once.
    @Test func aSchemaOneFolderIsTakenInAndSaidOnce() throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        let folder = terminal.dataFolder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let earlier = LocalDateTime(year: 2026, month: 12, day: 1, hour: 10, minute: 0)!
        var progress = SavedProgress()
        var setup = FlowProgress(start: "score-table", at: earlier)
        setup.history = ["intro", "clinic-name"]
        setup.answers = ["clinic-name": .text("さくら内科")]
        progress.flows["setup"] = setup
        progress.location = .flow("setup")
        progress.addChange(date: CivilDate(year: 2026, month: 12, day: 20)!, kind: .router, note: "ルータ交換", at: earlier)
        #expect(progress.schemaVersion == 1)
        let progressBytes = try JSONEncoder().encode(progress)
        try progressBytes.write(to: URL(fileURLWithPath: folder + "/progress.json"))
        let audit = [AuditEntry(at: earlier, flow: "setup", step: "clinic-name", action: "answered"),
                     AuditEntry(at: earlier, flow: "changes", step: "add", item: "1", action: "added")]
        let auditBytes = Data(try audit.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) + "\n" }.joined().utf8)
        try auditBytes.write(to: URL(fileURLWithPath: folder + "/audit.jsonl"))

        terminal.start()
        #expect(terminal.waitFor("取り込みました"), "\(terminal.screen)")
        #expect(terminal.screen.contains("点数表"), "it opens where the old data stood:\n\(terminal.screen)")
        #expect(terminal.screen.contains("に移して残しています"), "the notice says where the old files went")
        terminal.send("q")
        #expect(terminal.afterExit()?.status == "EXIT=0")

        let exported = Command.run([TmuxTerminal.binary, "export", "--data-dir", folder])
        #expect(exported.status == 0, "\(exported.errors)")
        let document = try JSONDecoder().decode(ExportDocument.self, from: Data(exported.output.utf8))
        #expect(document.progress.flows["setup"]?.answers["clinic-name"] == .text("さくら内科"))
        #expect(document.progress.changes.map(\.note) == ["ルータ交換"])
        #expect(document.audit == audit)
        #expect(document.imports.count == 1)

        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(!names.contains("progress.json") && !names.contains("audit.jsonl"), "\(names)")
        let moved = try #require(names.first { $0.hasPrefix("imported-") }, "\(names)")
        #expect(document.imports.first?.movedTo == folder + "/" + moved)
        #expect(FileManager.default.contents(atPath: folder + "/" + moved + "/progress.json") == progressBytes, "kept as it was")
        #expect(FileManager.default.contents(atPath: folder + "/" + moved + "/audit.jsonl") == auditBytes, "kept as it was")

        terminal.tmux("kill-session", "-t", "main")
        try? FileManager.default.removeItem(atPath: terminal.sttyFile)
        terminal.start()
        #expect(terminal.waitFor("点数表"), "\(terminal.screen)")
        #expect(terminal.waitFor("F10/q 終了"))
        #expect(!terminal.screen.contains("取り込みました"), "said once:\n\(terminal.screen)")
        terminal.send("q")
        #expect(terminal.afterExit()?.status == "EXIT=0")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("imported-") } == [moved])
    }
}
