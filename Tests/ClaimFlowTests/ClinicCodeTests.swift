import ClaimFlow
import Testing

/// I1: 医療機関コード with its Luhn check digit.
@Suite struct ClinicCodeTests {
    @Test func theDomainExampleIsValid() {
        #expect(ClinicCode.isValid("0110113719"))
    }

    @Test func aWrongCheckDigitNamesTheDigitAndTheExpectedValue() {
        let problems = ClinicCode.problems(in: "0110113718")
        #expect(problems == [.checkDigit(expected: 9, actual: 8)])
        #expect(problems.first?.message.contains("10桁目（検証番号）") == true)
    }

    @Test func everySingleDigitTypoIsCaught() {
        // Luhn catches any one mistyped digit: the point of the check.
        let code = Array("0110113719")
        for position in 0..<9 {
            for digit in "0123456789" where digit != code[position] {
                var typo = code
                typo[position] = digit
                #expect(!ClinicCode.isValid(String(typo)), "\(String(typo)) should be rejected")
            }
        }
    }

    @Test func lengthFullWidthAndScoreTableAreExplained() {
        #expect(ClinicCode.problems(in: "011011371") == [.wrongLength(count: 9)])
        #expect(ClinicCode.problems(in: "０110113719") == [.fullWidth(position: 1)])
        #expect(ClinicCode.problems(in: "01a0113719") == [.notDigit(position: 3, character: "a")])
        #expect(ClinicCode.problems(in: "0120113719").contains(.scoreTable("2")))
    }

    @Test func fullWidthTextIsConvertedToHalfWidth() {
        #expect(FullWidth.toHalfWidth("１２３４５６７８＠ｔｋ１２３４５６") == "12345678@tk123456")
    }
}

@Suite struct CivilDateTests {
    @Test func dayNumbersRoundTripAcrossTheCentury() {
        var date = CivilDate(year: 2000, month: 1, day: 1)!
        let end = CivilDate(year: 2100, month: 1, day: 1)!
        while date < end {
            #expect(CivilDate(dayNumber: date.dayNumber) == date)
            date = date.adding(days: 1)
        }
    }

    @Test func weekdaysMatchTheCalendar() {
        #expect(CivilDate(year: 2026, month: 12, day: 3)!.weekday == 4) // Thursday
        #expect(CivilDate(year: 2027, month: 1, day: 1)!.japanese == "2027年1月1日(金)")
    }

    @Test func parsingRejectsImpossibleDates() {
        #expect(CivilDate(parsing: "2026-02-29") == nil)
        #expect(CivilDate(parsing: "2028-02-29") != nil)
        #expect(LocalDateTime(parsing: "2026-12-09T24:00") == nil)
        #expect(LocalDateTime(parsing: "2026-12-09T10:00")?.description == "2026-12-09T10:00")
    }
}
