import ClaimFlow
import ClaimStore
import Testing

/// A deadline on a weekend or holiday (issue 15, item 12; C1, C2, C7, T10): the desks with weekday
/// hours are closed that day; the clerk is told which and the last earlier day they are open.
@Suite struct DeadlineDayOffTests {
    let desks: DeskDirectory

    init() throws {
        desks = try AssetFolder.loadDesks(from: assetsDirectory)
    }

    func off(_ moment: String, calendar: SubmissionCalendar = SubmissionCalendar(), desks: DeskDirectory? = nil,
             submitted: Bool = false) throws -> DeadlineDayOff? {
        let now = try #require(LocalDateTime(parsing: moment))
        return DeadlineDayOff.at(now, calendar: calendar, desks: desks ?? self.desks, submitted: submitted)
    }

    func date(_ text: String) throws -> CivilDate { try #require(CivilDate(parsing: text)) }

    /// HOL, C2: the months of 2026–2028 whose 10th is a Saturday, Sunday or holiday.
    @Test func theTenthsOnADayOffIn2026To2028() throws {
        var found: [String] = []
        for year in 2026...2028 {
            for month in 1...12 {
                let tenth = try #require(CivilDate(year: year, month: month, day: 10))
                if let holiday = JapaneseHolidays.name(of: tenth) {
                    found.append("\(tenth) \(holiday)")
                } else if tenth.weekday == 0 || tenth.weekday == 6 {
                    found.append("\(tenth) \(CivilDate.weekdayNames[tenth.weekday])")
                }
            }
        }
        #expect(found == ["2026-01-10 土", "2026-05-10 日", "2026-10-10 土", "2027-01-10 日", "2027-04-10 土", "2027-07-10 土",
                          "2027-10-10 日", "2028-01-10 成人の日", "2028-06-10 土", "2028-09-10 日", "2028-12-10 日"])
    }

    /// With the shipped desks: the portal call centre is closed on Sundays and holidays, open on
    /// Saturdays until 16:00 (T10, S4); the network and help desks follow the claim calendar.
    @Test(arguments: [
        ("2026-05-07T10:00", "2026-05-09"), ("2027-01-07T10:00", "2027-01-09"), ("2027-10-07T10:00", "2027-10-09"),
        ("2028-01-07T10:00", "2028-01-08"), ("2028-09-07T10:00", "2028-09-09"), ("2028-12-07T10:00", "2028-12-09"),
    ])
    func aSundayOrHolidayDeadlineNamesThePortalAndTheDayBefore(moment: String, sendBy: String) throws {
        let found = try #require(try off(moment))
        #expect(found.closedDesks == ["医療機関等向け総合ポータルサイト コールセンター"])
        #expect(found.sendBy == (try date(sendBy)))
        #expect(!found.isToday)
    }

    @Test func aHolidayIsNamed() throws {
        #expect(try off("2028-01-07T10:00")?.reason == .holiday("成人の日"))
        #expect(try off("2027-01-07T10:00")?.reason == .sunday)
    }

    /// Nothing on a weekday deadline, nor on a Saturday when every desk with known hours opens.
    @Test(arguments: ["2026-12-07T10:00", "2027-02-08T10:00", "2026-01-08T10:00", "2027-04-08T10:00", "2028-06-08T10:00"])
    func nothingWhenNoDeskIsClosed(moment: String) throws {
        #expect(try off(moment) == nil)
    }

    /// C7: never advice the clock contradicts.
    @Test func theClockDecidesWhatIsSaid() throws {
        // On the day: said, nothing about sending earlier.
        let onTheDay = try #require(try off("2027-01-10T10:00"))
        #expect(onTheDay.isToday && onTheDay.sendBy == nil)
        // Saturday before 16:00 the portal is still open: today; after, no day is left.
        #expect(try off("2027-01-09T15:00")?.sendBy == (try date("2027-01-09")))
        let evening = try #require(try off("2027-01-09T17:00"))
        #expect(evening.sendBy == nil)
        // After the deadline, and during the corrections: nothing.
        #expect(try off("2027-01-11T10:00") == nil)
        // Before the window opens (C5) the advice names a window day.
        #expect(try off("2027-01-02T10:00")?.sendBy == (try date("2027-01-09")))
    }

    @Test func notForAMonthAlreadySentNorWithoutAClaim() throws {
        #expect(try off("2027-01-07T10:00", submitted: true) == nil)
        // A new clinic whose first claim month is later has nothing to send this month.
        let setup = SubmissionCalendar(duty: ClaimDuty(firstClaimMonth: 2027 * 12 + 4))
        #expect(try off("2027-01-07T10:00", calendar: setup) == nil)
    }

    /// C8: an extension moves the deadline; 2026-01-12 is 成人の日.
    @Test func anExtendedDeadlineIsTheDayLookedAt() throws {
        let calendar = SubmissionCalendar(extensions: [WindowExtension(month: "2026-01", untilDay: 12, closeMinute: 21 * 60)])
        let found = try #require(try off("2026-01-09T10:00", calendar: calendar))
        #expect(found.deadline == (try date("2026-01-12")))
        #expect(found.reason == .holiday("成人の日"))
        // The 11th is a Sunday (closed), the 10th a Saturday (open): send by the 10th.
        #expect(found.sendBy == (try date("2026-01-10")))
    }

    /// A desk the clinic recorded with weekday hours is closed on a Saturday deadline.
    @Test func aClinicsWeekdayDeskOnASaturday() throws {
        var own = Desk(id: "claim-local", name: "", handles: "")
        own.hours = DeskHours.weekdays0900to1700.schedule
        let merged = desks.merged(with: ["claim-local": own])
        let found = try #require(try off("2027-04-08T10:00", desks: merged))
        #expect(found.reason == .saturday)
        #expect(found.closedDesks == ["都道府県の支払基金・国保連"])
        #expect(found.sendBy == (try date("2027-04-09")))
        #expect(Messages.calendar.caution(.desksClosedOnDeadline(found))
            == "締め切りの4月10日(土)は土曜日で、休みの窓口があります: 都道府県の支払基金・国保連。困ったときに相談できるよう、4月9日(金)までに送信してください。")
    }

    /// The main screen's warnings carry it (Today), before the freeze line.
    @Test func todaysWarningsSayIt() throws {
        let now = try #require(LocalDateTime(parsing: "2027-01-07T10:00"))
        let context = Context(catalog: try shippedCatalog(), now: now, desks: desks)
        let warnings = Today(SavedProgress(), context).status.warnings
        let index = try #require(warnings.firstIndex { $0.hasPrefix("締め切りの1月10日(日)は日曜日で、休みの窓口があります") })
        #expect(warnings.last?.hasPrefix("変更禁止の期間です") == true)
        #expect(index < warnings.count - 1)
    }
}
