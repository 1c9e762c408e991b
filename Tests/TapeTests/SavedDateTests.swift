import ClaimFlow
import ClaimStore
import ClaimTapes
import Foundation
import Testing

/// Issue 16: a designation date saved before dates were range-checked (9999-12-31 for "not
/// decided yet", 0001-01-01) never crashes a start: the timeline says it cannot be computed.
@Suite struct SavedDateTests {
    static let walkToDesignation = """
    Env SEIKYU_NOW 2026-12-03T09:00
    Enter
    Enter
    Type "ひかり薬局"
    Enter
    Type "03-1234-5678"
    Enter
    Down 2
    Enter
    Down
    Enter
    Type "R2027-0042"
    Enter
    Type "2027-04-01"
    Enter
    Expect "回線の種類"
    F10
    """

    static let startOnTheTimeline = """
    Env SEIKYU_NOW 2026-12-03T09:00
    Expect "からは日程を計算できません。Esc で戻って、2000年〜2099年の日付を入力し直してください。"
    Escape
    Expect "回線の種類"
    Escape
    Expect "指定を受ける予定の日"
    """

    @Test(arguments: ["9999-12-31", "0001-01-01"])
    func aSavedDesignationThatCannotBeComputedStartsWithAMessage(saved: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-dates-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let walk = try player().play(try TapeParser.parse(Self.walkToDesignation, file: "walk.tape"), dataDirectory: folder)
        #expect(walk.failures.isEmpty, "\(walk.failures)")

        // What an older version saved: the out-of-range date, and the clerk already on the timeline.
        let date = try #require(CivilDate(parsing: saved))
        do {
            let store = try SQLiteProgressStore(directory: folder)
            let loaded = store.load(now: december3)
            var after = loaded.progress
            var run = try #require(after.flows["setup"])
            run.answers["designation"] = .date(date)
            run.history.append(run.current)
            run.current = "timeline"
            after.flows["setup"] = run
            after.location = .flow("setup")
            _ = try store.commit(expecting: loaded.revision) { _ in StoreChange(before: loaded.progress, after: after, audit: []) }
            store.close()
        }
        let reopened = try SQLiteProgressStore(directory: folder)
        #expect(reopened.load(now: december3).progress.flows["setup"]?.answers["designation"] == .date(date), "read back as saved")
        reopened.close()

        let start = try player().play(try TapeParser.parse(Self.startOnTheTimeline, file: "start.tape"), dataDirectory: folder)
        #expect(start.failures.isEmpty, "\(start.failures)")
    }
}

private let december3 = LocalDateTime(year: 2026, month: 12, day: 3, hour: 9)!
