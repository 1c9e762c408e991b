@testable import ClaimFlow
import Foundation
import Testing

/// Domain "Change freeze": the freeze applies only to a clinic with a claim to send that month,
/// and a planned change is never shown as done by itself.
@Suite struct FreezeDutyTests {
    let catalog: FlowCatalog
    init() throws { catalog = try shippedCatalog() }

    func setupProgress(designation: String?, completed: Bool = false) -> SavedProgress {
        var progress = SavedProgress()
        var run = FlowProgress(start: "intro", at: december3)
        if let designation { run.answers["designation"] = .text(designation) }
        run.completed = completed
        progress.flows["setup"] = run
        return progress
    }

    let freezeLine = "変更禁止の期間です"

    @Test func aClinicThatNeverUsedSetupClaimsEveryMonth() throws {
        let duty = ClaimDuty(SavedProgress(), catalog: try shippedCatalog())
        #expect(duty == .always)
        #expect(duty.hasClaim(year: 2026, month: 12))
    }

    @Test func aNewClinicClaimsFromTheMonthAfterDesignation() throws {
        let duty = ClaimDuty(setupProgress(designation: "2027-04-01"), catalog: try shippedCatalog())
        #expect(!duty.hasClaim(year: 2026, month: 12))
        #expect(!duty.hasClaim(year: 2027, month: 4))
        #expect(duty.hasClaim(year: 2027, month: 5))
        #expect(duty.hasClaim(year: 2028, month: 1))
    }

    @Test func aDesignationInDecemberClaimsFromJanuary() throws {
        let duty = ClaimDuty(setupProgress(designation: "2026-12-01"), catalog: try shippedCatalog())
        #expect(!duty.hasClaim(year: 2026, month: 12))
        #expect(duty.hasClaim(year: 2027, month: 1))
    }

    @Test func setupWithoutADesignationYetHasNoClaim() throws {
        #expect(!ClaimDuty(setupProgress(designation: nil), catalog: try shippedCatalog()).hasClaim(year: 2026, month: 12))
        #expect(!ClaimDuty(setupProgress(designation: "2027-13-01"), catalog: try shippedCatalog()).hasClaim(year: 2026, month: 12))
    }

    @Test func aCompletedSetupOrARecordedReceiptClaims() throws {
        #expect(ClaimDuty(setupProgress(designation: "2027-04-01", completed: true), catalog: try shippedCatalog()) == .always)
        var progress = setupProgress(designation: "2027-04-01")
        progress.submissions = [ReceiptRecord(month: "2026-11", receivedAt: december3, reference: "R1").submission]
        #expect(ClaimDuty(progress, catalog: try shippedCatalog()) == .always)
    }

    @Test func theDesignationAlreadyPastClaimsNow() throws {
        #expect(ClaimDuty(setupProgress(designation: "2026-10-01"), catalog: try shippedCatalog()).hasClaim(year: 2026, month: 12))
        #expect(ClaimDuty(setupProgress(designation: "2026-11-01"), catalog: try shippedCatalog()).hasClaim(year: 2026, month: 12))
    }

    @Test func theCalendarOfANewClinicHasNoFreezeBeforeItsFirstClaim() throws {
        let context = Context(catalog: catalog, now: december3)
        let calendar = context.calendar(for: setupProgress(designation: "2027-04-01"))
        #expect(!calendar.day(CivilDate(year: 2026, month: 12, day: 8)!).freeze)
        #expect(calendar.day(CivilDate(year: 2027, month: 5, day: 8)!).freeze)
        #expect(FreezeCheck.warning(for: CivilDate(year: 2026, month: 12, day: 8)!, calendar: calendar) == nil)
        #expect(FreezeCheck.warning(for: CivilDate(year: 2027, month: 5, day: 8)!, calendar: calendar) != nil)
        // An existing clinic keeps the freeze on the same day.
        #expect(context.calendar(for: SavedProgress()).day(CivilDate(year: 2026, month: 12, day: 8)!).freeze)
    }

    @Test func theWindowStatusWarnsOnlyAClinicWithAClaim() throws {
        let context = Context(catalog: catalog, now: december3)
        let existing = WindowStatus.at(december3, calendar: context.calendar(for: SavedProgress()))
        #expect(existing.warnings.contains { $0.contains(freezeLine) })
        let new = WindowStatus.at(december3, calendar: context.calendar(for: setupProgress(designation: "2027-04-01")))
        #expect(!new.warnings.contains { $0.contains(freezeLine) })
    }

