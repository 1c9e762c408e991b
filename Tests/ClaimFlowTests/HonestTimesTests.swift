import ClaimFlow
import ClaimStore
import Testing

/// Issue 12, item 5 "Honest times" (C1, C5, C7, C8), against the shipped Assets/calendar.json and
/// flows: time-of-day words only while the system is open, no quiet hours (no source names any),
/// never "send now" next to "the system is closed", and the ~15 minutes a send takes.
@Suite struct HonestTimesTests {
    let catalog: FlowCatalog
    let rules: SubmissionRules
    let calendar: SubmissionCalendar

    /// Quiet-hours words: no source gives quiet hours (C7).
    static let quietHours = ["空いている", "空いた", "空いて", "早朝", "昼休み", "夜"]

    init() throws {
        catalog = try AssetFolder.loadFlows(from: assetsDirectory)
        rules = try AssetFolder.loadRules(from: assetsDirectory)
        calendar = SubmissionCalendar(rules: rules)
    }

    func at(_ text: String, calendar: SubmissionCalendar? = nil) -> WindowStatus {
        WindowStatus.at(LocalDateTime(parsing: text)!, calendar: calendar ?? self.calendar)
    }

    /// The monthly flow's window and sending steps with their facts filled in, plus the headline
    /// and warnings every screen shows: the text a clerk reads at that moment.
    func lines(_ text: String, progress: SavedProgress = SavedProgress()) -> [String] {
        let now = LocalDateTime(parsing: text)!
        let context = Context(catalog: catalog, now: now, rules: rules)
        let state = AppState(progress: progress)
        let facts = Facts(state, context)
        let status = WindowStatus.at(now, calendar: context.calendar(for: progress), progress: progress)
        var lines = [status.headline] + status.warnings
        for stepID in ["window", "sending"] {
            guard let step = catalog.flow("monthly")?.step(stepID) else {
                Issue.record("monthly/\(stepID) is gone")
                continue
            }
            lines += step.body.map(facts.fill)
        }
        return lines.flatMap { $0.split(separator: "\n").map(String.init) }
    }

