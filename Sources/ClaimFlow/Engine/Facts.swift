/// Values computed from the state and the clock that flow texts can show as `{{name}}`:
/// the flows stay data, yet speak about today.
public enum Facts {
    /// Every name a flow may use; the validator rejects others.
    public static let known: Set<String> = [
        "today", "window.headline", "claim.month", "service.month", "deadline",
        "changes.freeze", "changes.recent", "receipts.history", "change.freeze", "month.payers", "month.missed",
        "setup.timeline", "setup.manual", "setup.firstWindow", "setup.paperDeadline",
        "trouble.congestion", "trouble.history", "trouble.solvedBy", "desks.list",
        "desk.network", "desk.portal", "desk.claim", "desk.maker", "desk.usual",
    ]

    /// `today`: the frame's snapshot when the caller has one (it is the same for every part of a frame).
    public static func values(_ state: AppState, _ context: Context, today: Today? = nil) -> [String: String] {
        let now = context.now
        let progress = state.progress
        let today = today ?? Today(progress, context)
        let calendar = today.calendar
        let status = today.status
        let deadline = calendar.deadline(year: now.date.year, month: now.date.month)
        let deadlineDate = CivilDate(year: now.date.year, month: now.date.month, day: min(deadline.day, 28 + 3))
        let service = now.date.month == 1 ? (now.date.year - 1, 12) : (now.date.year, now.date.month - 1)

        var values: [String: String] = [
            "today": now.japanese,
            "window.headline": status.headline,
            "claim.month": "\(now.date.year)年\(now.date.month)月",
            "service.month": "\(service.0)年\(service.1)月",
            "deadline": "\(deadlineDate?.japanese ?? "\(deadline.day)日") \(Hours.text(deadline.close))",
        ]

        let inFreeze = progress.changes.filter { $0.date >= now.date }
            .filter { calendar.day($0.date).freeze }
        values["changes.freeze"] = inFreeze.isEmpty
            ? "変更禁止の期間に予定された変更はありません。"
            : "変更禁止の期間に予定があります: " + inFreeze.map { "\($0.date.month)/\($0.date.day) \($0.kind.japanese)" }.joined(separator: "、")
            + "。延ばせないか確かめてください。"

        // Done changes only: a planned one is not in the timeline a desk reads [S0].
        func line(_ change: ChangeRecord) -> String {
            "\(change.date.month)/\(change.date.day) \(change.kind.japanese)\(change.note.isEmpty ? "" : "（\(change.note)）")"
        }
        let recent = ChangeRecord.timeline(progress.changes, today: now.date, days: 30)
        let upcoming = ChangeRecord.upcoming(progress.changes, today: now.date)
        var recentText = recent.isEmpty ? "最近の変更は記録されていません。" : recent.map(line).joined(separator: "、")
        if !upcoming.isEmpty { recentText += "\n予定（まだ済んでいません）: " + upcoming.map(line).joined(separator: "、") }
        values["changes.recent"] = recentText

        // C3, C9: the month per payer, and the receipts of the months before.
        let claimMonth = SubmissionCalendar.monthKey(year: now.date.year, month: now.date.month)
        let standing = today.month
        values["month.payers"] = standing.payers.map(MonthlyWording.standing).joined(separator: "\n")
        values["month.missed"] = today.missedDeadline.isEmpty ? ""
            : MonthlyWording.missedDeadline(month: now.date.month, payers: today.missedDeadline).joined(separator: "\n")
        let earlier = progress.submissions.filter { $0.month < claimMonth && $0.receipt != nil }
        let months = Array(Set(earlier.map(\.month))).sorted(by: >).prefix(3)
        values["receipts.history"] = months.isEmpty
            ? "まだ記録はありません。"
            : months.map { month in
                month + " " + earlier.filter { $0.month == month }
                    .map { "\($0.payer?.short ?? "請求先不明") \($0.receipt?.number ?? "")" }.joined(separator: "・")
            }.joined(separator: "、")

        values.merge(setupValues(progress, context)) { $1 }
        values.merge(troubleValues(state, status: status, context)) { $1 }
        if case .flow(let id) = progress.location, let date = progress.flows[id]?.answers["date"]?.dateValue {
            values["change.freeze"] = FreezeCheck.warning(for: date, calendar: calendar) ?? "\(date.japanese) は変更禁止の期間ではありません。"
        } else {
            values["change.freeze"] = ""
        }
        return values
    }

