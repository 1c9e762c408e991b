import ClaimFlow
import Foundation
import Testing

/// Issue 15: dates as clerks type them are understood, and impossible ones are explained.
@Suite struct ClerkDateTests {
    static let april1 = CivilDate(year: 2027, month: 4, day: 1)!

    @Test(arguments: [
        "2027-04-01", "2027/4/1", "2027-4-1", "2027.4.1", "2027/04/01", "2027.04.01", "20270401",
        "２０２７／４／１", "２０２７－０４－０１", "２０２７．４．１", "2027年4月1日", "２０２７年４月１日", "2027年4月1",
        "令和9年4月1日", "令和９年４月１日", "R9.4.1", "r9/4/1", "Ｒ９．４．１", "R9-4-1", "令和9/4/1", "㋿9.4.1", "R09.04.01",
        " 2027 / 4 / 1 ", "令和 9年 4月 1日", "2027年 4月 1日",
        "2027ー4ー1", "2027−4−1", "2027‐4‐1", "2027/4-1",
    ])
    func aClerkFormIsTheSameDay(typed: String) {
        #expect(ClerkDate.read(typed) == .success(Self.april1), "\(typed)")
    }

    @Test func theFirstYearOfReiwaIsGannen() {
        let mayDay = CivilDate(year: 2019, month: 5, day: 1)!
        #expect(ClerkDate.reiwaBegins == mayDay)
        #expect(ClerkDate.read("令和元年5月1日") == .success(mayDay))
        #expect(ClerkDate.read("R1.5.1") == .success(mayDay))
        #expect(ClerkDate.read("令和1年12月31日") == .success(CivilDate(year: 2019, month: 12, day: 31)!))
        #expect(ClerkDate.read("令和8年2月29日") == .failure(.noSuchDay(year: 2026, month: 2, day: 29)))
        #expect(ClerkDate.read("令和10年2月29日") == .success(CivilDate(year: 2028, month: 2, day: 29)!), "2028 is a leap year")
        #expect(ClerkDate.reiwaYear(of: CivilDate(year: 2019, month: 4, day: 30)!) == nil)
        #expect(ClerkDate.reiwaYear(of: mayDay) == 1)
        #expect(ClerkDate.reiwaYear(of: Self.april1) == 9)
    }

    @Test(arguments: [
        ("2027/2/30", ClerkDate.Problem.noSuchDay(year: 2027, month: 2, day: 30)),
        ("2027/2/29", .noSuchDay(year: 2027, month: 2, day: 29)),
        ("2027/4/31", .noSuchDay(year: 2027, month: 4, day: 31)),
        ("2027/4/0", .noSuchDay(year: 2027, month: 4, day: 0)),
        ("2027/13/1", .noSuchMonth(13)),
        ("2027年0月1日", .noSuchMonth(0)),
        ("令和0年4月1日", .reiwaYearZero),
        ("R0.4.1", .reiwaYearZero),
        ("令和2026/12/15", .reiwaYearTooLong),
        ("令和2026年12月15日", .reiwaYearTooLong),
        ("令和元年4月30日", .beforeReiwa(month: 4, day: 30)),
        ("27/4/1", .yearNotFourDigits),
        ("27年4月1日", .yearNotFourDigits),
        ("0000/1/1", .yearNotFourDigits),
        ("2027/4", .unreadable),
        ("2027/4/1/2", .unreadable),
        ("2027年4月", .unreadable),
        ("+2027/4/1", .unreadable),
        ("2027/+4/1", .unreadable),
        ("2027/4/00001", .unreadable),
        ("2027年4月1日(木)", .unreadable),
        ("平成31年4月30日", .unreadable),
        ("R20270401", .unreadable),
        ("2027040", .unreadable),
        ("四月一日", .unreadable),
        ("R9999.1.1", .reiwaYearTooLong),
    ])
    func anImpossibleOrUnreadableDateSaysWhy(typed: String, problem: ClerkDate.Problem) {
        #expect(ClerkDate.read(typed) == .failure(problem), "\(typed)")
    }

    @Test func theMessagesSayWhatToType() {
        #expect(DateWording.problem(.noSuchDay(year: 2027, month: 2, day: 30))
                == "2月30日はありません（2027年2月は28日まで）。日付を確かめて入力してください。")
        #expect(DateWording.problem(.reiwaYearZero) == "令和0年はありません。令和9年4月1日 や 2027/4/1 のように入力してください。")
        #expect(DateWording.problem(.reiwaYearTooLong) == "令和の年は 令和9年 のように1〜2桁です。西暦なら 令和 を付けずに 2027/4/1 のように入力してください。")
        #expect(DateWording.problem(.unreadable) == "日付として読めません。2027/4/1 や 令和9年4月1日 のように入力してください。")
        #expect(DateWording.problem(.beforeReiwa(month: 4, day: 30)).contains("2019/4/30 のように"))
        #expect(DateWording.problem(.noSuchMonth(13)) == "13月はありません。月は 1〜12 で入力してください。")
        #expect(DateWording.problem(.yearNotFourDigits).contains("西暦の4桁（2027）か、令和9年"))
    }

    @Test func theEchoGivesTheNormalFormAndTheEra() {
        #expect(DateWording.accepted(Self.april1) == "2027-04-01（令和9年4月1日(木)）として受け付けました。")
        #expect(DateWording.spoken(CivilDate(year: 2019, month: 5, day: 1)!) == "令和元年5月1日(水)")
        #expect(DateWording.spoken(CivilDate(year: 2019, month: 4, day: 30)!) == "2019年4月30日(火)")
    }

    @Test func theMachineParserStaysStrict() {
        // Stored values and the command line's --date keep one exact form (CivilDate(parsing:)).
        #expect(CivilDate(parsing: "2027/4/1") == nil)
        #expect(CivilDate(parsing: "令和9年4月1日") == nil)
        #expect(CivilDate(parsing: "2027-04-01") == Self.april1)
    }
}
