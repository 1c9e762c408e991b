import ClaimFlow
import ClaimStore
import ClaimTapes
import Foundation
import Testing

/// T11: the 相談メモ written after "it won't connect".
@Suite struct MemoTests {
    @Test func theMemoHasTheSymptomTheStepsAndTheLoggedChange() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-memo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try player().play(file: tapeFolder + "/trouble-691-ipvpn-v4.tape", dataDirectory: folder)
        #expect(result.failures.isEmpty, "\(result.failures)")
        let memos = try FileManager.default.contentsOfDirectory(atPath: folder + "/memos")
        #expect(memos == ["memo-20261120-1030.txt"])
        let memo = try String(contentsOfFile: folder + "/memos/" + memos[0], encoding: .utf8)
        #expect(memo.contains("症状: エラー 691 が出る"))
        #expect(memo.contains("2026-11-19 ルータ ルータを交換"))
        #expect(memo.contains("- ID とパスワードの確認（1文字ずつ）: 5 / 5 項目を確認"))
        #expect(memo.contains("電話: 0120-000-000"))
        #expect(memo.contains("パスワードは書いていません") || !memo.contains("ネットワークID:"))
        let store = try SQLiteProgressStore(directory: folder)
        _ = store.load(now: LocalDateTime(year: 2026, month: 11, day: 20, hour: 11, minute: 0)!)
        #expect(try store.auditTrail().contains { $0.flow == "trouble" && $0.action == "checked" })
    }

    /// One file per run: two runs in one minute leave two files, each named in its run's record and
    /// holding the text the record keeps (the one `m` shows and `seikyu memo` prints).
    @Test func twoRunsInOneMinuteLeaveTwoFilesNamedInTheirRecords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-memo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try player().play(file: tapeFolder + "/memo-two-in-a-minute.tape", dataDirectory: folder)
        #expect(result.failures.isEmpty, "\(result.failures)")
        let memos = try FileManager.default.contentsOfDirectory(atPath: folder + "/memos").sorted()
        #expect(memos == ["memo-20261209-1500-2.txt", "memo-20261209-1500.txt"])
        let store = try SQLiteProgressStore(directory: folder)
        let records = store.load(now: LocalDateTime(year: 2026, month: 12, day: 9, hour: 15, minute: 1)!).progress.triages
        #expect(records.compactMap(\.memoFile) == ["memo-20261209-1500.txt", "memo-20261209-1500-2.txt"])
        for record in records {
            let file = try String(contentsOfFile: folder + "/memos/" + (record.memoFile ?? ""), encoding: .utf8)
            #expect(file == record.memo)
        }
    }

    /// Issue 15, 2: after the line was switched from IPv4 to IPv6 at setup, the memo gives the desk
    /// the new line type and no network ID (I4), though the ID is still kept in the saved answers.
    @Test func theMemoLeavesOutAnAnswerThatNoLongerApplies() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-memo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try player().play(file: tapeFolder + "/line-type-change.tape", dataDirectory: folder)
        #expect(result.failures.isEmpty, "\(result.failures)")
        let memos = try FileManager.default.contentsOfDirectory(atPath: folder + "/memos")
        #expect(memos.count == 1)
        let memo = try String(contentsOfFile: folder + "/memos/" + (memos.first ?? ""), encoding: .utf8)
        #expect(memo.contains("回線の種類: IP-VPN 接続方式（光回線 IPv6、IPoE 接続）"))
        #expect(!memo.contains("ネットワークID"))
        #expect(!memo.contains("12345678@tk123456"))
        let store = try SQLiteProgressStore(directory: folder)
        let saved = store.load(now: LocalDateTime(year: 2026, month: 12, day: 3, hour: 10, minute: 0)!)
        #expect(saved.progress.flows["setup"]?.answers["network-id"] == .text("12345678@tk123456"), "kept in history")
    }
}
