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
        /// How far back the memo lists changes [S0].
        static let changeDays = 60
        static func title(_ topic: TriageTopic) -> String {
            switch topic {
            case .claimConnection: return "相談メモ（レセプトオンライン請求の接続）"
            case .cardReader: return "相談メモ（オンライン資格確認のカードリーダー・端末）"
            }
        }
        static func addressedTo(_ desk: String) -> String { "宛先: \(desk)" }
        static func written(_ at: LocalDateTime) -> String { "作成: \(at.japanese)" }
        static let noClaimCredentials = "（オンライン請求のネットワークID・パスワードは書いていません）"
        static func clinicName(_ name: String?) -> String { "医療機関名: \(name ?? notRegistered)" }
        /// T11: the number the desk calls back; where to register it when it is missing.
        static func callBack(_ phone: String?, askedOn step: String?) -> String {
            "折り返しの電話番号: " + (phone ?? "（未登録。セットアップの「\(step ?? "電話番号")」で登録できます）")
        }
        static func clinicCode(_ code: String?, receiptNumber: String?) -> String {
            "医療機関コード: \(code ?? receiptNumber.map { "受付番号 \($0)" } ?? notRegistered)"
        }
        static func lineType(_ label: String?) -> String { "回線の種類: \(label ?? notRegistered)" }
        static func ipsecProvider(_ label: String) -> String { "IPsec+IKE 事業者: \(label)" }
        static func networkID(_ id: String) -> String { "ネットワークID: \(id)（パスワードは書いていません）" }
        static let networkIDWithheld = "（ネットワークID は書きません）"
        static func symptom(_ symptom: String) -> String { "症状: \(symptom)" }
        /// T3, T4: what the error means, so the desk reads the same code the clerk saw.
        static func meaning(_ error: ConnectionError) -> String {
            switch error {
            case .e651: return "エラー 651 は、ネットワークやパソコンの環境（LAN ケーブル・機器の電源など）が原因のことが多いエラーです。"
            case .e691: return "エラー 691 は、ネットワークID・パスワードが合わないか、認証の方式（プロトコル）が許可されていないときのエラーです。"
            }
        }
        static func message(_ message: String) -> String { "表示された文言・コード: \(message.isEmpty ? "（なし）" : message)" }
        static func since(_ since: String) -> String { "いつから: \(since.isEmpty ? "（答えていません）" : since)" }
        static let recentChanges = "最近の変更（済んだもの、\(changeDays)日前まで）:"
        static let noChanges = "  記録はありません。"
        static let plannedChanges = "予定の変更（済んだとは記録されていません）:"
        static func change(_ change: ChangeRecord) -> String { "  \(change.date.description) \(change.kind.japanese) \(change.note)" }
        static let checks = "確かめたことと結果:"
        static let noChecks = "  ありません。"
        static let idComparisonHeading = "ネットワークID（今回打ち直したものと、セットアップで記録したもの）:"
        /// T4: the comparison as the desk reads it.
        static func idComparison(_ comparison: NetworkIDComparison) -> [String] {
            guard comparison.recordedAtSetup else { return ["セットアップで記録したネットワークID がないため、見比べていません。"] }
            return comparison.differences.isEmpty ? ["セットアップで記録したものと同じです。"] : ["違う所:"] + comparison.differences
        }
        /// The retyped ID's line among the checks: the outcome of the comparison, not the ID.
        static func idChecked(_ comparison: NetworkIDComparison) -> String {
            guard comparison.recordedAtSetup else { return "形を確かめた（セットアップの記録なし）" }
            return comparison.differences.isEmpty ? "セットアップの記録と同じ" : "セットアップの記録と違う所がある（下のとおり）"
        }
        static func outcome(_ outcome: String) -> String { "結果: \(outcome)" }
        static let earlier = "以前の記録:"
        static func earlierRun(_ record: TriageRecord) -> String { "  \(record.at.japanese) \(record.symptom)：\(record.outcome)" }
        static func today(_ headline: String) -> String { "今日の状況: \(headline)" }
        static let notRegistered = "（未登録）"
    }
}
