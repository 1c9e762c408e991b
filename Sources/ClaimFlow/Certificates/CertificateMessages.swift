/// The certificate register's sentences (issue 14): roles and reminders, each saying what to do
/// and whom to ask (T10: certificates → the local 支払基金).
public protocol CertificateMessages: Sendable {
    func role(_ role: PCRole) -> String
    func reminder(_ reminder: CertificateReminder) -> String
    /// "2029-03-01" or "2029-03-01（推定）" when the notice's date was not recorded.
    func expiry(_ date: CivilDate, estimated: Bool) -> String
}

public struct JapaneseCertificateMessages: CertificateMessages {
    public init() {}

    public func role(_ role: PCRole) -> String {
        switch role {
        case .claims: return "請求用"
        case .sharedWithEligibility: return "オン資と兼用"
        }
    }

    public func expiry(_ date: CivilDate, estimated: Bool) -> String {
        date.description + (estimated ? "（発行から3年の推定）" : "")
    }

    public func reminder(_ reminder: CertificateReminder) -> String {
        // S0: the freeze line above says not to change certificates now.
        let wait = reminder.afterFreeze.map { "いまは変更禁止の期間なので、入れ替えは \($0.japanese) 以降にしてください。" } ?? ""
        return action(reminder) + wait
    }

    private func action(_ reminder: CertificateReminder) -> String {
        let pc = "「\(reminder.pc)」"
        switch reminder.kind {
        case .download(let by, let left):
            let when = left == 0 ? "今日" : "あと\(left)日"
            return "\(pc)の電子証明書は \(by.japanese) までにダウンロードしてください（\(when)）。"
                + "過ぎると有料の再発行になります。ダウンロードしたら USB メモリにバックアップしてください。わからないときは支払基金に問い合わせてください。"
        case .downloadMissed(let by):
            return "\(pc)の電子証明書のダウンロード期限（\(by.japanese)）が過ぎています。"
                + "再発行（有料）の申請が必要です。支払基金に問い合わせてください。"
        case .renewal(let expiry, let left, _, let renewalFrom, let estimated):
            return "\(pc)の電子証明書の有効期限は \(self.expiry(expiry, estimated: estimated)) です（あと\(left)日）。"
                + "\(renewalFrom.japanese) から更新の手続きができます。更新して新しい証明書をダウンロードし、USB メモリにバックアップしてください。わからないときは支払基金に問い合わせてください。"
        case .expired(let expiry, let estimated):
            return "\(pc)の電子証明書の有効期限（\(self.expiry(expiry, estimated: estimated))）が過ぎています。"
                + "このままでは送信できません。支払基金に問い合わせて、再発行を申請してください。"
        }
    }
}
