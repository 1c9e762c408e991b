/// The words of the facts flows show (Facts): the message catalog of the facts that are not the
/// troubleshooting's (TriageWords) or the month's (MonthlyWording).
enum FactWords {
    static func yearMonth(_ year: Int, _ month: Int) -> String { "\(year)年\(month)月" }

    /// C2: the deadline day (a day past the month's end, as an extension may give, is shown as a number).
    static func deadline(_ date: CivilDate?, dayOfMonth: Int, close: Int) -> String {
        "\(date?.japanese ?? "\(dayOfMonth)日") \(Hours.text(close))"
    }

    static func changesInFreeze(_ changes: [ChangeRecord]) -> String {
        guard !changes.isEmpty else { return "変更禁止の期間に予定された変更はありません。" }
        return "変更禁止の期間に予定があります: "
            + changes.map { "\($0.date.month)/\($0.date.day) \($0.kind.japanese)" }.joined(separator: "、")
            + "。延ばせないか確かめてください。"
    }

    static func recentChanges(_ done: [ChangeRecord], planned: [ChangeRecord]) -> String {
        func line(_ change: ChangeRecord) -> String {
            "\(change.date.month)/\(change.date.day) \(change.kind.japanese)\(change.note.isEmpty ? "" : "（\(change.note)）")"
        }
        var text = done.isEmpty ? "記録されていません。" : done.map(line).joined(separator: "、")
        if !planned.isEmpty { text += "\n予定（まだ済んでいません）: " + planned.map(line).joined(separator: "、") }
        return text
    }

    static func receipts(_ months: [(month: String, submissions: [Submission])]) -> String {
        guard !months.isEmpty else { return "まだ記録はありません。" }
        return months.map { month, submissions in
            month + " " + submissions.map { "\($0.payer?.short ?? "請求先不明") \($0.receipt?.number ?? "")" }.joined(separator: "・")
        }.joined(separator: "、")
    }

    static func notInFreeze(_ date: CivilDate) -> String { "\(date.japanese) は変更禁止の期間ではありません。" }

    enum ScoreTable { case medical, dental, pharmacy }

    /// S2: the manual's title for the clinic's 点数表.
    static func manual(_ table: ScoreTable) -> String {
        let name: String
        switch table {
        case .medical: name = "医科"
        case .dental: name = "歯科"
        case .pharmacy: name = "調剤"
        }
        return "「オンライン請求システム操作手順書（\(name)）セットアップにあたって」"
    }

    static func todayIs(_ date: CivilDate) -> String { "今日は \(date.japanese) です。" }
    /// Issue 16: a designation date saved before dates were range-checked (9999-12-31, 0001-01-01).
    static func designationOutsideSupportedYears(_ date: CivilDate) -> String {
        "指定日 \(date) からは日程を計算できません。Esc で戻って、\(SupportedYearsWording.span)の日付を入力し直してください。"
    }
    static let noDesignation = "指定日が入力されていません。Esc で戻って入力すると、日程を計算します。"
    static let firstWindowUnknown = "指定の翌月の5日〜10日"
    static let paperDeadlineUnknown = "開始する月の2か月前の20日"
    static func span(_ from: CivilDate, _ until: CivilDate) -> String { "\(from.japanese)〜\(until.japanese)" }

    /// Issue 14: the register in a step's body.
    static let noCertificates = "（まだ登録した端末はありません）"

    /// 「1号機（請求用）: ダウンロード期限 2026-07-09・有効期限 2029-01-10（発行から3年の推定）」.
    static func certificateLine(_ certificate: Certificate) -> String {
        let download = !certificate.isInstalled ? "ダウンロード期限 \(certificate.downloadBy)・" : ""
        let expiry = Messages.certificates.expiry(certificate.expiry, estimated: certificate.expiryIsEstimated)
        return "\(certificate.pc)（\(certificate.role.japanese)）: \(download)有効期限 \(expiry)"
    }
}
