import ClaimFlow

/// The answers on the path taken as list rows (confirm and summary steps), each kind's summary worded.
enum AnswerLines {
    static func blocks(_ lines: [AnswerLine], highlighted: Int? = nil) -> [Block] {
        lines.enumerated().map { row, line in
            .item(marker: "-", text: "\(line.title): \(words(line.summary))", selected: row == highlighted)
        }
    }

    static func words(_ summary: AnswerSummary) -> String {
        switch summary {
        case .chosen(let label): label
        case .ticked(let count, let of, let on): "\(count) / \(of) 項目を確認済み" + (on.map { "（\($0.japanese)）" } ?? "")
        // An optional field left empty (the retyped ID, an error message the clerk did not have).
        case .text(let text): text.isEmpty ? "（入力なし）" : text
        case .secretEntered: "入力済み（保存していません）"
        }
    }
}
