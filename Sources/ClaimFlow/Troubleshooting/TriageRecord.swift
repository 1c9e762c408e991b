/// One run of "it won't connect", kept so the next triage and the memo can say what happened
/// before ("same error on 11/10, solved by re-seating the cable").
public struct TriageRecord: Codable, Equatable, Sendable {
    public struct StepAnswer: Codable, Equatable, Sendable {
        public var step: String
        public var answer: String
    }

    public var at: LocalDateTime
    public var symptom: String
    /// The exact text or code the clerk saw (T11).
    public var message: String
    public var started: String
    public var steps: [StepAnswer]
    /// "解決: …" or "相談: <desk>" or "障害・混雑のため待つ".
    public var outcome: String
    public var deskID: String?
    /// The line type answered in the triage (its label), for a clinic without a setup profile.
    public var lineType: String?
}

/// The 相談メモ for the support desk (T11), plain text that reads well on paper. Built from
/// the record, the profile and the change log — never from secrets, which it cannot see.
public enum ConsultationMemo {
    public static func render(_ record: TriageRecord, progress: SavedProgress, directory: DeskDirectory, context: Context) -> String {
        typealias Setup = FlowContract.Setup
        let setup = progress.flows[FlowContract.Flows.setup]
        func text(_ id: String) -> String? { if case .text(let v)? = setup?.answers[id] { return v }; return nil }
        func label(_ stepID: String) -> String? {
            guard let option = setup?.chosenOption(stepID),
                  let step = context.catalog.flow(FlowContract.Flows.setup)?.step(stepID) else { return nil }
            return step.options.first { $0.id == option }?.label
        }
        let calendar = context.calendar(for: progress)
        let status = WindowStatus.at(record.at, calendar: calendar, progress: progress)
        var lines = [
            "相談メモ（レセプトオンライン請求の接続）",
            "作成: \(record.at.japanese)",
            "",
            "医療機関名: \(text(Setup.clinicName) ?? "（未登録）")",
            "医療機関コード: \(text(Setup.clinicCode) ?? text(Setup.receiptNumber).map { "受付番号 \($0)" } ?? "（未登録）")",
            "回線の種類: \(label(Setup.lineType) ?? record.lineType ?? "（未登録）")",
        ]
        if let provider = label(Setup.ipsecProvider) { lines.append("IPsec+IKE 事業者: \(provider)") }
        if case .text(let id)? = setup?.answers[Setup.networkID] { lines.append("ネットワークID: \(id)（パスワードは書いていません）") }
        lines += [
            "",
            "症状: \(record.symptom)",
            "表示された文言・コード: \(record.message.isEmpty ? "（なし）" : record.message)",
            "いつから: \(record.started)",
            "",
            "最近の変更:",
        ]
        // Done changes only; plans are listed apart, so the desk never reads a plan as done [S0].
        let recent = ChangeRecord.timeline(progress.changes, today: record.at.date, days: 60)
        lines += recent.isEmpty ? ["  記録はありません。"] : recent.map { "  \($0.date.description) \($0.kind.japanese) \($0.note)" }
        let planned = progress.changes.filter { !$0.isDone && record.at.date.dayNumber - $0.date.dayNumber <= 60 }
        if !planned.isEmpty {
            lines += ["", "予定の変更（済んだとは記録されていません）:"]
            lines += planned.map { "  \($0.date.description) \($0.kind.japanese) \($0.note)" }
        }
        lines += ["", "確かめたこと:"]
        lines += record.steps.map { "  - \($0.step): \($0.answer)" }
        lines += ["", "結果: \(record.outcome)"]
        if let deskID = record.deskID, directory.desk(deskID) != nil {
            lines += directory.describe(deskID, at: record.at).map { "  " + $0 }
        }
        let earlier = progress.triages.filter { $0.at < record.at }.suffix(3)
        if !earlier.isEmpty {
            lines += ["", "以前の記録:"]
            lines += earlier.map { "  \($0.at.japanese) \($0.symptom)：\($0.outcome)" }
        }
        lines += ["", "今日の状況: \(status.headline)"]
        lines += status.warnings.map { "  " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}
