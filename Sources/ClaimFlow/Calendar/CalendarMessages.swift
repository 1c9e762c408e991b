/// The calendar's sentences: the window's headline and warnings (C1–C8), the setup timeline (S2)
/// and the hours in calendar.json. Every one is a function of the values the rules return.
public protocol CalendarMessages: Sendable {
    func headline(_ headline: WindowStatus.Headline) -> String
    func caution(_ caution: WindowStatus.Caution) -> String
    /// A span of minutes as clerks say it.
    func span(minutes: Int) -> String
    func milestone(_ kind: Milestone.Kind) -> String
    func timelineLine(_ entry: SetupTimeline.Entry) -> String
    /// calendar.json: a time that is not written `08:00`.
    func notAClockTime(_ text: String) -> String
}

public struct JapaneseCalendarMessages: CalendarMessages {
    public init() {}

    public func headline(_ headline: WindowStatus.Headline) -> String {
        switch headline {
        case .notYetOpen(let opens, let inDays):
            return "今月の送信は \(opens.month)月\(opens.day)日 8:00 からです（あと\(inDays)日）。準備を進めておきましょう。"
        case .opensLater(let opensAt, let minutesLeft, let closesAt, let deadline):
            return opening(opensAt, minutesLeft) + "今日は \(Hours.text(closesAt)) まで、締め切りは \(date(deadline)) です。"
        case .opensLaterOnDeadline(let opensAt, let minutesLeft, let closesAt):
            return opening(opensAt, minutesLeft) + "締め切りは今日 \(Hours.text(closesAt)) です。"
        case .lastHour(let minutesLeft, let closesAt, let deadline):
            return "今日の受付終了まであと\(span(minutes: minutesLeft))です（\(Hours.text(closesAt)) まで）。締め切りは \(date(deadline)) です。"
        case .lastHourOnDeadline(let minutesLeft, let closesAt):
            return "締め切りまであと\(span(minutes: minutesLeft))です（今日 \(Hours.text(closesAt)) まで）。"
        case .open(let closesAt, let deadline):
            return "送信できます（今日は \(Hours.text(closesAt)) まで）。締め切りは \(date(deadline)) です。"
        case .openOnDeadline(let closesAt):
            return "今日が締め切りです。\(Hours.text(closesAt)) までに送信してください。"
        case .correctionsOnly(let month, let lastDay):
            return "新しい請求は締め切りました。訂正（事務点検ASP）は \(month)月\(lastDay)日 21:00 までです。"
        case .monthOver:
            return "今月の受付は終わりました。"
        case .closedForToday(let deadline):
            return "今日の受付は終わりました。明日 8:00 から送信できます。締め切りは \(date(deadline)) です。"
        case .closedUntil(let next):
            return "今月の受付は終わりました。次は \(next.month)月\(next.day)日 8:00 からです。"
        case .yearEndClosure(let from, let reopensOn):
            return "年末はシステムが止まっています（12月\(from)日〜31日）。次は 1月\(reopensOn)日 8:00 からです。"
        case .submitted(let correctionsUntil):
            return "今月の請求は送信済みです（受領書を記録しました）。" + (correctionsUntil.map { "訂正は \($0)日 21:00 まで。" } ?? "")
        }
    }

    private func opening(_ opensAt: Int, _ minutesLeft: Int) -> String {
        "\(Hours.clock(opensAt)) から送信できます（あと\(span(minutes: minutesLeft))）。"
    }

    private func date(_ deadline: WindowStatus.Deadline) -> String {
        "\(deadline.month)月\(deadline.day)日 \(Hours.text(deadline.close))"
    }

    public func caution(_ caution: WindowStatus.Caution) -> String {
        switch caution {
        case .deadlineSendNow(let close):
            return "今日が締め切りです（\(Hours.text(close))まで）。まだなら今すぐ送信してください。"
        case .deadlineSendAtOpening(let close, let opensAt):
            return "今日が締め切りです（\(Hours.text(close))まで）。\(Hours.clock(opensAt)) になったら、すぐに送信してください。"
        case .peakLastDay:
            return "今日は混み合う日です（最終日）。"
        case .peakAfterDaysOff(let deadlineDay):
            return "今日は混み合う日です（連休明け）。\(deadlineDay)日を待たず、早めに送信してください。"
        case .freeze(let throughDay):
            return "変更禁止の期間です（\(throughDay)日まで）。回線・機器・証明書は変えないでください。"
        case .desksClosedOnDeadline(let off):
            return deskClosure(off)
        }
    }

    /// C2, T10: 「締め切りの1月10日(日)は日曜日で、休みの窓口があります: …。困ったときに相談できるよう、1月8日(金)までに送信してください。」
    private func deskClosure(_ off: DeadlineDayOff) -> String {
        let why: String
        switch off.reason {
        case .saturday: why = "土曜日"
        case .sunday: why = "日曜日"
        case .holiday(let name): why = "祝日（\(name)）"
        }
        let day = "\(off.deadline.month)月\(off.deadline.day)日(\(CivilDate.weekdayNames[off.deadline.weekday]))"
        let desks = off.closedDesks.joined(separator: "、")
        if off.isToday {
            return "締め切りの今日は\(why)で、休みの窓口があります: \(desks)。"
        }
        let head = "締め切りの\(day)は\(why)で、休みの窓口があります: \(desks)。"
        guard let sendBy = off.sendBy else { return head }
        let by = "\(sendBy.month)月\(sendBy.day)日(\(CivilDate.weekdayNames[sendBy.weekday]))"
        return head + "困ったときに相談できるよう、\(by)までに送信してください。"
    }

    public func span(minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        if h == 0 { return "\(m)分" }
        return m == 0 ? "\(h)時間" : "\(h)時間\(m)分"
    }

    public func milestone(_ kind: Milestone.Kind) -> String {
        switch kind {
        case .applicationsOpen: return "申請を始める（指定の前の月の中旬から、すみやかに）"
        case .paperDeadline: return "紙で申請する場合の締め切り（国保連・支払基金に届く日）"
        case .toolsArrive: return "設定ツールと電子証明書発行通知が届く（月の上旬か下旬）"
        case .setupToolArrives: return "設定ツールが届く（月の上旬か下旬）"
        case .firstTest: return "導通試験ができる最初の日（毎月5日〜月末 8:00〜21:00）"
        case .certificateDownload: return "電子証明書のダウンロード期限（発行から180日）"
        case .firstSubmission: return "最初の送信（10日 24:00 まで）"
        case .certificateExpiry: return "電子証明書の有効期限（およそ3年）"
        }
    }

    public func timelineLine(_ entry: SetupTimeline.Entry) -> String {
        let milestone = entry.milestone
        var text = (entry.isNext ? "> " : "  ") + milestone.date.description
        if let until = milestone.until { text += "〜" + until.description.suffix(5) }
        text += "  " + self.milestone(milestone.kind)
        if milestone.estimate { text += "（目安）" }
        if entry.isToday { text += " [今日]" }
        if entry.isOverdue { text += " [過ぎました]" }
        return text
    }

    public func notAClockTime(_ text: String) -> String {
        "\"\(text)\" は 08:00 の形ではありません"
    }
}
