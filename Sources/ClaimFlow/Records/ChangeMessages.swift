/// The change record's sentences [S0]: the kinds and states of a change, the freeze warnings
/// (values `FreezeCheck` returns) and what the clerk's commands did or why they were refused.
public protocol ChangeMessages: Sendable {
    func kind(_ kind: ChangeKind) -> String
    /// 予定 / 済み / 取り消し.
    func state(_ state: ChangeState) -> String
    /// A change just added (the add flow, `seikyu changes add`): planned, or done when dated before today.
    func recorded(_ change: ChangeRecord) -> String
    /// What Enter on the confirmation will record (the changes screen).
    func proposal(_ command: ChangeCommand, before: ChangeRecord, after: ChangeRecord) -> String
    /// What was recorded.
    func applied(_ command: ChangeCommand, before: ChangeRecord, after: ChangeRecord) -> String
    /// Why a command was refused, and what to do instead.
    func refusal(_ refusal: ChangeRefusal) -> String
    /// Planned changes whose date has passed (the main screen): the clerk says what became of them.
    func overdue(_ changes: [ChangeRecord]) -> String
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

    public func state(_ state: ChangeState) -> String {
        switch state {
        case .planned: return "予定"
        case .done: return "済み"
        case .cancelled: return "取り消し"
        }
    }

    public func recorded(_ change: ChangeRecord) -> String {
        change.isDone ? "\(change.date.japanese) の「\(kind(change.kind))」を、済んだ変更として記録しました。"
            : "\(change.date.japanese) の「\(kind(change.kind))」を予定として記録しました。済んだら「済み」にしてください。"
    }

    public func proposal(_ command: ChangeCommand, before: ChangeRecord, after: ChangeRecord) -> String {
        let what = "「\(kind(before.kind))」"
        switch command {
        case .postpone:
            return "\(what)を \(before.date.japanese) から \(after.date.japanese) に延期します。予定のまま残ります。"
        case .edit:
            return "\(what)の" + corrections(before, after) + "に直します。"
        case .markDone:
            return "\(what)（\(before.date.japanese) の予定）を、\(after.date.japanese) に済んだと記録します。"
        case .cancel:
            return "\(what)（\(before.date.japanese) の予定）を取り消します。記録は一覧に「取り消し」として残ります。"
        }
    }

    public func applied(_ command: ChangeCommand, before: ChangeRecord, after: ChangeRecord) -> String {
        let what = "「\(kind(before.kind))」"
        switch command {
        case .postpone:
            return "\(what)を \(after.date.japanese) に延期しました（元の予定は \(after.originalDate.japanese)）。"
        case .edit:
            return "\(what)の" + corrections(before, after) + "に直しました。"
        case .markDone:
            return "\(what)を \(after.date.japanese) に済んだ変更として記録しました。"
        case .cancel:
            return "\(what)（\(before.date.japanese) の予定）を取り消しました。"
        }
    }

    /// 「日付を A から B 」「メモを「…」」, or both joined by 「に、」 (the caller adds 「に直します」).
    private func corrections(_ before: ChangeRecord, _ after: ChangeRecord) -> String {
        var parts: [String] = []
        if before.date != after.date { parts.append("日付を \(before.date.japanese) から \(after.date.japanese) ") }
        if before.note != after.note { parts.append("メモを「\(after.note)」") }
        return parts.joined(separator: "に、")
    }

    public func refusal(_ refusal: ChangeRefusal) -> String {
        switch refusal {
        case .noSuchChange(let id):
            return "番号 \(id) の変更は記録されていません。一覧で番号を確かめてください。"
        case .notPlanned(let change) where change.isDone:
            return "「\(kind(change.kind))」（\(change.date.japanese)）は済んだ変更として記録されています。済んだ記録はそのまま残します。"
        case .notPlanned(let change):
            return "「\(kind(change.kind))」（\(change.date.japanese)）は取り消してあります。もう一度予定するときは、新しく追加してください。"
        case .postponeNotLater(let change, let day):
            return "\(day.japanese) は予定日（\(change.date.japanese)）より後ではありません。早めるときは日付を直してください。"
        case .postponeIntoPast(let day, let today):
            return "\(day.japanese) はもう過ぎています。延期する日は今日（\(today.japanese)）以降にしてください。"
        case .doneInFuture(let day, let today):
            return "\(day.japanese) はまだ来ていません。済んだ日は今日（\(today.japanese)）までの日にしてください。"
        case .nothingToEdit:
            return "いまの記録と同じです。直す日付かメモを入力してください。"
        case .emptyNote:
            return "メモが空です。何を変えるか（変えたか）を短く書いてください。"
        }
    }

    /// One line of the main screen's warning area, so the menu keeps its room.
    public func overdue(_ changes: [ChangeRecord]) -> String {
        guard let first = changes.first else { return "" }
        let others = changes.count > 1 ? "ほか\(changes.count - 1)件" : ""
        return "\(first.date.month)月\(first.date.day)日の「\(kind(first.kind))」\(others)は予定のままです。「変更の記録」で確かめてください。"
    }

    public func dateInFreeze(_ conflict: FreezeCheck.Conflict) -> String {
        "\(conflict.date.japanese) は変更禁止の期間（月次請求の前後）です。回線・機器の変更は \(conflict.firstSafeDay.japanese) 以降にしてください。"
    }

    public func plannedChangeInFreeze(_ planned: FreezeCheck.PlannedConflict) -> String {
        let date = planned.conflict.date, safe = planned.conflict.firstSafeDay
        return "\(date.month)月\(date.day)日の「\(kind(planned.kind))」は変更禁止の期間です。\(safe.month)月\(safe.day)日以降にしてください。"
    }
}
