/// The change record's sentences [S0]: the kinds of change and the freeze warnings, each a
/// function of the values `FreezeCheck` returns.
public protocol ChangeMessages: Sendable {
    func kind(_ kind: ChangeKind) -> String
    /// A date the clerk entered falls in the freeze.
    func dateInFreeze(_ conflict: FreezeCheck.Conflict) -> String
    /// A planned change falls in the freeze (a line of the main screen's warning area).
    func plannedChangeInFreeze(_ planned: FreezeCheck.PlannedConflict) -> String
}

public struct JapaneseChangeMessages: ChangeMessages {
    public init() {}

    public func kind(_ kind: ChangeKind) -> String {
        switch kind {
        case .lineContract: return "回線の契約"
        case .router: return "ルータ"
        case .hubLAN: return "ハブ・LAN の配線"
        case .certificate: return "電子証明書"
        case .terminal: return "端末・OS"
        case .other: return "その他"
        }
    }

    public func dateInFreeze(_ conflict: FreezeCheck.Conflict) -> String {
        "\(conflict.date.japanese) は変更禁止の期間（月次請求の前後）です。回線・機器の変更は \(conflict.firstSafeDay.japanese) 以降にしてください。"
    }

    public func plannedChangeInFreeze(_ planned: FreezeCheck.PlannedConflict) -> String {
        let date = planned.conflict.date, safe = planned.conflict.firstSafeDay
        return "\(date.month)月\(date.day)日の「\(kind(planned.kind))」は変更禁止の期間です。\(safe.month)月\(safe.day)日以降にしてください。"
    }
}
