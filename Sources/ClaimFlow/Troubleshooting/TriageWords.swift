/// The words of the troubleshooting record, the 相談メモ (T11) and the triage facts (T1, C7):
/// the message catalog of this feature. The rules hand over values; the sentences live here.
enum TriageWords {
    // The record of a run.
    static func checked(_ count: Int, of total: Int) -> String { "\(count) / \(total) 項目を確認" }
    static let secretChecked = "入力して確かめた（内容は記録しません）"
    static let unknownSymptom = "不明"
    static func symptom(_ symptom: String, other: String?) -> String { other.map { "\(symptom)（\($0)）" } ?? symptom }
    static func solved(by check: String?) -> String { "解決（\(check ?? "確認の途中")）" }
    static let waitForOutage = "障害・混雑のため、時間をおいて再接続"
    static func handedOver(to desk: String) -> String { "相談先: " + desk }
    static func recorded(_ outcome: String) -> String { "記録しました: \(outcome)" }

    // The facts the flow shows (T1, C7: congestion first; earlier runs; what solved it).
    static let congestionClosed = "いまはシステムが止まっている期間です（毎月1日〜4日、12月29日〜31日）。つながらないのは故障ではありません。"
    static let congestionDeadline = "今日は締め切り日で、とても混み合います。つながりにくいのは混雑のせいかもしれません。まず「お知らせ」と障害情報を確かめてください。"
    static let congestionPeak = "今日は混み合う日です。つながりにくいのは混雑のせいかもしれません。まず「お知らせ」を確かめてください。"
    static let congestionQuiet = "今日は特に混む日ではありません。それでも、まず「お知らせ」と障害情報を確かめてください。"
    static func lastRun(_ record: TriageRecord) -> String {
        "前回の記録: \(record.at.date.month)/\(record.at.date.day) \(record.symptom)。結果は \(record.outcome)"
    }
    static let noRunYet = "これまでの記録はありません。"
    static func solvedBy(_ check: String) -> String { "「\(check)」で直りました。" }
    static let noDeskRegistered = "まだ登録されていません。"
    static func registeredDesk(_ name: String, phone: String) -> String { "\(name): \(phone)" }

    // The 相談メモ (T11).
    enum Memo {
        static let title = "相談メモ（レセプトオンライン請求の接続）"
        static func written(_ at: LocalDateTime) -> String { "作成: \(at.japanese)" }
        static func clinicName(_ name: String?) -> String { "医療機関名: \(name ?? notRegistered)" }
        static func clinicCode(_ code: String?, receiptNumber: String?) -> String {
            "医療機関コード: \(code ?? receiptNumber.map { "受付番号 \($0)" } ?? notRegistered)"
        }
        static func lineType(_ label: String?) -> String { "回線の種類: \(label ?? notRegistered)" }
        static func ipsecProvider(_ label: String) -> String { "IPsec+IKE 事業者: \(label)" }
        static func networkID(_ id: String) -> String { "ネットワークID: \(id)（パスワードは書いていません）" }
        static func symptom(_ symptom: String) -> String { "症状: \(symptom)" }
        static func message(_ message: String) -> String { "表示された文言・コード: \(message.isEmpty ? "（なし）" : message)" }
        static func since(_ since: String) -> String { "いつから: \(since)" }
        static let recentChanges = "最近の変更:"
        static let noChanges = "  記録はありません。"
        static let plannedChanges = "予定の変更（済んだとは記録されていません）:"
        static let checks = "確かめたこと:"
        static func outcome(_ outcome: String) -> String { "結果: \(outcome)" }
        static let earlier = "以前の記録:"
        static func earlierRun(_ record: TriageRecord) -> String { "  \(record.at.japanese) \(record.symptom)：\(record.outcome)" }
        static func today(_ headline: String) -> String { "今日の状況: \(headline)" }
        static let notRegistered = "（未登録）"
    }
}
