import ClaimFlow
import ClaimStore
import Foundation
import Testing

/// Issue 12: the month per payer (C3), 受領書 sanity (C1, C5), a missed deadline (C10).
@Suite struct MonthlyPayerTests {
    let calendar: SubmissionCalendar

    init() throws {
        calendar = SubmissionCalendar(rules: try AssetFolder.loadRules(from: assetsDirectory))
    }

    func at(_ text: String) -> LocalDateTime { LocalDateTime(parsing: text)! }

    /// The shipped monthly flow walked step by step id: both payers, each with its receipt.
    @Test func theSecondPayersReceiptKeepsTheFirst() throws {
        var driver = Driver(try shippedCatalog(), now: at("2026-12-08T10:00"))
        driver.open("monthly")
        driver.next(on: "window")
        driver.choose("both", on: "payers")
        driver.tick(on: "prechecks")
        driver.next(on: "sending")
        driver.choose("accepted", on: "shaho-result")
        driver.tick(on: "shaho-confirm")
        driver.type("S-1", on: "shaho-receipt")
        driver.type("2026-12-08 10:05", on: "shaho-printed")
        driver.choose("accepted", on: "kokuho-result")
        driver.tick(on: "kokuho-confirm")
        driver.type("K-1", on: "kokuho-receipt")
        driver.type("2026-12-08 11:00", on: "kokuho-printed")
        driver.expectStep("returns")
        let progress = driver.state.progress
        #expect(progress.submission(month: "2026-12", payer: .shaho)?.receipt?.number == "S-1")
        #expect(progress.submission(month: "2026-12", payer: .kokuho)?.receipt?.number == "K-1")
        #expect(progress.submission(month: "2026-12", payer: .kokuho)?.receipt?.printedAt == at("2026-12-08T11:00"))
        #expect(progress.isSubmitted(month: "2026-12"))
        #expect(!progress.isSubmitted(month: "2026-11"))
    }

    @Test func oneConfirmedPayerOfTwoIsNotASubmittedMonth() {
        var progress = SavedProgress()
        progress.updateSubmission(month: "2026-12", payer: .shaho) { $0.confirmedAt = at("2026-12-08T10:00") }
        #expect(progress.unconfirmedPayers(month: "2026-12") == [.kokuho])
        #expect(!progress.isSubmitted(month: "2026-12"))
        progress.payers = [.shaho]
        #expect(progress.isSubmitted(month: "2026-12"), "a clinic that claims to 社保 only is done")
    }

    @Test func aReceiptOfTheFirstVersionsIsKeptAsPayerUnknownAndCountsForItsMonth() throws {
        let json = #"{"schemaVersion":1,"location":{"screen":"menu"},"menuCursor":0,"flows":{},"receipts":[{"month":"2026-11","receivedAt":"2026-11-07T09:12","reference":"OLD-1"}]}"#
        let progress = try JSONDecoder().decode(SavedProgress.self, from: Data(json.utf8))
        #expect(progress.submissions.count == 1)
        #expect(progress.submissions.first?.payer == nil)
        #expect(progress.submissions.first?.receipt?.number == "OLD-1")
        #expect(progress.isSubmitted(month: "2026-11"))
        #expect(!progress.isSubmitted(month: "2026-12"))
        let standing = MonthStanding(month: "2026-11", progress: progress, now: at("2026-11-20T10:00"), calendar: calendar)
        #expect(standing.payers.first.map(Messages.monthly.standing) == "請求先不明 請求確定・受領書 OLD-1")
    }

    @Test(arguments: [
        ("2026-12-01T10:00", true),   // C5: days 1–4 closed
        ("2026-12-05T07:59", true),   // C1: opens 08:00
        ("2026-12-05T08:00", false),
        ("2026-12-07T21:30", true),   // C1: 5–7 close at 21:00
        ("2026-12-08T23:59", false),  // C1: 8–10 until 24:00
        ("2026-12-11T20:00", false),  // C3: corrections 11–12 08:00–21:00
        ("2026-12-13T10:00", true),
        ("2026-12-30T10:00", true),   // C5: year-end closure
    ])
    func aReceiptPrintedWhenTheSystemIsClosedIsDoubted(printed: String, doubted: Bool) {
        let doubt = ReceiptCheck.doubt(printedAt: at(printed), now: at("2027-01-20T10:00"), calendar: calendar)
        #expect((doubt != nil) == doubted, "\(printed): \(String(describing: doubt))")
        if doubted { #expect(doubt == .printedWhileClosed(at(printed))) }
    }

    @Test func aReceiptFromTheFutureIsDoubted() {
        #expect(ReceiptCheck.doubt(printedAt: at("2026-12-09T10:00"), now: at("2026-12-08T10:00"), calendar: calendar)
            == .printedInFuture(at("2026-12-09T10:00")))
    }

    @Test func theDeadlinePassesAtTheTenthsMidnightOrTheRecordedExtension() {
        var progress = SavedProgress()
        progress.updateSubmission(month: "2026-12", payer: .shaho) { $0.confirmedAt = at("2026-12-08T10:00") }
        func missed(_ now: String, _ calendar: SubmissionCalendar) -> [Payer] {
            MonthStanding(month: "2026-12", progress: progress, now: at(now), calendar: calendar).missed
        }
        #expect(missed("2026-12-10T23:59", calendar) == [])
        #expect(missed("2026-12-11T00:00", calendar) == [.kokuho])
        let extended = SubmissionCalendar(rules: calendar.rules, extensions: [WindowExtension(month: "2026-12", untilDay: 12, closeMinute: 21 * 60)])
        #expect(missed("2026-12-11T00:00", extended) == [], "C8: the recorded extension moves the deadline")
        #expect(missed("2026-12-12T21:00", extended) == [.kokuho])
        let kokuhoOnly = SubmissionCalendar(rules: calendar.rules,
                                            extensions: [WindowExtension(month: "2026-12", untilDay: 12, closeMinute: 21 * 60, payer: .kokuho)])
        progress.submissions = []
        #expect(missed("2026-12-11T00:00", kokuhoOnly) == [.shaho], "C8: only 国保連's system was extended")
        #expect(kokuhoOnly.deadline(year: 2026, month: 12).day == 10, "the calendar's own deadline stays")
        let lines = Messages.monthly.missedDeadline(month: 12, payers: [.kokuho])
        #expect(lines.joined().contains("月遅れ請求") && lines.joined().contains("国保連に問い合わせて"))
    }
}
