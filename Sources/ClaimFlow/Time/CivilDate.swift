/// A calendar date with no time zone: what a clerk means by "the 10th".
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(year: year, month: month)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, read from its UTF-8 bytes (a window opening on years of history
    /// reads thousands of these).
    public init?(parsing text: String) {
        var text = text
        guard let date = text.withUTF8(Self.canonical) else { return nil }
        self = date
    }

    /// `YYYY-MM-DD` as ASCII bytes, exactly: four, two and two digits (what `Int` would also
    /// take, such as a sign, is not a date).
    static func canonical(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// The number written by `count` ASCII digits at `start`; nil when one is not a digit.
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's algorithm.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int {
        let r = (dayNumber + 4) % 7 // 1970-01-01 was a Thursday
        return r < 0 ? r + 7 : r
    }

    public static let weekdayNames = ["日", "月", "火", "水", "木", "金", "土"]

    /// Four digits for the year (0001), so every date written is read back by `init(parsing:)`.
    public var description: String {
        "\(Self.four(year))-\(LocalDateTime.two(month))-\(LocalDateTime.two(day))"
    }

    static func four(_ n: Int) -> String {
        let digits = String(n)
        return n >= 0 && digits.count < 4 ? String(repeating: "0", count: 4 - digits.count) + digits : digits
    }

    /// `2026年12月9日(水)`.
    public var japanese: String {
        "\(year)年\(month)月\(day)日(\(CivilDate.weekdayNames[weekday]))"
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}


extension CivilDate: TextCoded {}