    /// Troubleshooting: congestion first (T1, C7), earlier runs, and whom to call (T10).
    static func troubleValues(_ state: AppState, status: WindowStatus, _ context: Context) -> [String: String] {
        let progress = state.progress
        var values: [String: String] = [:]
        let day = status.day
        if day.closed {
            values["trouble.congestion"] = "いまはシステムが止まっている期間です（毎月1日〜4日、12月29日〜31日）。つながらないのは故障ではありません。"
        } else if day.deadline && (status.phase == .open || status.phase == .opensLaterToday) {
            values["trouble.congestion"] = "今日は締め切り日で、とても混み合います。つながりにくいのは混雑のせいかもしれません。まず「お知らせ」と障害情報を確かめてください。"
        } else if day.peak {
            values["trouble.congestion"] = "今日は混み合う日です。つながりにくいのは混雑のせいかもしれません。まず「お知らせ」を確かめてください。"
        } else {
            values["trouble.congestion"] = "今日は特に混む日ではありません。それでも、まず「お知らせ」と障害情報を確かめてください。"
        }
        values["trouble.history"] = progress.triages.last.map {
            "前回の記録: \($0.at.date.month)/\($0.at.date.day) \($0.symptom)。結果は \($0.outcome)"
        } ?? "これまでの記録はありません。"

        let run = progress.flows[FlowContract.Flows.trouble]
        values["trouble.solvedBy"] = run.flatMap { run in
            context.catalog.flow(FlowContract.Flows.trouble).flatMap { flow in
                StepPath.taken(in: flow, progress: run).last { run.answers[$0.id] == .choice(FlowContract.Options.fixed) }?.title
            }
        }.map { "「\($0)」で直りました。" } ?? ""

        let directory = context.directory(progress)
        // T10: number, hours, open now, source and date checked.
        func describe(_ id: String) -> String { directory.describe(id, at: context.now).joined(separator: "\n") }
        let networkDesk = run.map { Triage.deskID(forStep: FlowContract.Trouble.deskNetwork, run: $0, profile: progress.flows[FlowContract.Flows.setup]) } ?? "network-support"
        values["desk.network"] = describe(networkDesk ?? "network-support")
        values["desk.portal"] = describe("portal")
        values["desk.claim"] = describe("claim-system")
        values["desk.maker"] = describe("maker")
        values["desk.usual"] = describe("oshi-vendor")
        // T10: the numbers the clinic recorded itself; the shipped ones are always there.
        let registered = directory.desks.filter { progress.contacts[$0.id]?.phone != nil }
        values["desks.list"] = registered.isEmpty ? "まだ登録されていません。"
            : registered.map { "\($0.name): \($0.phone ?? "")" }.joined(separator: "\n")
        return values
    }

    /// The setup timeline and the manual for the clinic's 点数表 (S2).
    static func setupValues(_ progress: SavedProgress, _ context: Context) -> [String: String] {
        let setup = progress.flows[FlowContract.Flows.setup]
        let table: String
        switch setup?.chosenOption(FlowContract.Setup.scoreTable) {
        case FlowContract.Options.dental?: table = "歯科"
        case FlowContract.Options.pharmacy?: table = "調剤"
        default: table = "医科"
        }
        var values = ["setup.manual": "「オンライン請求システム操作手順書（\(table)）セットアップにあたって」"]
        guard let designation = setup?.answers[FlowContract.Setup.designation]?.dateValue else {
            values["setup.timeline"] = "指定日が入力されていません。Esc で戻って入力すると、日程を計算します。"
            values["setup.firstWindow"] = "指定の翌月の5日〜10日"
            values["setup.paperDeadline"] = "開始する月の2か月前の20日"
            return values
        }
        let milestones = SetupTimeline.milestones(designation: designation, rules: context.rules)
        values["setup.timeline"] = (["今日は \(context.now.date.japanese) です。"]
            + SetupTimeline.lines(designation: designation, today: context.now.date, rules: context.rules)).joined(separator: "\n")
        if let window = milestones.first(where: { $0.until != nil }) {
            values["setup.firstWindow"] = "\(window.date.japanese)〜\(window.until!.japanese)"
        }
        if let paper = milestones.first(where: { $0.title.hasPrefix("紙で") }) {
            values["setup.paperDeadline"] = paper.date.japanese
        }
        return values
    }

    /// Replaces `{{name}}` with its value; unknown names are left as they are.
    public static func fill(_ text: String, with values: [String: String]) -> String {
        guard text.contains("{{") else { return text }
        var result = text
        for (name, value) in values { result = result.replacingOccurrences(of: "{{\(name)}}", with: value) }
        return result
    }

    /// The `{{name}}` tokens in a text.
    static func names(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            names.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return names
    }
}

import Foundation
