/// Japanese public holidays (国民の祝日に関する法律 and the Cabinet Office list) [HOL],
/// right for 2000–2099: fixed days, Happy Monday, the equinoxes by the astronomical
/// approximation, 振替休日, 国民の休日, and the special years 2019–2021.
public enum JapaneseHolidays {
    /// Every holiday of a year, date → name. Computed once per year: every frame asks.
    public static func holidays(in year: Int) -> [CivilDate: String] {
        cache.value(for: year) { compute(year) }
    }

    private static let cache = YearCache()

    private static func compute(_ year: Int) -> [CivilDate: String] {
        var named = nationalHolidays(in: year)
        let national = named

        // 振替休日: a holiday on Sunday moves to the next day that is not a holiday
        // (before 2007: only to the Monday).
        for (date, _) in national where date.weekday == 0 {
            var next = date.adding(days: 1)
            if year >= 2007 {
                while named[next] != nil { next = next.adding(days: 1) }
                named[next] = "振替休日"
            } else if named[next] == nil {
                named[next] = "振替休日"
            }
        }

        // 国民の休日: a day between two national holidays (before 2007, not a Sunday).
        for (date, _) in national {
            let between = date.adding(days: 1)
            guard named[between] == nil, national[between.adding(days: 1)] != nil, between.year == year else { continue }
            if year >= 2007 || between.weekday != 0 {
                named[between] = "国民の休日"
            }
        }
        return named
    }

    public static func name(of date: CivilDate) -> String? {
        holidays(in: date.year)[date]
    }

    /// The holidays the law names, before substitutions.
    static func nationalHolidays(in year: Int) -> [CivilDate: String] {
        var days: [CivilDate: String] = [:]
        func add(_ month: Int, _ day: Int, _ name: String) {
            if let date = CivilDate(year: year, month: month, day: day) { days[date] = name }
        }
        func nthMonday(_ n: Int, of month: Int) -> Int {
            let first = CivilDate.nearest(year: year, month: month, day: 1).weekday
            let firstMonday = 1 + (8 - first) % 7
            return firstMonday + 7 * (n - 1)
        }

        add(1, 1, "元日")
        add(1, year >= 2000 ? nthMonday(2, of: 1) : 15, "成人の日")
        add(2, 11, "建国記念の日")
        if year >= 2020 { add(2, 23, "天皇誕生日") }
        if (1989...2018).contains(year) { add(12, 23, "天皇誕生日") }
        add(3, vernalEquinox(year), "春分の日")
        add(4, 29, year >= 2007 ? "昭和の日" : "みどりの日")
        add(5, 3, "憲法記念日")
        if year >= 2007 { add(5, 4, "みどりの日") }
        add(5, 5, "こどもの日")

        switch year {
        case 2020: add(7, 23, "海の日"); add(7, 24, "スポーツの日"); add(8, 10, "山の日")
        case 2021: add(7, 22, "海の日"); add(7, 23, "スポーツの日"); add(8, 8, "山の日")
        default:
            if year >= 2003 { add(7, nthMonday(3, of: 7), "海の日") } else if year >= 1996 { add(7, 20, "海の日") }
            if year >= 2016 { add(8, 11, "山の日") }
            add(10, year >= 2000 ? nthMonday(2, of: 10) : 10, year >= 2020 ? "スポーツの日" : "体育の日")
        }
        add(9, year >= 2003 ? nthMonday(3, of: 9) : 15, "敬老の日")
        add(9, autumnalEquinox(year), "秋分の日")
        add(11, 3, "文化の日")
        add(11, 23, "勤労感謝の日")

        if year == 2019 {
            add(4, 30, "国民の休日")
            add(5, 1, "天皇の即位の日")
            add(5, 2, "国民の休日")
            add(10, 22, "即位礼正殿の儀の行われる日")
        }
        return days
    }

    /// 春分の日: ⌊20.8431 + 0.242194·(Y−1980) − ⌊(Y−1980)/4⌋⌋ (valid 1980–2099).
    static func vernalEquinox(_ year: Int) -> Int {
        equinox(20.8431, year)
    }

    /// 秋分の日: the same with 23.2488.
    static func autumnalEquinox(_ year: Int) -> Int {
        equinox(23.2488, year)
    }

    private static func equinox(_ base: Double, _ year: Int) -> Int {
        let offset = year - 1980
        return Int((base + 0.242194 * Double(offset) - Double(offset / 4)).rounded(.down))
    }
}
