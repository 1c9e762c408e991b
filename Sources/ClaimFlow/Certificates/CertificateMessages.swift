/// The certificate register's sentences (issue 14): roles and reminders, each saying what to do
/// and whom to ask (T10: certificates → the local 支払基金).
public protocol CertificateMessages: Sendable {
    func role(_ role: PCRole) -> String
    func reminder(_ reminder: CertificateReminder) -> String
    /// The main screen's one line for all PCs' reminders (several PCs must not push the menu off).
    func reminders(_ reminders: [CertificateReminder]) -> [String]
    /// "2029-03-01" or "2029-03-01（推定）" when the notice's date was not recorded.
    func expiry(_ date: CivilDate, estimated: Bool) -> String
    /// The setup's answers are now the register's entry for the claim PC.
    func filledFromSetup(_ certificate: Certificate) -> String
    /// Why an edit or a removal was refused.
    func refusal(_ refusal: CertificateRefusal) -> String
    /// One line per value an edit changes: 「発行日: 2026-01-10 → 2026-01-11」.
    func differences(_ before: Certificate, _ after: Certificate) -> [String]
    /// The USB backup: its day, 済み without one, or まだ.
    func backup(_ certificate: Certificate) -> String
    /// The register screen (issue 14): an empty register, its keys, what was recorded.
    var noPCsYet: String { get }
    var registerKeys: String { get }
    func edited(_ certificate: Certificate) -> String
    /// A row of the "which value" list and the label of its field.
    func fieldName(_ field: CertificateField) -> String
    /// What Enter will record: the role switch, or the typed value.
    func proposal(_ field: CertificateField, after: Certificate) -> String
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

    public func filledFromSetup(_ certificate: Certificate) -> String {
        let download = !certificate.isInstalled ? "ダウンロード期限は \(certificate.downloadBy.japanese) です。" : ""
        return "「\(certificate.pc)」（\(role(certificate.role))）を「端末と電子証明書」に記録しました。\(download)"
    }

    public func refusal(_ refusal: CertificateRefusal) -> String {
        switch refusal {
        case .noSuchPC(let name, let known):
            let list = known.isEmpty ? "端末はまだ登録されていません。" : "登録されている端末: " + known.map { "「\($0)」" }.joined(separator: "、") + "。"
            return "「\(name)」という端末は登録されていません。\(list)"
        case .emptyName:
            return "端末の名前を入力してください。"
        case .nameTaken(let name):
            return "「\(name)」という名前の端末は、もう登録されています。別の名前にしてください。"
        case .alreadyRegistered(let name):
            return "「\(name)」という名前の端末は、もう登録されています。同じ端末の日付を直すときは、"
                + "「端末と電子証明書」の画面か seikyu certs edit --pc \(name) で直してください。別の端末なら、別の名前にしてください。"
        case .sameNameTwice(let name, let ids):
            return "「\(name)」という名前の端末が\(ids.count)台登録されています（番号 \(ids.map(String.init).joined(separator: "・"))）。"
                + "seikyu certs list で番号を確かめ、--id で番号を指定してください。"
        case .issuedInFuture(let issued, let today):
            return "発行日（\(issued)）が今日（\(today)）より後です。電子証明書発行通知書の発行日を確かめてください。"
        case .downloadedBeforeIssue(let downloaded, let issued):
            return "ダウンロードした日（\(downloaded)）が発行日（\(issued)）より前です。日付を確かめてください。"
        case .backedUpBeforeDownload(let backedUp, let downloaded):
            let earlier = downloaded.map { "ダウンロードした日（\($0)）" } ?? "発行日"
            return "バックアップした日（\(backedUp)）が\(earlier)より前です。日付を確かめてください。"
        case .expiresBeforeIssue(let expires, let issued):
            return "有効期限（\(expires)）が発行日（\(issued)）より前です。発行通知書の日付を確かめてください。"
        }
    }

    public func differences(_ before: Certificate, _ after: Certificate) -> [String] {
        func day(_ date: CivilDate?) -> String { date?.description ?? "（なし）" }
        var lines: [String] = []
        func line(_ label: String, _ was: String, _ now: String) { if was != now { lines.append("\(label): \(was) → \(now)") } }
        line("端末の名前", before.pc, after.pc)
        line("使い方", role(before.role), role(after.role))
        line("発行日", day(before.issued), day(after.issued))
        line("ダウンロードした日", day(before.downloaded), day(after.downloaded))
        line("有効期限", expiry(before.expiry, estimated: before.expiryIsEstimated), expiry(after.expiry, estimated: after.expiryIsEstimated))
        line("USB へのバックアップ", backup(before), backup(after))
        return lines
    }

    /// "2026-03-06" or 済み (date not recorded) or まだ.
    public func backup(_ certificate: Certificate) -> String {
        certificate.backedUpOn?.description ?? (certificate.backedUp ? "済み（日付なし）" : "まだ")
    }

    public var noPCsYet: String { "まだ端末は登録されていません。a を押すと追加できます。" }
    public var registerKeys: String { "上下キーで端末を選び、Enter で直す項目を選びます（a 追加）。" }

    public func edited(_ certificate: Certificate) -> String { "「\(certificate.pc)」を直しました。" }

    public func fieldName(_ field: CertificateField) -> String {
        switch field {
        case .issued: return "発行日"
        case .downloaded: return "ダウンロードした日"
        case .expires: return "有効期限（発行通知書の日付）"
        case .backedUp: return "USB メモリにバックアップした日"
        case .role: return "使い方（請求用 / オン資と兼用 を切り替える）"
        case .name: return "端末の名前"
        }
    }

