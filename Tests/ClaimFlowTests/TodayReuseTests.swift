@testable import ClaimFlow
import ClaimStore
import Testing

/// Issue 19: a snapshot of today may reuse the last one (all of it, or this month's records), so
/// years of history do not slow a frame. Whatever changed in what `Today` reads, the snapshot
/// made with the last one must be the snapshot made afresh.
@Suite struct TodayReuseTests {
    let catalog: FlowCatalog
    let rules: SubmissionRules

    init() throws {
        catalog = try AssetFolder.loadFlows(from: assetsDirectory)
        rules = try AssetFolder.loadRules(from: assetsDirectory)
    }

    func at(_ text: String) -> LocalDateTime { LocalDateTime(parsing: text)! }

    func context(_ now: String) -> Context { Context(catalog: catalog, now: at(now), rules: rules) }

    /// Five years of monthly runs up to November 2026: both payers confirmed, each with a 受領書 (C3).
    func history() -> SavedProgress {
        var progress = SavedProgress()
        for index in 0..<60 {
            let total = 2021 * 12 + 11 + index // December 2021 onwards
            let month = SubmissionCalendar.monthKey(year: total / 12, month: total % 12 + 1)
            for payer in Payer.allCases {
                progress.updateSubmission(month: month, payer: payer) { record in
                    record.confirmedAt = at("2021-12-10T11:00")
                    record.receipt = Receipt(number: "R\(month)", printedAt: nil, recordedAt: at("2021-12-10T11:30"))
                }
            }
        }
        return progress
    }

    /// The reused snapshot against one made from nothing: every part a frame reads.
    func expectSame(_ reused: Today, _ fresh: Today, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(reused.now == fresh.now, sourceLocation: sourceLocation)
        #expect(reused.status == fresh.status, sourceLocation: sourceLocation)
        #expect(reused.month == fresh.month, sourceLocation: sourceLocation)
        #expect(reused.missedDeadline == fresh.missedDeadline, sourceLocation: sourceLocation)
        #expect(reused.certificates == fresh.certificates, sourceLocation: sourceLocation)
        #expect(reused.plannedConflicts == fresh.plannedConflicts, sourceLocation: sourceLocation)
        #expect(reused.overdueChanges == fresh.overdueChanges, sourceLocation: sourceLocation)
        #expect(reused.calendar.extensions == fresh.calendar.extensions && reused.calendar.duty == fresh.calendar.duty,
                sourceLocation: sourceLocation)
    }

    @Test func aReceiptForThisMonthChangesTheStandingOnTheNextSnapshot() {
        var progress = history()
        let now = context("2026-12-08T10:00")
        let before = Today(progress, now)
        #expect(before.month.payers.map(\.isConfirmed) == [false, false])
        #expect(!before.status.submitted)
        progress.updateSubmission(month: "2026-12", payer: .shaho) { record in
            record.confirmedAt = at("2026-12-08T09:50")
            record.receipt = Receipt(number: "R-12", printedAt: at("2026-12-08T09:55"), recordedAt: at("2026-12-08T10:00"))
        }
        let after = Today.at(progress, now, reusing: before)
        #expect(after.month.payers.map(\.isConfirmed) == [true, false], "C3: 社保's 受領書 is seen at once")
        expectSame(after, Today(progress, now))
        progress.updateSubmission(month: "2026-12", payer: .kokuho) { $0.confirmedAt = at("2026-12-08T10:10") }
        let both = Today.at(progress, now, reusing: after)
        #expect(both.status.submitted, "both payers confirmed: the month is in")
        expectSame(both, Today(progress, now))
    }

    @Test func theNextMonthTakesItsOwnRecords() {
        let progress = history()
        let november = Today(progress, context("2026-11-20T10:00"))
        #expect(november.month.month == "2026-11" && november.status.submitted)
        let december = Today.at(progress, context("2026-12-11T00:00"), reusing: november)
        #expect(december.month.month == "2026-12")
        #expect(december.month.payers.map(\.isConfirmed) == [false, false])
        #expect(december.missedDeadline == [.shaho, .kokuho], "C10: December's deadline passed with nothing confirmed")
        expectSame(december, Today(progress, context("2026-12-11T00:00")))
    }

    @Test func theClinicsPayersAndExtensionsAreReadAgain() {
        var progress = history()
        let now = context("2026-12-11T09:00")
        let both = Today(progress, now)
        #expect(both.missedDeadline == [.shaho, .kokuho])
        progress.payers = [.kokuho]
        let kokuhoOnly = Today.at(progress, now, reusing: both)
        #expect(kokuhoOnly.missedDeadline == [.kokuho], "C3: a clinic that claims to 国保 only")
        expectSame(kokuhoOnly, Today(progress, now))
        progress.extensions.append(WindowExtension(month: "2026-12", untilDay: 12, closeMinute: 21 * 60))
        let extended = Today.at(progress, now, reusing: kokuhoOnly)
        #expect(extended.missedDeadline == [], "C8: the recorded extension moves the deadline")
        expectSame(extended, Today(progress, now))
    }

    @Test func aPlannedChangeIsWarnedOnTheNextSnapshot() throws {
        var progress = history()
        let now = context("2026-12-03T09:00")
        let quiet = Today(progress, now)
        #expect(quiet.plannedConflicts.isEmpty && quiet.overdueChanges.isEmpty)
        _ = progress.addChange(date: try #require(CivilDate(parsing: "2026-12-09")), kind: ChangeKind.allCases[0], note: "交換",
                               at: at("2026-12-03T09:00"))
        let planned = Today.at(progress, now, reusing: quiet)
        #expect(planned.plannedConflicts.count == 1, "a change planned on the 9th falls in the freeze")
        expectSame(planned, Today(progress, now))
        _ = progress.addChange(date: try #require(CivilDate(parsing: "2026-11-20")), kind: ChangeKind.allCases[0], note: "更新",
                               at: at("2026-11-01T09:00"))
        let overdue = Today.at(progress, now, reusing: planned)
        #expect(overdue.overdueChanges.map(\.note) == ["更新"], "[S0]: a plan whose day passed is asked about")
        expectSame(overdue, Today(progress, now))
    }

    @Test func aTickOnAChecklistKeepsTheSnapshot() {
        var progress = history()
        let now = context("2026-12-08T10:00")
        let before = Today(progress, now)
        progress.flows["setup"] = FlowProgress(start: "equipment", at: at("2026-12-08T10:00"))
        progress.flows["setup"]?.answers["equipment"] = .checked(["reseco"])
        let after = Today.at(progress, now, reusing: before)
        expectSame(after, Today(progress, now))
        #expect(after.reads == before.reads, "nothing Today reads changed")
    }
}
