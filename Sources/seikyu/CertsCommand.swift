import ArgumentParser
import ClaimFlow
import ClaimStore
import FoundationEssentials
import Glibc

/// `seikyu certs list [--json]` / `seikyu certs add --pc NAME --issued DATE …` — the register of
/// PCs and their certificates, with the deadlines it computes (issue 14; domain "Setup", certificates).
struct CertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certs", abstract: "端末と電子証明書の台帳（ダウンロード期限・更新・有効期限）",
        subcommands: [List.self, Add.self, Edit.self, Remove.self], defaultSubcommand: List.self)

    /// One PC as `--json` prints it: what was recorded and the dates computed from it.
    struct Entry: Encodable {
        var id: Int
        var pc: String
        var role: String
        var issued: String
        var downloaded: String?
        /// On the PC (downloaded, or installed before on a day not known): no download deadline applies.
        var installed: Bool
        var downloadBy: String
        var renewalFrom: String
        var expires: String
        var expiryEstimated: Bool
        var backedUp: Bool
        var backedUpOn: String?
        var reminder: String?

        init(_ certificate: Certificate, today: CivilDate) {
            id = certificate.id
            pc = certificate.pc
            role = certificate.role.rawValue
            issued = certificate.issued.description
            downloaded = certificate.downloaded?.description
            installed = certificate.isInstalled
            downloadBy = certificate.downloadBy.description
            renewalFrom = certificate.renewalFrom.description
            expires = certificate.expiry.description
            expiryEstimated = certificate.expiryIsEstimated
            backedUp = certificate.backedUp
            backedUpOn = certificate.backedUpOn?.description
            reminder = CertificateReminder.at(today, [certificate]).first.map(Messages.certificates.reminder)
        }

        enum CodingKeys: String, CodingKey {
            case id, pc, role, issued, downloaded, installed, downloadBy, renewalFrom, expires, expiryEstimated, backedUp, backedUpOn, reminder
        }

        /// Null stays null: scripts read every key of every entry.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(pc, forKey: .pc)
            try c.encode(role, forKey: .role)
            try c.encode(issued, forKey: .issued)
            try c.encode(downloaded, forKey: .downloaded)
            try c.encode(installed, forKey: .installed)
            try c.encode(downloadBy, forKey: .downloadBy)
            try c.encode(renewalFrom, forKey: .renewalFrom)
            try c.encode(expires, forKey: .expires)
            try c.encode(expiryEstimated, forKey: .expiryEstimated)
            try c.encode(backedUp, forKey: .backedUp)
            try c.encode(backedUpOn, forKey: .backedUpOn)
            try c.encode(reminder, forKey: .reminder)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "登録した端末と、電子証明書の期限を表示します")
        @OptionGroup var options: GlobalOptions

        @Flag(help: "JSON で出力する（スクリプト向け）")
        var json = false

        func run() throws {
            let progress = try loadProgress(options)
            let today = (try options.settings.fixedNow() ?? JapanClock.now()).date
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(progress.certificates.map { Entry($0, today: today) }), as: UTF8.self))
                return
            }
            if progress.certificates.isEmpty { print("端末は登録されていません（seikyu certs add で登録できます）。") }
            let words = Messages.certificates
            for certificate in progress.certificates {
                print("番号 \(certificate.id)  \(certificate.pc)（\(certificate.role.japanese)）  発行 \(certificate.issued)")
                let download = certificate.downloaded.map { "ダウンロード済み \($0)" }
                    ?? (certificate.installedDateUnknown ? "インストール済み（日付なし）" : "ダウンロード期限 \(certificate.downloadBy)")
                print("  \(download)  更新できる日 \(certificate.renewalFrom) から  有効期限 \(words.expiry(certificate.expiry, estimated: certificate.expiryIsEstimated))"
                      + "  USB へのバックアップ \(words.backup(certificate))")
                if let reminder = CertificateReminder.at(today, [certificate]).first { print("  注意: " + words.reminder(reminder)) }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "端末と電子証明書を登録します")
        @OptionGroup var options: GlobalOptions

        @Option(help: "端末の名前（例 ○○薬局1号機）")
        var pc: String

        @Option(help: "電子証明書の発行日（発行通知書の日付。2026-01-10・2026/1/10・令和8年1月10日 など）")
        var issued: String

        @Option(help: "ダウンロードした日")
        var downloaded: String?

        @Option(help: "有効期限（発行通知書の日付。省略すると発行から3年と推定します）")
        var expires: String?

        @Option(help: "端末の使い方: 請求用（claims）か オン資と兼用（shared-with-eligibility）")
        var role: String = PCRole.claims.rawValue

        @Flag(name: .customLong("backed-up"), help: "USB メモリにバックアップ済み")
        var backedUp = false

        @Option(name: .customLong("backed-up-on"), help: "USB メモリにバックアップした日")
        var backedUpOn: String?

        static func date(_ text: String, option: String) throws -> CivilDate {
            switch ClerkDate.read(text) {
            case .success(let day): return day
            case .failure(let problem):
                throw ValidationError("--\(option): " + DateWording.problem(problem) + " \"\(text)\"")
            }
        }

        func validate() throws {
            guard !pc.trimmingSpaces.isEmpty else { throw ValidationError("--pc に端末の名前を指定してください") }
            _ = try Self.date(issued, option: "issued")
            if let downloaded { _ = try Self.date(downloaded, option: "downloaded") }
            if let expires { _ = try Self.date(expires, option: "expires") }
            if let backedUpOn { _ = try Self.date(backedUpOn, option: "backed-up-on") }
            guard PCRole(typed: role) != nil else {
                throw ValidationError("--role は 請求用 か オン資と兼用 を指定してください: \"\(role)\"")
            }
        }

        func run() throws {
            guard let role = PCRole(typed: role) else { return }
            let issuedOn = try Self.date(issued, option: "issued")
            let downloadedOn = try downloaded.map { try Self.date($0, option: "downloaded") }
            let expiresOn = try expires.map { try Self.date($0, option: "expires") }
            let backupDay = try backedUpOn.map { try Self.date($0, option: "backed-up-on") }
            let now = try options.settings.fixedNow() ?? JapanClock.now()
            let store = try openStore(options, now: now)
            defer { store.close() }
            var added: Certificate?
            var refusal: CertificateRefusal?
            do {
                _ = try store.update { progress in
                    if let problem = progress.refusalToAdd(pc: pc, issued: issuedOn, downloaded: downloadedOn, expiresOnNotice: expiresOn,
                                                           backedUpOn: backupDay, today: now.date) {
                        refusal = problem
                        return []
                    }
                    let record = progress.addCertificate(pc: pc.trimmingSpaces, role: role, issued: issuedOn,
                                                         downloaded: downloadedOn, expiresOnNotice: expiresOn, backedUp: backedUp,
                                                         backedUpOn: backupDay)
                    added = record
                    return [AuditEntry(at: now, flow: "certs", step: "add", item: "\(record.id)", action: "added")]
                }
            } catch {
                throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
            }
            if let refusal { throw ExitWith(message: Messages.certificates.refusal(refusal), status: ExitStatus.failure) }
            guard let added else { return }
            print("登録しました: \(added.pc)（\(added.role.japanese)）")
            print("ダウンロード期限 \(added.downloadBy)  更新できる日 \(added.renewalFrom) から  有効期限 "
                  + Messages.certificates.expiry(added.expiry, estimated: added.expiryIsEstimated))
        }
    }

    /// `seikyu certs edit --pc NAME …`: corrects what the register holds for one PC; only the
    /// options given change, and the register refuses what would make it wrong (CertificateEdit).
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "登録した端末の日付・使い方・名前を直します")
        @OptionGroup var options: GlobalOptions

        @Option(help: "直す端末の名前（一覧に出る名前）")
        var pc: String?

        @Option(help: "直す端末の番号（certs list の番号。同じ名前の端末が2台あるとき）")
        var id: Int?

        @Option(help: "発行日（2026-01-10・2026/1/10・令和8年1月10日 など）")
        var issued: String?

        @Option(help: "ダウンロードした日")
        var downloaded: String?

        @Option(help: "有効期限（発行通知書の日付）")
        var expires: String?

        // The same name as `certs add --backed-up-on`: a date; `add --backed-up` alone is a yes.
        @Option(name: .customLong("backed-up-on"), help: "USB メモリにバックアップした日")
        var backedUp: String?

        @Option(help: "端末の使い方: 請求用（claims）か オン資と兼用（shared-with-eligibility）")
        var role: String?

        @Option(help: "新しい端末の名前")
        var rename: String?

        func edit() throws -> CertificateEdit {
            func date(_ text: String?, _ option: String) throws -> CivilDate? { try text.map { try Add.date($0, option: option) } }
            var edit = CertificateEdit(issued: try date(issued, "issued"), downloaded: try date(downloaded, "downloaded"),
                                       expiresOnNotice: try date(expires, "expires"), backedUpOn: try date(backedUp, "backed-up-on"))
            if let role {
                guard let typed = PCRole(typed: role) else { throw ValidationError("--role は 請求用 か オン資と兼用 を指定してください: \"\(role)\"") }
                edit.role = typed
            }
            if let rename {
                guard !rename.trimmingSpaces.isEmpty else { throw ValidationError("--rename に新しい名前を指定してください") }
                edit.rename = rename
            }
            return edit
        }

        func validate() throws {
            guard pc != nil || id != nil else { throw ValidationError("--pc に端末の名前か、--id に一覧の番号を指定してください") }
            guard try !edit().isEmpty else {
                throw ValidationError("直す内容を指定してください（--issued・--downloaded・--expires・--backed-up-on・--role・--rename）")
            }
        }

        func run() throws {
            let edit = try edit()
            let now = try options.settings.fixedNow() ?? JapanClock.now()
            let store = try openStore(options, now: now)
            defer { store.close() }
            var outcome: Result<(Certificate, Certificate), CertificateRefusal>?
            do {
                _ = try store.update { progress in
                    let before: Certificate
                    switch progress.certificate(named: pc, id: id) {
                    case .failure(let refusal):
                        outcome = .failure(refusal)
                        return []
                    case .success(let found):
                        before = found
                    }
                    outcome = progress.apply(edit, toCertificate: before.id, today: now.date).map { (before, $0) }
                    guard case .success = outcome else { return [] }
                    return [AuditEntry(at: now, flow: "certs", step: "edit", item: "\(before.id)", action: "edited")]
                }
            } catch {
                throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
            }
            switch outcome {
            case .failure(let refusal)?:
                throw ExitWith(message: Messages.certificates.refusal(refusal), status: ExitStatus.failure)
            case .success(let (before, after))?:
                let lines = Messages.certificates.differences(before, after)
                print(lines.isEmpty ? "「\(after.pc)」は変わりませんでした（同じ内容です）。" : "直しました: 「\(after.pc)」")
                for line in lines { print("  " + line) }
            case nil:
                return
            }
        }
    }

    /// `seikyu certs remove --pc NAME --yes`: a PC given away or replaced leaves the register.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "登録した端末を台帳から外します（--yes で確かめます）")
        @OptionGroup var options: GlobalOptions

        @Option(help: "外す端末の名前")
        var pc: String?

        @Option(help: "外す端末の番号（certs list の番号。同じ名前の端末が2台あるとき）")
        var id: Int?

        @Flag(help: "外してよいことを確かめた（これがないと外しません）")
        var yes = false

        func run() throws {
            let now = try options.settings.fixedNow() ?? JapanClock.now()
            let progress = try loadProgress(options)
            guard pc != nil || id != nil else {
                throw ExitWith(message: "--pc に端末の名前か、--id に一覧の番号を指定してください。", status: ExitStatus.failure)
            }
            let entry: Certificate
            switch progress.certificate(named: pc, id: id) {
            case .failure(let refusal): throw ExitWith(message: Messages.certificates.refusal(refusal), status: ExitStatus.failure)
            case .success(let found): entry = found
            }
            guard yes else {
                throw ExitWith(message: "「\(entry.pc)」を台帳から外すときは、--yes を付けてもう一度実行してください。"
                               + "外すと、この端末の電子証明書の期限のお知らせも出なくなります。", status: ExitStatus.failure)
            }
            let store = try openStore(options, now: now)
            defer { store.close() }
            var outcome: Result<Certificate, CertificateRefusal>?
            do {
                _ = try store.update { progress in
                    outcome = progress.removeCertificate(named: pc, id: id)
                    guard case .success(let removed) = outcome else { return [] }
                    return [AuditEntry(at: now, flow: "certs", step: "remove", item: "\(removed.id)", action: "removed")]
                }
            } catch {
                throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
            }
            switch outcome {
            case .failure(let refusal)?: throw ExitWith(message: Messages.certificates.refusal(refusal), status: ExitStatus.failure)
            case .success(let removed)?: print("台帳から外しました: 「\(removed.pc)」（\(removed.role.japanese)）")
            case nil: return
            }
        }
    }
}