    public func proposal(_ field: CertificateField, after: Certificate) -> String {
        switch field {
        case .role: return "使い方を「\(role(after.role))」にします。"
        case .name: return "名前を「\(after.pc)」にします。"
        case .issued: return "発行日を \(after.issued.japanese) にします。ダウンロード期限は \(after.downloadBy.japanese) になります。"
        case .downloaded: return "ダウンロードした日を \(after.downloaded?.japanese ?? "") にします。"
        case .expires: return "有効期限を \(after.expiry.japanese) にします。更新は \(after.renewalFrom.japanese) からできます。"
        case .backedUp: return "USB メモリにバックアップした日を \(after.backedUpOn?.japanese ?? "") にします。"
        }
    }

    public func reminder(_ reminder: CertificateReminder) -> String {
        said(reminder, pcs: "「\(reminder.pc)」")
    }

    /// PCs with the same reminder (same deadline, same stage) share one sentence naming them all;
    /// when they differ, the most urgent is said in full and the others are named after it.
    public func reminders(_ reminders: [CertificateReminder]) -> [String] {
        guard let first = reminders.first else { return [] }
        guard reminders.count > 1 else { return [reminder(first)] }
        let names = reminders.map { "「\($0.pc)」" }.joined(separator: "・")
        func unnamed(_ reminder: CertificateReminder) -> CertificateReminder {
            var same = reminder
            same.pc = ""
            return same
        }
        if reminders.allSatisfy({ unnamed($0) == unnamed(first) }) { return [said(first, pcs: names)] }
        let ordered = reminders.enumerated().sorted { (urgency($0.element), $0.offset) < (urgency($1.element), $1.offset) }.map(\.element)
        let others = ordered.dropFirst().map { "「\($0.pc)」" }.joined(separator: "・")
        return [reminder(ordered[0]) + "\(others)にもお知らせがあります（「端末と電子証明書」で確かめてください）。"]
    }

    /// A lost certificate before an expiring one, a deadline before a backup.
    private func urgency(_ reminder: CertificateReminder) -> Int {
        switch reminder.kind {
        case .downloadMissed: return 0
        case .expired: return 1
        case .download(_, let left): return 2 + left
        case .renewal(_, let left, _, _, _): return 2 + left
        case .backup: return 10_000
        }
    }

    private func said(_ reminder: CertificateReminder, pcs: String) -> String {
        // S0: the freeze line above says not to change certificates now.
        guard let freezeEnds = reminder.afterFreeze else { return action(reminder, pcs: pcs) }
        if case .expired = reminder.kind {
            // S0 and domain.md (freeze, certificates) are silent on an expired certificate in the
            // freeze: no rule is invented, the clerk asks the desk the reminder names (T10).
            return action(reminder, pcs: pcs) + "いまは変更禁止の期間（\(freezeEnds.adding(days: -1).japanese) まで）です。"
                + "証明書を入れ替えてよいかも、支払基金に確かめてください。"
        }
        return action(reminder, pcs: pcs) + "いまは変更禁止の期間なので、入れ替えは \(freezeEnds.japanese) 以降にしてください。"
    }

    private func action(_ reminder: CertificateReminder, pcs pc: String) -> String {
        switch reminder.kind {
        case .download(let by, let left):
            let when = left == 0 ? "今日" : "あと\(left)日"
            return "\(pc)の電子証明書は \(by.japanese) までにダウンロードしてください（\(when)）。"
                + "過ぎると有料の再発行になります。ダウンロードしたら USB メモリにバックアップしてください。わからないときは支払基金に問い合わせてください。"
        case .downloadMissed(let by):
            return "\(pc)の電子証明書のダウンロード期限（\(by.japanese)）が過ぎています。"
                + "再発行（有料）の申請が必要です。支払基金に問い合わせてください。"
        case .renewal(let expiry, let left, _, let renewalFrom, let estimated):
            // No blank between the estimate's closing bracket and です (issue 14 wording).
            return "\(pc)の電子証明書の有効期限は \(self.expiry(expiry, estimated: estimated))\(estimated ? "" : " ")です（あと\(left)日）。"
                + "\(renewalFrom.japanese) から更新の手続きができます。更新して新しい証明書をダウンロードし、USB メモリにバックアップしてください。わからないときは支払基金に問い合わせてください。"
        case .backup(let downloaded):
            // S2: back the certificate up to a USB stick and keep the 発行通知書; T10: certificates → 支払基金.
            return "\(pc)の電子証明書（\(downloaded.japanese) ダウンロード）は、USB メモリへのバックアップが記録されていません。"
                + "故障や入れ替えのときに入れ直せるよう、USB メモリにバックアップして電子証明書発行通知書と一緒に保管し、"
                + "「端末と電子証明書」でバックアップした日を記録してください。わからないときは支払基金に問い合わせてください。"
        case .expired(let expiry, true):
            // Issue 14: an estimate (issue + 3 years) is not the notice's date; not stated as fact.
            return "\(pc)の電子証明書は、有効期限（推定 \(expiry)）を過ぎています。発行通知書で有効期限を確かめてください。"
                + "過ぎていれば、このままでは送信できません。支払基金に問い合わせて、再発行を申請してください。"
        case .expired(let expiry, let estimated):
            return "\(pc)の電子証明書の有効期限 \(self.expiry(expiry, estimated: estimated))\(estimated ? "" : " ")が過ぎています。"
                + "このままでは送信できません。支払基金に問い合わせて、再発行を申請してください。"
        }
    }
}
