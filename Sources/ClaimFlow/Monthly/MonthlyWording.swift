/// The monthly submission's sentences, in one place (issue 10: words apart from rules).
public enum MonthlyWording {
    static func receiptKept(_ payer: Payer, number: String) -> String {
        "\(payer.japanese)の受領書（番号 \(number)）を記録しました。"
    }

    static func receiptWhenClosed(_ printed: LocalDateTime) -> String {
        "\(printed.japanese) はシステムが閉まっている時間です。受領書に印刷された日時を確かめてください。"
    }

    static func receiptInFuture(_ printed: LocalDateTime) -> String {
        "\(printed.japanese) はまだ来ていない日時です。受領書に印刷された日時を確かめてください。"
    }

    /// The claim month at a glance, for the menu and `seikyu status`: 「12月分 社保 受領書あり・国保 未送信」.
    public static func glance(_ month: MonthStanding, claimMonth: Int) -> String {
        "\(claimMonth)月分 " + month.payers.map(shortStanding).joined(separator: "・")
    }

    /// For the menu line: 「社保 受領書あり・国保 未送信」.
    public static func shortStanding(_ standing: PayerStanding) -> String {
        let state: String
        switch standing.state {
        case .notSent: state = "未送信"
        case .sent(.rejected): state = "受付不能"
        case .sent: state = "確定まだ"
        case .confirmed: state = "確定済み"
        case .receipt: state = "受領書あり"
        }
        return "\(standing.payer?.short ?? "請求先不明") \(state)"
    }

    /// One payer's month at a glance: 「社保 確定・受領書あり」.
    public static func standing(_ standing: PayerStanding) -> String {
        let state: String
        switch standing.state {
        case .notSent: state = "未送信"
        case .sent(let result):
            switch result {
            case .rejected: state = "受付不能あり（直して送り直し）"
            case .toCheck: state = "送信済み・要確認（請求確定がまだ）"
            case .accepted, nil: state = "送信済み（請求確定がまだ）"
            }
        case .confirmed: state = "請求確定済み（受領書の記録がまだ）"
        case .receipt(let receipt): state = "請求確定・受領書 \(receipt.number)"
        }
        return "\(standing.payer?.short ?? "請求先不明") \(state)"
    }

    /// C10: what to do when a payer was not confirmed by the deadline.
    public static func missedDeadline(month: Int, payers: [Payer]) -> [String] {
        let names = payers.map(\.short).joined(separator: "・") // short: the whole warning fits its three rows
        let agencies = payers.map(\.agency).joined(separator: "・")
        return ["\(month)月の締め切りまでに、\(names)の請求確定が記録されていません。",
                "送れなかった分は、来月の月遅れ請求になります。わからないときは\(agencies)に問い合わせてください。"]
    }
}
