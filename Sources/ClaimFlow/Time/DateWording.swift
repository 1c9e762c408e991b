/// What the screen says about a typed date, in one place (issue 10: words apart from rules).
public enum DateWording {
    /// Each message fits one line of the warning area (76 columns).
    static let howToType = "2027/4/1 や 令和9年4月1日 のように入力してください。"

    /// Echoes what was understood, in the normal form and as a clerk reads it:
    /// 「2027-04-01（令和9年4月1日(木)）として受け付けました。」
    public static func accepted(_ date: CivilDate) -> String {
        "\(date.description)（\(spoken(date))）として受け付けました。"
    }

    /// 「令和9年4月1日(木)」, or 「2019年4月30日(火)」 before 令和 began.
    public static func spoken(_ date: CivilDate) -> String {
        let weekday = "(\(CivilDate.weekdayNames[date.weekday]))"
        guard let reiwa = ClerkDate.reiwaYear(of: date) else { return date.japanese }
        return "令和\(reiwa == 1 ? "元" : String(reiwa))年\(date.month)月\(date.day)日" + weekday
    }

    public static func problem(_ problem: ClerkDate.Problem) -> String {
        switch problem {
        case .unreadable:
            return "日付として読めません。" + howToType
        case .yearNotFourDigits:
            return "年は西暦の4桁（2027）か、令和9年 のように入力してください。"
        case .reiwaYearZero:
            return "令和0年はありません。令和9年4月1日 や 2027/4/1 のように入力してください。"
        case .reiwaYearTooLong:
            return "令和の年は 令和9年 のように1〜2桁です。西暦なら 令和 を付けずに 2027/4/1 のように入力してください。"
        case .beforeReiwa(let month, let day):
            return "令和元年は5月1日からです。その前の日は 2019/\(month)/\(day) のように入力してください。"
        case .noSuchMonth(let month):
            return "\(month)月はありません。月は 1〜12 で入力してください。"
        case .noSuchDay(let year, let month, let day):
            return "\(month)月\(day)日はありません（\(year)年\(month)月は\(CivilDate.daysIn(year: year, month: month))日まで）。日付を確かめて入力してください。"
        case .outsideSupportedYears(let year):
            return "\(year)年の日付は使えません。\(SupportedYearsWording.span)の日付を入力してください。"
        }
    }
}
