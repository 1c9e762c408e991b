/// The monthly submission's sentences (C3, C9, C10): the payers' names, the month per payer, the
/// receipt notices and the missed deadline, each a function of the values the rules return.
public protocol MonthlyMessages: Sendable {
    /// 「社保（支払基金）」: the claim and the body that receives it, as clerks name them.
    func payerName(_ payer: Payer) -> String
    /// 「社保」; for a record of unknown payer (old data), what stands in for it.
    func payerShort(_ payer: Payer?) -> String
    /// The desk that answers about this payer's claims after a missed deadline (C10).
    func agency(_ payer: Payer) -> String
    func receiptKept(_ payer: Payer, number: String) -> String
    func receiptDoubt(_ doubt: ReceiptCheck.Doubt) -> String
    /// The claim month at a glance, for the menu and `seikyu status`.
    func glance(_ month: MonthStanding, claimMonth: Int) -> String
    /// One payer in a few characters, for the menu line.
    func shortStanding(_ standing: PayerStanding) -> String
    /// One payer's month, saying what is still to do.
    func standing(_ standing: PayerStanding) -> String
    /// C10: what to do when payers were not confirmed by the deadline.
    func missedDeadline(month: Int, payers: [Payer]) -> [String]
}

public struct JapaneseMonthlyMessages: MonthlyMessages {
    public init() {}

    public func payerName(_ payer: Payer) -> String {
        switch payer {
        case .shaho: return "社保（支払基金）"
        case .kokuho: return "国保（国保連）"
        }
    }

    public func payerShort(_ payer: Payer?) -> String {
        switch payer {
        case .shaho?: return "社保"
        case .kokuho?: return "国保"
        case nil: return "請求先不明"
        }
    }

    public func agency(_ payer: Payer) -> String {
        switch payer {
        case .shaho: return "支払基金"
        case .kokuho: return "国保連"
        }
    }

    public func receiptKept(_ payer: Payer, number: String) -> String {
        "\(payerName(payer))の受領書（番号 \(number)）を記録しました。"
    }

    public func receiptDoubt(_ doubt: ReceiptCheck.Doubt) -> String {
        switch doubt {
        case .printedWhileClosed(let printed):
            return "\(printed.japanese) はシステムが閉まっている時間です。受領書に印刷された日時を確かめてください。"
        case .printedInFuture(let printed):
            return "\(printed.japanese) はまだ来ていない日時です。受領書に印刷された日時を確かめてください。"
        }
    }

    /// 「12月請求分 社保 受領書あり・国保 未送信」: the month it is sent in, said as such, since a bare
    /// 「12月分」 reads as the month of care (12月診療分), which is claimed in January.
    public func glance(_ month: MonthStanding, claimMonth: Int) -> String {
        "\(claimMonth)月請求分 " + month.payers.map(shortStanding).joinedByAppending("・")
    }

    /// 「社保 受領書あり」.
    public func shortStanding(_ standing: PayerStanding) -> String {
        let state: String
        switch standing.state {
        case .notSent: state = "未送信"
        case .sent(.rejected): state = "受付不能"
        case .sent: state = "確定まだ"
        case .confirmed: state = "確定済み"
        case .receipt: state = "受領書あり"
        }
        return "\(payerShort(standing.payer)) \(state)"
    }

    /// 「社保 請求確定・受領書 A-123」.
    public func standing(_ standing: PayerStanding) -> String {
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
        return "\(payerShort(standing.payer)) \(state)"
    }

    public func missedDeadline(month: Int, payers: [Payer]) -> [String] {
        let names = payers.map(payerShort).joined(separator: "・") // short: the whole warning fits its three rows
        let agencies = payers.map(agency).joined(separator: "・")
        return ["\(month)月の締め切りまでに、\(names)の請求確定が記録されていません。",
                "送れなかった分は、来月の月遅れ請求になります。わからないときは\(agencies)に問い合わせてください。"]
    }
}

/// The names callers used before the catalog (Engine/Facts.swift); they forward to `Messages.monthly`.
public enum MonthlyWording {
    public static func standing(_ standing: PayerStanding) -> String { Messages.monthly.standing(standing) }

    public static func missedDeadline(month: Int, payers: [Payer]) -> [String] {
        Messages.monthly.missedDeadline(month: month, payers: payers)
    }
}
