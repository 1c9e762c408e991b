import ClaimFlow
import Testing

/// I1: 医療機関コード, its check digit chosen by prefecture, warnings that never block.
@Suite struct ClinicCodeTests {
    @Test func bothDomainExamplesAreValidEachByItsOwnScheme() {
        #expect(ClinicCode.check("0110113719") == ClinicCode.Result(scheme: .nineDigits, problems: []))
        #expect(ClinicCode.check("1310110049") == ClinicCode.Result(scheme: .sixDigits, problems: []))
    }

    @Test func theSchemeFollowsThePrefecture() {
        for prefecture in 1...47 {
            let expected: ClinicCode.CheckScheme = [11, 12, 13, 14].contains(prefecture) ? .sixDigits : .nineDigits
            #expect(ClinicCode.CheckScheme.forPrefecture(prefecture) == expected, "\(prefecture)")
        }
        // The Tokyo code is wrong under the nine-digit scheme: using one scheme everywhere refuses it.
        #expect(ClinicCode.luhnCheckDigit(of: [1, 3, 1, 0, 1, 1, 0, 0, 4]) == 2)
        #expect(ClinicCode.luhnCheckDigit(of: [0, 1, 1, 0, 0, 4]) == 9)
    }

    @Test func aWrongCheckDigitWarnsAndNamesTheDigitsToReRead() {
        let nine = ClinicCode.check("0110113718")
        #expect(nine.problems == [.checkDigit(expected: 9, actual: 8, scheme: .nineDigits)])
        #expect(nine.usable && !nine.valid)
        #expect(nine.problems.first?.message == "検証番号（10桁目）が合いません。1〜10桁目を通知書と見比べてください。")
        let six = ClinicCode.check("1310110048")
        #expect(six.problems == [.checkDigit(expected: 9, actual: 8, scheme: .sixDigits)])
        #expect(six.problems.first?.message.contains("4〜10桁目") == true)
    }

    /// Codes built by the rule for every prefecture and score table, digits varied.
    static func sampleCodes() -> [String] {
        var codes = ["0110113719", "1310110049"]
        var seed: UInt64 = 20261121
        for prefecture in 1...47 {
            for table in [1, 3, 4] {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                var digits = [prefecture / 10, prefecture % 10, table]
                var bits = seed >> 11
                for _ in 0..<6 { digits.append(Int(bits % 10)); bits /= 10 }
                digits.append(ClinicCode.expectedCheckDigit(ofFirstNine: digits).digit)
                codes.append(digits.map(String.init).joined())
            }
        }
        return codes
    }

    @Test func atLeastNinetyPercentOfOneDigitTyposAreFlagged() {
        var typos = 0, flagged = 0
        for code in Self.sampleCodes() {
            #expect(ClinicCode.isValid(code), "\(code) is built to be valid")
            let characters = Array(code)
            for position in 0..<10 {
                for digit in "0123456789" where digit != characters[position] {
                    var typo = characters
                    typo[position] = digit
                    typos += 1
                    if !ClinicCode.check(String(typo)).valid { flagged += 1 }
                }
            }
        }
        let rate = Double(flagged) / Double(typos)
        #expect(rate >= 0.90, "flagged \(flagged) of \(typos)")
    }

    @Test func everyTypoInTheCoveredDigitsIsCaught() {
        for code in ["0110113719", "1310110049"] {
            let characters = Array(code)
            let covered = ClinicCode.check(code).scheme!.coveredPositions
            for position in Array(covered) + [10] {
                for digit in "0123456789" where digit != characters[position - 1] {
                    var typo = characters
                    typo[position - 1] = digit
                    #expect(!ClinicCode.check(String(typo)).valid, "\(String(typo))")
                }
            }
        }
    }

    @Test func theFormIsExplainedAndOnlyTheFormBlocks() {
        #expect(ClinicCode.problems(in: "011011371") == [.wrongLength(count: 9)])
        #expect(ClinicCode.problems(in: "０110113719") == [.fullWidth(position: 1)])
        #expect(ClinicCode.problems(in: "01a0113719") == [.notDigit(position: 3, character: "a")])
        #expect(ClinicCode.check("0113719").problems == [.sevenDigitForm])
        #expect(!ClinicCode.check("0113719").usable)
        let table = ClinicCode.check("0120113719")
        #expect(table.problems.contains(.scoreTable("2")))
        #expect(table.usable, "an unusual score table only warns")
        #expect(ClinicCode.check("4910113719").problems.contains(.prefecture("49")))
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

    @Test func aSignOrAFullWidthDigitIsNotADate() {
        #expect(CivilDate(parsing: "+202-01-01") == nil, "Int() would take the sign; a date has four digits")
        #expect(CivilDate(parsing: "2026-+1-01") == nil)
        #expect(CivilDate(parsing: "２０２６-01-01") == nil)
        #expect(LocalDateTime(parsing: "2026-12-09T1０:00") == nil)
        #expect(LocalDateTime(parsing: "2026-12-09T10-00") == nil)
    }

    @Test func theOtherWrittenFormsStillRead() {
        let ten = LocalDateTime(year: 2026, month: 12, day: 9, hour: 10, minute: 0)
        #expect(LocalDateTime(parsing: "2026-12-09 10:00") == ten)
        #expect(LocalDateTime(parsing: " 2026-12-09T10:00:00 ") == ten)
        #expect(LocalDateTime(parsing: "2026-12-09") == LocalDateTime(year: 2026, month: 12, day: 9))
    }
}