    func expectNoQuietHours(_ lines: [String], _ moment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in lines {
            for word in Self.quietHours {
                #expect(!line.contains(word), "C7: \(moment): 「\(word)」 has no source: \(line)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func beforeOpeningOnTheFifthSaysWhenItOpens() {
        let status = at("2026-12-05T07:30")
        #expect(status.phase == .opensLaterToday)
        #expect(status.minutesUntilOpen == 30)
        #expect(status.headline.hasPrefix("8:00 から送信できます（あと30分）。"))
        let text = lines("2026-12-05T07:30")
        expectNoQuietHours(text, "12/5 07:30")
        #expect(!text.contains { $0.contains("今すぐ") }, "C1: closed until 8:00, so nothing says send now")
        #expect(text.contains { $0.contains("8:00 から送信できます（あと30分）") })
    }

    @Test func afterClosingOnTheSeventhSaysClosedForToday() {
        let status = at("2026-12-07T21:30")
        #expect(status.phase == .closedForToday)
        #expect(status.minutesUntilOpen == nil && status.minutesUntilClose == nil)
        #expect(status.headline.hasPrefix("今日の受付は終わりました。明日 8:00 から送信できます。"))
        #expect(status.warnings.allSatisfy { !$0.contains("混み合う") && !$0.contains("締め切りです") })
        let text = lines("2026-12-07T21:30")
        expectNoQuietHours(text, "12/7 21:30")
        #expect(!text.contains { $0.contains("今すぐ") || $0.contains("送信できます（今日は") })
    }

    @Test func tenMinutesBeforeTheDeadlineCountsDown() {
        let status = at("2026-12-10T23:50")
        #expect(status.phase == .open && status.day.deadline)
        #expect(status.minutesUntilClose == 10)
        #expect(status.headline == "締め切りまであと10分です（今日 24:00 まで）。")
        #expect(status.warnings.contains("今日が締め切りです（24:00まで）。まだなら今すぐ送信してください。"))
        let text = lines("2026-12-10T23:50")
        expectNoQuietHours(text, "12/10 23:50")
        #expect(!text.contains { $0.contains("時間をおいて") }, "C7: no 'wait' next to 'send now'")
    }

    @Test func theFirstDaysSayTheWindowOpensOnTheFifth() {
        let status = at("2026-12-01T10:00")
        #expect(status.phase == .notYetOpen)
        #expect(status.headline.hasPrefix("今月の送信は 12月5日 8:00 からです（あと4日）。"))
        #expect(status.minutesUntilOpen == nil, "C5: closed all day, no countdown in minutes")
        let text = lines("2026-12-01T10:00")
        expectNoQuietHours(text, "12/1 10:00")
        #expect(!text.contains { $0.contains("今すぐ") || $0.contains("送信できます（") })
    }

    @Test func theLastHourOfAnOrdinaryDayCountsDownToClosing() {
        let status = at("2026-12-06T20:30")
        #expect(status.phase == .open && !status.day.deadline)
        #expect(status.minutesUntilClose == 30)
        #expect(status.headline.hasPrefix("今日の受付終了まであと30分です（21:00 まで）。"))
        #expect(!status.headline.contains("締め切りまで"))
        expectNoQuietHours(lines("2026-12-06T20:30"), "12/6 20:30")
        // An hour before is still "the last hour"; an hour and a minute is not.
        #expect(at("2026-12-06T20:00").headline.hasPrefix("今日の受付終了まであと1時間です"))
        #expect(at("2026-12-06T19:59").headline.hasPrefix("送信できます（今日は 21:00 まで）。"))
    }

    @Test func anOrdinaryOpenMomentHasNoContradiction() {
        let status = at("2026-12-09T10:00")
        #expect(status.phase == .open)
        #expect(status.headline == "送信できます（今日は 24:00 まで）。締め切りは 12月10日 24:00 です。")
        let text = lines("2026-12-09T10:00")
        expectNoQuietHours(text, "12/9 10:00")
        #expect(!text.contains { $0.contains("受付は終わりました") || $0.contains("から送信できます（あと") })
    }

    @Test func longWaitsAreSaidInHoursAndMinutes() {
        #expect(at("2026-12-08T06:30").headline.hasPrefix("8:00 から送信できます（あと1時間30分）。"))
        #expect(at("2026-12-08T07:00").headline.hasPrefix("8:00 から送信できます（あと1時間）。"))
        #expect(at("2026-12-08T00:05").minutesUntilOpen == 475)
        #expect(WindowStatus.span(59) == "59分" && WindowStatus.span(60) == "1時間" && WindowStatus.span(475) == "7時間55分")
    }

    @Test func beforeOpeningOnTheDeadlineNothingSaysSendNow() {
        let status = at("2026-12-10T07:30")
        #expect(status.phase == .opensLaterToday)
        #expect(status.warnings.contains("今日が締め切りです（24:00まで）。8:00 になったら、すぐに送信してください。"))
        #expect(!lines("2026-12-10T07:30").contains { $0.contains("今すぐ") })
    }

    @Test func anExtensionCountsDownToItsOwnClosingTime() {
        // C8: extended to the 12th 21:00; the 10th is an ordinary day then, the 12th the deadline.
        let extended = SubmissionCalendar(rules: rules, extensions: [WindowExtension(month: "2026-12", untilDay: 12, closeMinute: 21 * 60)])
        let twelfth = at("2026-12-12T20:15", calendar: extended)
        #expect(twelfth.phase == .open && twelfth.day.deadline)
        #expect(twelfth.headline == "締め切りまであと45分です（今日 21:00 まで）。")
        let tenth = at("2026-12-10T23:30", calendar: extended)
        #expect(tenth.headline.hasPrefix("今日の受付終了まであと30分です（24:00 まで）。締め切りは 12月12日 21:00 です。"))
    }

    @Test func aPeakDayAfterHolidaysAdvisesSendingEarlyInTheWindowOnly() {
        // 2027-05-06 follows 5/1–5/5 off (C7).
        for moment in ["2027-05-06T07:00", "2027-05-06T11:00"] {
            let status = at(moment)
            #expect(status.warnings.contains("今日は混み合う日です（連休明け）。10日を待たず、早めに送信してください。"), "\(moment)")
            expectNoQuietHours(lines(moment), moment)
        }
        #expect(at("2027-05-06T21:30").warnings.allSatisfy { !$0.contains("混み合う") }, "closed for today: no advice")
    }

    @Test func theSendingStepSaysASendTakesAboutFifteenMinutes() {
        let body = catalog.flow("monthly")?.step("sending")?.body ?? []
        #expect(body.contains("送信の処理には15分ほどかかることがあります。途中で止めずに待ってください。"), "C7")
    }

    /// Every half hour of the days where the phase changes (closed, window, deadline, corrections,
    /// year end; and the peak day after the May holidays), with a receipt on the window days too:
    /// no quiet hours, and "send now" only while the system is open. Kept small: the tests run on
    /// two CPUs next to timing-sensitive ones.
    @Test func noMomentOfTheMonthGivesAdviceTheClockContradicts() {
        var submitted = SavedProgress()
        submitted.submissions.append(ReceiptRecord(month: "2026-12", receivedAt: LocalDateTime(parsing: "2026-12-08T10:00")!, reference: "R-1").submission)
        let days = ["2026-12-01", "2026-12-04", "2026-12-05", "2026-12-07", "2026-12-08", "2026-12-10", "2026-12-11",
                    "2026-12-12", "2026-12-13", "2026-12-29", "2027-05-06", "2027-05-07"]
        for day in days {
            for half in stride(from: 0, to: 24 * 60, by: 30) {
                let moment = day + "T" + Hours.text(half)
                let status = at(moment)
                let window = ["2026-12-08", "2026-12-10"].contains(day)
                for progress in window ? [SavedProgress(), submitted] : [SavedProgress()] {
                    let text = lines(moment, progress: progress)
                    expectNoQuietHours(text, moment)
                    if status.phase != .open {
                        #expect(!text.contains { $0.contains("今すぐ") || $0.contains("送信できます（今日は") }, "\(moment): closed, yet 'send now'")
                    }
                    if status.phase != .opensLaterToday {
                        #expect(!text.contains { $0.contains("から送信できます（あと") }, "\(moment)")
                    }
                }
            }
        }
    }

    @Test func noFlowNamesQuietHours() {
        for flow in catalog.flows {
            for step in flow.steps {
                let texts = [step.title] + step.body + step.help
                    + step.items.flatMap { [$0.text] + ($0.detail.map { [$0] } ?? []) }
                    + step.options.flatMap { [$0.label] + ($0.detail.map { [$0] } ?? []) }
                expectNoQuietHours(texts, "\(flow.id)/\(step.id)")
            }
        }
    }
}
