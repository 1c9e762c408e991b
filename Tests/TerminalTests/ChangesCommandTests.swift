import Foundation
import Testing

/// `seikyu changes` on the built binary (issue 15, 5): each change listed with its state and
/// dates; done, postpone, edit and cancel act on a planned one, answer in Japanese, and refuse
/// (exit 1, nothing changed) what the rules do not allow.
@Suite struct ChangesCommandTests {
    /// One data folder; each command is run with its own clock.
    final class Folder {
        let path = Command.scratch("seikyu-changes")
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func run(_ arguments: String..., now: String) -> Command.Finished {
            Command.run([TmuxTerminal.binary, "changes"] + arguments + ["--data-dir", path, "--now", now])
        }

        func listed(now: String) throws -> [[String: Any]] {
            let finished = run("list", "--json", now: now)
            #expect(finished.status == 0, "\(finished.errors)")
            return try #require(try JSONSerialization.jsonObject(with: Data(finished.output.utf8)) as? [[String: Any]], "\(finished.output)")
        }
    }

    /// A router change planned on 11-25 for 12-08.
    func folderWithAPlannedRouter() -> Folder {
        let folder = Folder()
        let added = folder.run("add", "--date", "2026-12-08", "--kind", "router", "ルータ交換", now: "2026-11-25T10:00")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.hasPrefix("記録しました: 2026-12-08 ルータ ルータ交換（番号 1・予定）"), "\(added.output)")
        return folder
    }

    /// The acceptance of issue 15: a postponed change is planned after its original date has passed.
    @Test func aPostponedChangeIsListedAsPlannedAfterItsOriginalDate() throws {
        let folder = folderWithAPlannedRouter()
        let postponed = folder.run("postpone", "1", "--to", "2026-12-22", now: "2026-12-01T09:00")
        #expect(postponed.status == 0, "\(postponed.errors)")
        #expect(postponed.output == "「ルータ」を 2026年12月22日(火) に延期しました（元の予定は 2026年12月8日(火)）。\n")
        for now in ["2026-12-20T10:00", "2026-12-28T10:00"] {
            let change = try #require(try folder.listed(now: now).first)
            #expect(change["state"] as? String == "planned", "\(now): \(change)")
            #expect(change["date"] as? String == "2026-12-22")
            #expect(change["originalDate"] as? String == "2026-12-08")
            #expect(change["doneOn"] == nil)
            let history = try #require(change["history"] as? [[String: Any]])
            #expect(history.map { $0["action"] as? String } == ["postponed"])
        }
        let text = folder.run("list", now: "2026-12-28T10:00")
        #expect(text.output.contains("1  2026-12-22  予定（日付が過ぎています）"), "\(text.output)")
        #expect(text.output.contains("（元の日付 2026-12-08）"), "\(text.output)")
    }

    /// Dates as clerks type them (issue 15, 9) work on the command line too, and a wrong one says why.
    @Test func datesAreReadAsTheScreensReadThem() throws {
        let folder = Folder()
        let added = folder.run("add", "--date", "令和8年12月8日", "--kind", "ルータ", "交換", now: "2026-11-25T10:00")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.hasPrefix("記録しました: 2026-12-08 ルータ 交換"), "\(added.output)")
        let postponed = folder.run("postpone", "1", "--to", "２０２６/１２/２２", now: "2026-12-01T09:00")
        #expect(postponed.status == 0, "\(postponed.errors)")
        #expect(try folder.listed(now: "2026-12-01T09:00").first?["date"] as? String == "2026-12-22")
        let wrong = folder.run("postpone", "1", "--to", "2027/2/30", now: "2026-12-01T09:00")
        #expect(wrong.status == 2)
        #expect(wrong.errors.contains("--to: 2月30日はありません"), "\(wrong.errors)")
    }

    @Test func doneEditAndCancelEachGiveTheirState() throws {
        let folder = folderWithAPlannedRouter()
        #expect(folder.run("add", "--date", "2026-12-24", "--kind", "hub-lan", "配線", now: "2026-11-25T10:00").status == 0)
        #expect(folder.run("add", "--date", "2026-12-26", "--kind", "other", "メモ", now: "2026-11-25T10:00").status == 0)

        let done = folder.run("done", "1", now: "2026-12-09T09:00")
        #expect(done.status == 0, "\(done.errors)")
        #expect(done.output == "「ルータ」を 2026年12月8日(火) に済んだ変更として記録しました。\n")
        let edited = folder.run("edit", "2", "--date", "2027-01-08", "--note", "ハブの交換", now: "2026-12-09T09:00")
        #expect(edited.status == 0, "\(edited.errors)")
        #expect(edited.output.contains("日付を 2026年12月24日(木) から 2027年1月8日(金) に、メモを「ハブの交換」に直しました。"), "\(edited.output)")
        #expect(edited.output.contains("注意: 2027年1月8日(金) は変更禁止の期間"), "a new date in the freeze is warned about:\n\(edited.output)")
        let cancelled = folder.run("cancel", "3", now: "2026-12-09T09:00")
        #expect(cancelled.status == 0, "\(cancelled.errors)")

        let changes = try folder.listed(now: "2026-12-09T09:00")
        #expect(changes.map { $0["id"] as? Int } == [1, 3, 2])
        #expect(changes.map { $0["state"] as? String } == ["done", "cancelled", "planned"])
        #expect(changes[0]["doneOn"] as? String == "2026-12-08")
        #expect(changes[1]["cancelledOn"] as? String == "2026-12-09")
        #expect(changes[2]["note"] as? String == "ハブの交換")
        #expect(changes[2]["originalDate"] as? String == "2026-12-24")
    }

    @Test func whatTheRulesDoNotAllowIsRefusedAndChangesNothing() throws {
        let folder = folderWithAPlannedRouter()
        let future = folder.run("done", "1", "--on", "2026-12-10", now: "2026-12-09T09:00")
        #expect(future.status == 1)
        #expect(future.errors == "2026年12月10日(木) はまだ来ていません。済んだ日は今日（2026年12月9日(水)）までの日にしてください。\n")
        let earlier = folder.run("postpone", "1", "--to", "2026-12-07", now: "2026-12-01T09:00")
        #expect(earlier.status == 1)
        #expect(earlier.errors.contains("予定日（2026年12月8日(火)）より後ではありません"), "\(earlier.errors)")
        #expect(folder.run("cancel", "1", now: "2026-12-01T09:00").status == 0)
        let again = folder.run("done", "1", now: "2026-12-09T09:00")
        #expect(again.status == 1)
        #expect(again.errors.contains("取り消してあります"), "\(again.errors)")
        #expect(try folder.listed(now: "2026-12-09T09:00").map { $0["state"] as? String } == ["cancelled"])

        let unknown = folder.run("done", "7", now: "2026-12-09T09:00")
        #expect(unknown.status == 1)
        #expect(unknown.errors == "番号 7 の変更は記録されていません。一覧で番号を確かめてください。\n")
        let nothing = folder.run("edit", "1", now: "2026-12-09T09:00")
        #expect(nothing.status == 2, "an edit without --date or --note is a usage error")
        let badDate = folder.run("postpone", "1", "--to", "12/20", now: "2026-12-09T09:00")
        #expect(badDate.status == 2)
        #expect(badDate.errors.contains("--to: 日付として読めません。2027/4/1 や 令和9年4月1日 のように入力してください。"), "\(badDate.errors)")
    }

    @Test func aWrongNumberCreatesNoDataFolder() {
        let folder = Folder()
        let finished = folder.run("cancel", "1", now: "2026-12-09T09:00")
        #expect(finished.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
