/// The words of the exported calendar (issue 14): short titles a phone's calendar shows whole.
enum CalendarExportWords {
    static func window(month: Int) -> String { "\(month)月 オンライン請求の送信期間" }
    /// C1: the window's days and hours as the rules give them (Assets/calendar.json may change
    /// them), never a copy; C7: the last day is the busiest, send early.
    static func windowDetail(_ windows: [DayHours]) -> String {
        let spans = windows.sorted { $0.from < $1.from }.map { window in
            (window.from == window.to ? "\(window.from)日" : "\(window.from)日〜\(window.to)日") + "は \(window.hours.japanese)"
        }
        return spans.joined(separator: "、") + " に送信できます（土日祝も）。最終日は混み合うので、早めに送信してください。"
    }
    static func deadline(month: Int, close: String, extended: Bool) -> String {
        "\(month)月 請求の締め切り（\(close)まで\(extended ? "・延長" : "")）"
    }
    static let deadlineDetail = "請求確定と受領書の記録まで済ませてください。送れなかった分は翌月の月遅れ請求になります。"
    static func correctionEnd(close: String) -> String { "受付・事務点検ASP の訂正の最終日（\(close)まで）" }
    static let freeze = "変更禁止の期間（回線・ルータ・証明書・端末）"
    static let freezeDetail = "締め切りの直前の変更は「昨日までつながったのに」のよくある原因です。変更はこの期間の後にしてください。"
    static func extensionRecorded(payer: Payer?, close: String) -> String {
        "送信期限の延長（\(payer.map { $0.short + "・" } ?? "")\(close)まで）"
    }
    static func plannedChange(_ kind: ChangeKind, note: String) -> String {
        "変更予定: \(kind.japanese)" + (note.isEmpty ? "" : "（\(note)）")
    }
    static func downloadBy(_ certificate: Certificate) -> String { "「\(certificate.pc)」電子証明書のダウンロード期限" }
    static func renewalFrom(_ certificate: Certificate) -> String { "「\(certificate.pc)」電子証明書の更新ができる日から" }
    static func expiry(_ certificate: Certificate) -> String {
        "「\(certificate.pc)」電子証明書の有効期限" + (certificate.expiryIsEstimated ? "（推定）" : "")
    }
    static let certificateDetail = "わからないときは支払基金に問い合わせてください。"
}
