@testable import ClaimFlow
import Testing

/// Issue 14: the exported calendar is RFC 5545 text (CRLF, 75-octet folding, escaping, DTSTAMP
/// in UTC) with stable UIDs, and holds each month's window and deadline and the certificate dates.
@Suite struct ICalendarTests {
    let rules = SubmissionRules.standard

    @Test func linesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        let long = "SUMMARY:" + String(repeating: "電子証明書", count: 10)
        let folded = ICalendarText.folded(long)
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines.count > 1)
        for line in lines { #expect(line.utf8.count <= 75, "\(line)") }
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(lines.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == long)
    }

    @Test func textIsEscapedAndTheStampIsUTC() {
        #expect(ICalendarText.escaped("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        #expect(ICalendarText.utc(LocalDateTime(parsing: "2027-01-01T08:30")!) == "20261231T233000Z")
    }

    @Test func twelveWindowsWithStableUIDs() {
        let events = CalendarExport.events(year: 2027, calendar: SubmissionCalendar(rules: rules), changes: [], certificates: [])
        let windows = events.filter { $0.uid.hasPrefix("window-") }
        #expect(windows.map(\.uid) == (1...12).map { "window-2027-\($0 < 10 ? "0" : "")\($0)@seikyu" })
        #expect(windows.first?.first.description == "2027-01-05" && windows.first?.last.description == "2027-01-10", "C1")
        #expect(events.filter { $0.uid.hasPrefix("deadline-") }.count == 12, "C2")
        #expect(events.first { $0.uid == "correction-end-2027-01@seikyu" }?.first.description == "2027-01-12", "C3")
        let text = ICalendarText.render(events, stamp: LocalDateTime(parsing: "2026-12-09T10:00")!)
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF only")
        #expect(text.components(separatedBy: "DTSTAMP:20261209T010000Z").count - 1 == events.count)
    }

    @Test func certificateDatesAreEvents() {
        let certificate = Certificate(id: 3, pc: "1号機", issued: CivilDate(parsing: "2026-09-01")!)
        let in2027 = CalendarExport.events(year: 2027, calendar: SubmissionCalendar(rules: rules), changes: [], certificates: [certificate])
        #expect(in2027.first { $0.uid == "certificate-3-download@seikyu" }?.first.description == "2027-02-28", "issue + 180 days")
        let in2029 = CalendarExport.events(year: 2029, calendar: SubmissionCalendar(rules: rules), changes: [], certificates: [certificate])
        #expect(in2029.first { $0.uid == "certificate-3-renewal@seikyu" }?.first.description == "2029-06-03")
        #expect(in2029.first { $0.uid == "certificate-3-expiry@seikyu" }?.first.description == "2029-09-01")
    }

    /// Issue 14, 4: the window event says the hours the rules give (C1), so a change of the rules
    /// (Assets/calendar.json) reaches the .ics; the standard rules give domain.md's hours.
    @Test func theWindowsHoursComeFromTheRules() {
        func detail(_ rules: SubmissionRules) -> String? {
            CalendarExport.events(year: 2027, calendar: SubmissionCalendar(rules: rules), changes: [], certificates: [])
                .first { $0.uid == "window-2027-04@seikyu" }?.description
        }
        #expect(detail(rules)?.hasPrefix("5日〜7日は 8:00〜21:00、8日〜10日は 8:00〜24:00 に送信できます（土日祝も）。") == true,
                "\(detail(rules) ?? "")")
        var changed = rules
        changed.windows = [DayHours(from: 5, to: 6, hours: Hours(open: 9 * 60, close: 20 * 60)),
                           DayHours(from: 7, to: 10, hours: Hours(open: 8 * 60 + 30, close: 23 * 60))]
        let text = detail(changed) ?? ""
        #expect(text.hasPrefix("5日〜6日は 9:00〜20:00、7日〜10日は 8:30〜23:00 に送信できます"), "\(text)")
        #expect(!text.contains("8:00〜21:00") && !text.contains("24:00"), "no hours the rules do not give")
    }
}