    @Test func plannedChangeWarningsFollowTheDuty() throws {
        var progress = setupProgress(designation: "2027-04-01")
        _ = progress.addChange(date: CivilDate(year: 2026, month: 12, day: 8)!, kind: .certificate, note: "", at: december3)
        let context = Context(catalog: catalog, now: december3)
        #expect(FreezeCheck.plannedChangeWarnings(progress.changes, today: december3.date, calendar: context.calendar(for: progress)).isEmpty)
        progress.flows["setup"] = nil
        #expect(FreezeCheck.plannedChangeWarnings(progress.changes, today: december3.date, calendar: context.calendar(for: progress)).count == 1)
    }

    /// C10 in a flow text as on the menu: a clinic in setup before its first claim month missed nothing.
    @Test func theMissedDeadlineFactIsQuietForANewClinic() throws {
        var state = AppState()
        state.progress = setupProgress(designation: "2027-04-01")
        state.progress.flows["monthly"] = FlowProgress(start: "window", at: december3)
        let afterDeadline = Context(catalog: catalog, now: LocalDateTime(year: 2026, month: 12, day: 11, hour: 9)!)
        #expect(Facts(state, afterDeadline).value(.monthMissed) == "")
        state.progress.flows["setup"] = nil
        #expect(Facts(state, afterDeadline).value(.monthMissed).hasPrefix("12月の締め切りまでに"))
    }

    @Test func theFreezeFactIsQuietForANewClinic() throws {
        var state = AppState()
        state.progress = setupProgress(designation: "2027-04-01")
        _ = state.progress.addChange(date: CivilDate(year: 2026, month: 12, day: 8)!, kind: .certificate, note: "", at: december3)
        let context = Context(catalog: catalog, now: december3)
        #expect(Facts(state, context).value(.changesFreeze) == "変更禁止の期間に予定された変更はありません。")
        state.progress.flows["setup"] = nil
        #expect(Facts(state, context).value(.changesFreeze).hasPrefix("変更禁止の期間に予定があります"))
    }

    // MARK: planned is not done

    @Test func aChangeRecordedAheadStaysPlannedAfterItsDate() throws {
        let change = ChangeRecord.recorded(id: 1, date: CivilDate(year: 2026, month: 12, day: 8)!, kind: .router, note: "",
                                           at: december3)
        let later = CivilDate(year: 2026, month: 12, day: 20)!
        #expect(!change.isDone)
        #expect(change.isPlanned)
        #expect(change.isUnconfirmed(today: later))
        #expect(ChangeRecord.timeline([change], today: later, days: 30).isEmpty)
    }

    @Test func aChangeRecordedAfterItsDateIsDone() throws {
        let change = ChangeRecord.recorded(id: 1, date: CivilDate(year: 2026, month: 12, day: 1)!, kind: .router, note: "",
                                           at: december3)
        #expect(change.isDone)
        #expect(change.doneOn == change.date)
        #expect(ChangeRecord.timeline([change], today: december3.date, days: 30) == [change])
    }

    /// Recorded on its own day, a change may still be to come that afternoon: planned until the clerk says so.
    @Test func aChangeRecordedOnItsDayIsPlanned() throws {
        let change = ChangeRecord.recorded(id: 1, date: december3.date, kind: .router, note: "", at: december3)
        #expect(change.isPlanned)
    }

    @Test func onlyTheClerkMarksAPlanDone() throws {
        var progress = SavedProgress()
        let record = progress.addChange(date: CivilDate(year: 2026, month: 12, day: 8)!, kind: .router, note: "", at: december3)
        let later = LocalDateTime(year: 2026, month: 12, day: 9, hour: 9)!
        #expect(ChangeRecord.timeline(progress.changes, today: later.date, days: 30).isEmpty)
        let marked = progress.apply(.markDone(on: later.date), toChange: record.id, at: later)
        #expect(try marked.get().isDone)
        #expect(ChangeRecord.timeline(progress.changes, today: later.date, days: 30).map(\.id) == [record.id])
        let unknown = progress.apply(.markDone(on: later.date), toChange: 99, at: later)
        #expect(unknown == .failure(.noSuchChange(id: 99)))
    }

    @Test func theRecentChangesFactListsAPlanApart() throws {
        var state = AppState()
        _ = state.progress.addChange(date: CivilDate(year: 2026, month: 12, day: 8)!, kind: .router, note: "交換", at: december3)
        let recent = Facts(state, Context(catalog: catalog, now: december3)).value(.changesRecent)
        #expect(recent.hasPrefix("最近の変更は記録されていません。"))
        #expect(recent.contains("予定（まだ済んでいません）: 12/8 ルータ（交換）"))
    }

    @Test func oldChangeFilesLoadWithoutTheDoneMark() throws {
        let json = #"{"id":1,"date":"2026-12-08","kind":"router","note":"","recordedAt":"2026-12-03T09:00"}"#
        let decoded = try JSONDecoder().decode(ChangeRecord.self, from: Data(json.utf8))
        #expect(decoded.doneOn == nil)
        #expect(decoded.state == .planned)
        #expect(decoded.history.isEmpty)
    }
}
