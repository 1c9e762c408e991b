import ClaimFlow

/// The answers on the path taken as list rows (confirm and summary steps), each kind's summary worded.
enum AnswerLines {
    static func blocks(_ lines: [AnswerLine]) -> [Block] {
        lines.map { .item(marker: "-", text: "\($0.title): \(words($0.summary))", selected: false) }
    }

    static func words(_ summary: AnswerSummary) -> String {
        switch summary {
        case .chosen(let label): label
        case .ticked(let count, let of, let on): "\(count) / \(of) 項目を確認済み" + (on.map { "（\($0.japanese)）" } ?? "")
        case .text(let text): text
        case .secretEntered: "入力済み（保存していません）"
        }
    }
}
