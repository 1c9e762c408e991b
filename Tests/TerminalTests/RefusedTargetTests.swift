import ClaimFlow
import ClaimStore
import Foundation
import Testing

/// Issue 11: an output target that is a symlink or not a regular file, or a data folder others
/// can write to, is refused before any work starts, and nothing is written anywhere.
@Suite struct RefusedTargetTests {
    /// A folder holding `target.txt` and links to it, and a data folder with one change in it.
    struct Setting {
        let root = Command.scratch("seikyu-refuse")
        var target: String { root + "/target.txt" }
        var data: String { root + "/data" }
        static let original = Data("元のファイル\n".utf8)

        init() throws {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try Self.original.write(to: URL(fileURLWithPath: target))
            let added = Command.run([TmuxTerminal.binary, "changes", "add", "--data-dir", data, "--now", "2026-12-03T09:00",
                                     "--date", "2026-12-20", "--kind", "router", "ルータ交換"])
            #expect(added.status == 0, "\(added.errors)")
        }

        func link(_ name: String) throws -> String {
            try FileManager.default.createSymbolicLink(atPath: root + "/" + name, withDestinationPath: target)
            return root + "/" + name
        }

        var names: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted() }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func recordRefusesASymlinkBeforeLookingForATerminal() throws {
        let setting = try Setting()
        defer { setting.remove() }
        let link = try setting.link("link.tape")
        let before = setting.names
        // No terminal here: had the target not been checked first, this would fail on the terminal.
        let data = setting.root + "/record-data"
        let finished = Command.run([TmuxTerminal.binary, "record", "--data-dir", data, link])
        #expect(finished.ended)
        #expect(finished.status != 0)
        #expect(finished.errors.contains("シンボリックリンク"), "\(finished.errors)")
        #expect(!finished.errors.contains("端末"), "the target is checked before the terminal:\n\(finished.errors)")
        #expect(FileManager.default.contents(atPath: setting.target) == Setting.original)
        #expect(PathKind.of(link) == .symlink)
        #expect(PathKind.of(data) == .missing, "no work started: the data folder was not even made")
        #expect(setting.names == before)
    }

    @Test func memoRefusesAFIFOAndDoesNotBlock() throws {
        let setting = try Setting()
        defer { setting.remove() }
        // A troubleshooting record, so that a memo exists and would be written.
        let store = try SQLiteProgressStore(directory: setting.data)
        _ = store.load(now: SharedFolderTests.now)
        let record = try JSONDecoder().decode(TriageRecord.self, from: Data("""
            {"at": "2026-12-03T09:00", "symptom": "e691", "message": "691", "started": "today",
             "steps": [], "outcome": "相談: network", "deskID": "network"}
            """.utf8))
        try store.update { progress in
            progress.triages.append(record)
            return []
        }
        store.close()
        let shown = Command.run([TmuxTerminal.binary, "memo", "--data-dir", setting.data])
        #expect(shown.status == 0 && shown.output.contains("691"), "the memo exists:\n\(shown.errors)")

        let fifo = setting.root + "/memo.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let before = setting.names
        let finished = Command.run([TmuxTerminal.binary, "memo", "--data-dir", setting.data, "--out", fifo])
        #expect(finished.ended, "memo --out FIFO blocked")
        #expect(finished.status != 0)
        #expect(finished.errors.contains("普通のファイルではありません"), "\(finished.errors)")
        #expect(!finished.output.contains("書き出しました"))
        #expect(PathKind.of(fifo) == .special)
        #expect(setting.names == before)
    }

    @Test func exportAndBackupRefuseASymlink() throws {
        let setting = try Setting()
        defer { setting.remove() }
        let link = try setting.link("link.json")
        let before = setting.names
        let dataBefore = try FileManager.default.contentsOfDirectory(atPath: setting.data).sorted()
        for arguments in [["export", "--data-dir", setting.data, "--out", link], ["backup", "--data-dir", setting.data, link]] {
            let finished = Command.run([TmuxTerminal.binary] + arguments)
            #expect(finished.ended)
            #expect(finished.status != 0, "\(arguments)")
            #expect(finished.errors.contains("シンボリックリンク"), "\(arguments): \(finished.errors)")
            #expect(FileManager.default.contents(atPath: setting.target) == Setting.original, "\(arguments)")
            #expect(PathKind.of(link) == .symlink)
            #expect(setting.names == before, "nothing left beside the target")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: setting.data).sorted() == dataBefore)
    }

    /// A data folder group or others may write to is refused with the fix to type, whether it
    /// is empty or already holds a database; nothing is created in it.
    @Test(arguments: [false, true])
    func statusRefusesAFolderOthersCanWriteTo(holdingADatabase: Bool) throws {
        let root = Command.scratch("seikyu-unsafe")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let data = root + "/data"
        if holdingADatabase {
            let added = Command.run([TmuxTerminal.binary, "changes", "add", "--data-dir", data, "--now", "2026-12-03T09:00",
                                     "--date", "2026-12-20", "--kind", "router", "ルータ交換"])
            #expect(added.status == 0, "\(added.errors)")
        } else {
            try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        }
        #expect(chmod(data, 0o777) == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: data).sorted()
        for format in [[], ["--json"]] {
            let finished = Command.run([TmuxTerminal.binary, "status", "--data-dir", data] + format)
            #expect(finished.status == 1, "\(format): \(finished.output)")
            #expect(finished.errors.contains("chmod 700"), "\(format): \(finished.errors)")
            #expect(!finished.output.contains("未着手"), "no status was printed")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: data).sorted() == before)
    }
}
