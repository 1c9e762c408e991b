/// A date as a clerk types it (issue 15): `2027/4/1`, `2027-4-1`, `2027.4.1`, `20270401`,
/// `2027年4月1日`, `令和9年4月1日`, `令和元年5月1日`, `R9.4.1`, in half- or full-width characters,
/// with stray spaces. The screen then echoes the one normal form, `2027-04-01`; the commands'
/// date options read the same. Stored values and `--now` keep the strict `CivilDate(parsing:)`.
public enum ClerkDate {
    /// Why a text is not a date; `DateWording` says it in Japanese, with what to type instead.
    public enum Problem: Error, Equatable, Sendable {
        /// Not a shape of date this reader knows.
        case unreadable
        /// A western year not written with four digits (`27/4/1` could be 1927 or 2027).
        case yearNotFourDigits
        /// 令和0年: the era starts at 元年 (1).
        case reiwaYearZero
        /// 令和2026年: a western year after 令和 (read as 令和, it would be the year 4044).
        case reiwaYearTooLong
        /// 令和元年 before 5月1日: those days were 平成31年.
        case beforeReiwa(month: Int, day: Int)
        case noSuchMonth(Int)
        /// Day 0, or past the month's last day (2027/2/30).
        case noSuchDay(year: Int, month: Int, day: Int)
        /// A real date the calendar cannot compute with (9999-12-31 for "not decided yet", 0001-01-01): issue 16.
        case outsideSupportedYears(year: Int)
    }

    /// The first day of 令和 (令和元年5月1日).
    public static let reiwaBegins = CivilDate(dayNumber: 18_017) // 2019-05-01, pinned by ClerkDateTests

    /// Reads a typed date; the problem says what was wrong.
    public static func read(_ typed: String) -> Result<CivilDate, Problem> {
        var rest = Substring(normalized(typed))
        let reiwa = dropEraPrefix(&rest)
        let parts: [Int]
        let yearDigits: Int
        if let kanji = readKanjiForm(rest, reiwa: reiwa) {
            (parts, yearDigits) = kanji
        } else if let separated = readSeparated(rest) {
            (parts, yearDigits) = separated
        } else if !reiwa, rest.count == 8, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let packed = Int(rest) {
            // 20270401: what a 受付 system or a spreadsheet prints.
            (parts, yearDigits) = ([packed / 10_000, packed / 100 % 100, packed % 100], 4)
        } else {
            return .failure(.unreadable)
        }
        var year = parts[0]
        let month = parts[1], day = parts[2]
        if reiwa {
            if year == 0 { return .failure(.reiwaYearZero) }
            if yearDigits > 2 { return .failure(.reiwaYearTooLong) }
            year += reiwaBegins.year - 1
        } else if yearDigits != 4 || year == 0 {
            return .failure(.yearNotFourDigits)
        }
        guard year <= 9999 else { return .failure(.unreadable) }
        guard (1...12).contains(month) else { return .failure(.noSuchMonth(month)) }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            return .failure(.noSuchDay(year: year, month: month, day: day))
        }
        if reiwa && date < reiwaBegins { return .failure(.beforeReiwa(month: month, day: day)) }
        guard date.isSupported else { return .failure(.outsideSupportedYears(year: year)) }
        return .success(date)
    }

    /// The 令和 year of a date (1 for 元年), nil before 令和 began.
    public static func reiwaYear(of date: CivilDate) -> Int? {
        date < reiwaBegins ? nil : date.year - reiwaBegins.year + 1
    }

    // MARK: reading

    /// Half-width letters and digits, one kind of dash, no spaces: what an IME or a paste
    /// leaves (`２０２７／４／１`, `2027ー4ー1` typed with the long-vowel mark, `令和 9年`).
    static func normalized(_ typed: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in FullWidth.toHalfWidth(typed).unicodeScalars {
            if scalar.properties.isWhitespace { continue }
            scalars.append(FullWidth.isDashLike(scalar) ? "-" : scalar)
        }
        return String(scalars)
    }


    /// Takes `令和`, `㋿` or `R`/`r` off the front; true when there was one.
    private static func dropEraPrefix(_ rest: inout Substring) -> Bool {
        for prefix in ["令和", "㋿", "R", "r"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            return true
        }
        return false
    }

    /// `2027年4月1日` or `9年4月1日` (after 令和; `元年` too); the closing 日 may be left off.
    private static func readKanjiForm(_ text: Substring, reiwa: Bool) -> (parts: [Int], yearDigits: Int)? {
        var text = text
        if text.hasSuffix("日") { text = text.dropLast() }
        let pieces = text.split(separator: "年", omittingEmptySubsequences: false)
        guard pieces.count == 2 else { return nil }
        let monthDay = pieces[1].split(separator: "月", omittingEmptySubsequences: false)
        guard monthDay.count == 2 else { return nil }
        let year: Int
        if reiwa && pieces[0] == "元" {
            year = 1
        } else {
            guard let number = number(pieces[0]) else { return nil }
            year = number
        }
        guard let month = number(monthDay[0]), let day = number(monthDay[1]) else { return nil }
        return ([year, month, day], pieces[0].count)
    }

    /// `2027/4/1`, `2027-4-1`, `2027.4.1` (and `9.4.1` after R); the two marks may differ.
    private static func readSeparated(_ text: Substring) -> (parts: [Int], yearDigits: Int)? {
        let pieces = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "." }
        guard pieces.count == 3 else { return nil }
        let numbers = pieces.compactMap(number)
        guard numbers.count == 3 else { return nil }
        return (numbers, pieces[0].count)
    }

    /// One to four ASCII digits (leading zeros allowed): more is no part of a date, and a sign is not a digit.
    private static func number(_ text: Substring) -> Int? {
        guard (1...4).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
