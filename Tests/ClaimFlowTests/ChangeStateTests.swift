@testable import ClaimFlow
import Foundation
import Testing

/// Issue 15 (5), domain "Change freeze": a change is planned, done or cancelled; it becomes done
/// only when the clerk says so (or when it was recorded as already done), a postponed one stays
/// planned with its original date in its history, and only done changes reach a desk.
@Suite struct ChangeStateTests {
    static func at(_ text: String) -> LocalDateTime { LocalDateTime(parsing: text)! }
    static func day(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

    /// A router change planned on 11-25 for 12-08 (in the freeze).
    func plannedRouter() -> (SavedProgress, ChangeRecord) {
        var progress = SavedProgress()
        let record = progress.addChange(date: Self.day("2026-12-08"), kind: .router, note: "交換", at: Self.at("2026-11-25T10:00"))
        return (progress, record)
    }

    // MARK: postpone

    @Test func aPostponedChangeStaysPlannedAfterItsOriginalDate() throws {
        var (progress, record) = plannedRouter()
        let moved = try progress.apply(.postpone(to: Self.day("2026-12-22")), toChange: record.id, at: Self.at("2026-12-01T09:00")).get()
        #expect(moved.state == .planned)
        #expect(moved.date == Self.day("2026-12-22"))
        #expect(moved.originalDate == Self.day("2026-12-08"))
        #expect(moved.history == [ChangeRevision(action: .postponed, at: Self.at("2026-12-01T09:00"),
                                                 fromDate: Self.day("2026-12-08"), toDate: Self.day("2026-12-22"))])
        // Past the original date and past the new one: still planned, never in the desk's timeline.
        for today in ["2026-12-20", "2026-12-28"].map(Self.day) {
            #expect(progress.changes.allSatisfy { $0.isPlanned })
            #expect(ChangeRecord.timeline(progress.changes, today: today, days: 60).isEmpty)
        }
        #expect(ChangeRecord.overdue(progress.changes, today: Self.day("2026-12-20")).isEmpty)
        #expect(ChangeRecord.overdue(progress.changes, today: Self.day("2026-12-28")).map(\.id) == [record.id])
    }

    @Test func aPostponementGoesToALaterDayThatHasNotPassed() throws {
        let (progress, record) = plannedRouter()
        let now = Self.at("2026-12-20T10:00")
        #expect(progress.trying(.postpone(to: Self.day("2026-12-08")), onChange: record.id, at: now)
                == .failure(.postponeNotLater(record, to: Self.day("2026-12-08"))))
        #expect(progress.trying(.postpone(to: Self.day("2026-12-01")), onChange: record.id, at: now)
                == .failure(.postponeNotLater(record, to: Self.day("2026-12-01"))))
        #expect(progress.trying(.postpone(to: Self.day("2026-12-10")), onChange: record.id, at: now)
                == .failure(.postponeIntoPast(to: Self.day("2026-12-10"), today: now.date)))
        #expect(try progress.trying(.postpone(to: now.date), onChange: record.id, at: now).get().date == now.date)
    }

    // MARK: done

    @Test func markingDoneRecordsTheDayItWasMadeAndKeepsThePlannedDay() throws {
        var (progress, record) = plannedRouter()
        let now = Self.at("2026-12-20T10:00")
        #expect(progress.trying(.markDone(on: Self.day("2026-12-21")), onChange: record.id, at: now)
                == .failure(.doneInFuture(on: Self.day("2026-12-21"), today: now.date)))
        let done = try progress.apply(.markDone(on: Self.day("2026-12-18")), toChange: record.id, at: now).get()
        #expect(done.state == .done)
        #expect(done.doneOn == Self.day("2026-12-18"))
        #expect(done.originalDate == Self.day("2026-12-08"))
        #expect(done.history.last == ChangeRevision(action: .done, at: now, fromDate: Self.day("2026-12-08"), toDate: Self.day("2026-12-18")))
        #expect(ChangeRecord.timeline(progress.changes, today: now.date, days: 30).map(\.date) == [Self.day("2026-12-18")])
    }

    @Test func theSuggestedDoneDayIsThePlannedDayOnceItHasCome() {
        let (_, record) = plannedRouter()
        #expect(record.suggestedDoneDay(today: Self.day("2026-12-20")) == Self.day("2026-12-08"))
        #expect(record.suggestedDoneDay(today: Self.day("2026-12-05")) == Self.day("2026-12-05"))
    }

    // MARK: cancel

    @Test func aCancelledChangeIsKeptButAppearsNowhereButTheList() throws {
        var (progress, record) = plannedRouter()
        let now = Self.at("2026-12-01T09:00")
        let cancelled = try progress.apply(.cancel, toChange: record.id, at: now).get()
        #expect(cancelled.state == .cancelled)
        #expect(cancelled.cancelledOn == now.date)
        #expect(progress.changes.map(\.id) == [record.id], "the record is kept")
        #expect(ChangeRecord.planned(progress.changes).isEmpty)
        #expect(ChangeRecord.upcoming(progress.changes, today: now.date).isEmpty)
        #expect(ChangeRecord.overdue(progress.changes, today: Self.day("2026-12-20")).isEmpty)
        #expect(ChangeRecord.timeline(progress.changes, today: Self.day("2026-12-20"), days: 60).isEmpty)
        #expect(FreezeCheck.plannedConflicts(progress.changes, today: now.date, calendar: SubmissionCalendar()).isEmpty)
        var state = AppState(progress: progress)
        state.progress.changes.append(ChangeRecord.recorded(id: 2, date: Self.day("2026-11-20"), kind: .terminal, note: "更新", at: now))
        let recent = Facts(state, Context(catalog: try shippedCatalog(), now: now)).value(.changesRecent)
        #expect(recent == "11/20 端末・OS（更新）", "the done change only; the cancelled one is not a plan either")
    }

    /// T11, [S0]: the memo a desk reads says the done change with its date, lists the postponed
    /// one only as a plan, and never mentions the cancelled one.
    @Test func theMemoTellsTheDeskOnlyWhatWasDone() throws {
        var progress = SavedProgress()
        let now = Self.at("2026-12-20T10:00")
        let router = progress.addChange(date: Self.day("2026-12-08"), kind: .router, note: "ルータ交換", at: Self.at("2026-11-25T10:00"))
        let hub = progress.addChange(date: Self.day("2026-12-09"), kind: .hubLAN, note: "配線のやり直し", at: Self.at("2026-11-25T10:00"))
        let terminal = progress.addChange(date: Self.day("2026-12-10"), kind: .terminal, note: "PC の入れ替え", at: Self.at("2026-11-25T10:00"))
        _ = try progress.apply(.markDone(on: Self.day("2026-12-14")), toChange: router.id, at: now).get()
        _ = try progress.apply(.postpone(to: Self.day("2026-12-26")), toChange: hub.id, at: Self.at("2026-12-05T10:00")).get()
        _ = try progress.apply(.cancel, toChange: terminal.id, at: Self.at("2026-12-05T10:00")).get()
        let record = TriageRecord(at: now, symptom: "エラー 691 が出る", message: "691", started: "今日から", steps: [],
                                  outcome: "相談先: ネットワークサポートデスク", deskID: nil, lineType: nil)
        let memo = ConsultationMemo.render(record, progress: progress, directory: DeskDirectory(desks: []),
                                           context: Context(catalog: try shippedCatalog(), now: now))
        let lines = memo.split(separator: "\n").map(String.init)
        let done = try #require(lines.firstIndex(of: TriageWords.Memo.recentChanges))
        let planned = try #require(lines.firstIndex(of: TriageWords.Memo.plannedChanges))
        #expect(lines[done + 1] == "  2026-12-14 ルータ ルータ交換", "\(memo)")
        #expect(lines[planned + 1] == "  2026-12-26 ハブ・LAN の配線 配線のやり直し", "\(memo)")
        #expect(!memo.contains("PC の入れ替え"), "\(memo)")
    }

    // MARK: what cannot be done

    @Test func doneAndCancelledChangesStayAsTheyAre() throws {
        var (progress, record) = plannedRouter()
        let now = Self.at("2026-12-20T10:00")
        let done = try progress.apply(.markDone(on: record.date), toChange: record.id, at: now).get()
        for command: ChangeCommand in [.postpone(to: Self.day("2026-12-25")), .edit(date: nil, note: "x"), .markDone(on: now.date), .cancel] {
            #expect(progress.trying(command, onChange: record.id, at: now) == .failure(.notPlanned(done)))
        }
        let other = progress.addChange(date: Self.day("2026-12-24"), kind: .other, note: "", at: now)
        let cancelled = try progress.apply(.cancel, toChange: other.id, at: now).get()
        #expect(progress.trying(.markDone(on: now.date), onChange: other.id, at: now) == .failure(.notPlanned(cancelled)))
        #expect(progress.trying(.cancel, onChange: 99, at: now) == .failure(.noSuchChange(id: 99)))
    }

    // MARK: edit

    @Test func anEditCorrectsTheDateOrTheNoteAndKeepsThePlan() throws {
        var (progress, record) = plannedRouter()
        let now = Self.at("2026-12-01T09:00")
        let dated = try progress.apply(.edit(date: Self.day("2026-11-30"), note: nil), toChange: record.id, at: now).get()
        #expect(dated.date == Self.day("2026-11-30") && dated.isPlanned, "a date in the past is still a plan")
        #expect(dated.history.last == ChangeRevision(action: .edited, at: now, fromDate: Self.day("2026-12-08"), toDate: Self.day("2026-11-30")))
        let noted = try progress.apply(.edit(date: nil, note: " 機種を変える "), toChange: record.id, at: now).get()
        #expect(noted.note == "機種を変える")
        #expect(noted.history.last == ChangeRevision(action: .edited, at: now, fromNote: "交換", toNote: "機種を変える"))
        #expect(progress.trying(.edit(date: noted.date, note: noted.note), onChange: record.id, at: now) == .failure(.nothingToEdit))
        #expect(progress.trying(.edit(date: nil, note: nil), onChange: record.id, at: now) == .failure(.nothingToEdit))
        #expect(progress.trying(.edit(date: nil, note: "  "), onChange: record.id, at: now) == .failure(.emptyNote))
    }

    // MARK: JSON

    @Test func theJSONSaysTheStateAndTheDates() throws {
        var (progress, record) = plannedRouter()
        _ = try progress.apply(.postpone(to: Self.day("2026-12-22")), toChange: record.id, at: Self.at("2026-12-01T09:00")).get()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(progress.changes)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(json.first?["state"] as? String == "planned")
        #expect(json.first?["date"] as? String == "2026-12-22")
        #expect(json.first?["originalDate"] as? String == "2026-12-08")
        #expect(json.first?["doneOn"] == nil && json.first?["cancelledOn"] == nil)
        #expect(try JSONDecoder().decode([ChangeRecord].self, from: data) == progress.changes)
    }

    /// Files written before states (export version 2, progress.json, the demo): the meaning they had.
    @Test func aChangeWithoutAStateIsReadAsItWasMeant() throws {
        func decode(_ json: String) throws -> ChangeRecord { try JSONDecoder().decode(ChangeRecord.self, from: Data(json.utf8)) }
        let ahead = try decode(#"{"id":1,"date":"2026-12-08","kind":"router","note":"","recordedAt":"2026-11-25T10:00"}"#)
        let afterwards = try decode(#"{"id":2,"date":"2026-11-02","kind":"terminal","note":"","recordedAt":"2026-11-02T18:00"}"#)
        let confirmed = try decode(#"{"id":3,"date":"2026-12-08","kind":"router","note":"","recordedAt":"2026-11-25T10:00","doneOn":"2026-12-09"}"#)
        #expect(ahead.state == .planned)
        #expect(afterwards.state == .done)
        #expect(confirmed.state == .done)
    }
}
