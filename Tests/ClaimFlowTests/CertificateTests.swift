@testable import ClaimFlow
import Testing

/// Issue 14 (domain "Setup", certificates [S2][SSK]): the deadlines a register entry computes and
/// the reminders it gives, pinned by value.
@Suite struct CertificateTests {
    func day(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

    @Test func deadlinesFromTheIssueDate() {
        let certificate = Certificate(id: 1, pc: "1号機", issued: day("2026-01-10"))
        #expect(certificate.downloadBy == day("2026-07-09"), "S2: within 180 days of issue")
        #expect(certificate.expiry == day("2029-01-10"), "about 3 years")
        #expect(certificate.expiryIsEstimated)
        #expect(certificate.renewalFrom == day("2028-10-12"), "renewal from expiry − 90 days")
    }

    @Test func theNoticesExpiryWinsOverTheEstimate() {
        let certificate = Certificate(id: 1, pc: "1号機", issued: day("2026-01-10"), expiresOnNotice: day("2029-03-01"))
        #expect(certificate.expiry == day("2029-03-01"))
        #expect(!certificate.expiryIsEstimated)
        #expect(certificate.renewalFrom == day("2028-12-01"))
    }

    @Test func aLeapDayIssueExpiresOnThe28th() {
        #expect(Certificate(id: 1, pc: "x", issued: day("2028-02-29")).expiry == day("2031-02-28"))
    }

    @Test func stagesAt90_60_30_15_7() {
        #expect(CertificateReminder.stage(daysLeft: 91) == nil)
        #expect(CertificateReminder.stage(daysLeft: 90) == 90)
        #expect(CertificateReminder.stage(daysLeft: 61) == 90)
        #expect(CertificateReminder.stage(daysLeft: 60) == 60)
        #expect(CertificateReminder.stage(daysLeft: 50) == 60)
        #expect(CertificateReminder.stage(daysLeft: 30) == 30)
        #expect(CertificateReminder.stage(daysLeft: 15) == 15)
        #expect(CertificateReminder.stage(daysLeft: 8) == 15)
        #expect(CertificateReminder.stage(daysLeft: 7) == 7)
        #expect(CertificateReminder.stage(daysLeft: 0) == 7)
    }

    /// The acceptance case: a certificate expiring 2029-03-01, seen on 2029-01-10 (50 days left).
    @Test func renewalReminderFiftyDaysBefore() {
        // Backed up: the backup's own reminder (issue 14, 3) would speak before the 90 days.
        let certificate = Certificate(id: 1, pc: "1号機", issued: day("2026-03-01"), downloaded: day("2026-03-05"),
                                      expiresOnNotice: day("2029-03-01"), backedUp: true)
        let reminders = CertificateReminder.at(day("2029-01-10"), [certificate])
        #expect(reminders == [CertificateReminder(pc: "1号機", kind: .renewal(expiry: day("2029-03-01"), daysLeft: 50, stage: 60,
                                                                              renewalFrom: day("2028-12-01"), estimated: false))])
        let line = Messages.certificates.reminder(reminders[0])
        #expect(line.contains("有効期限は 2029-03-01 です（あと50日）"))
        #expect(line.contains("支払基金に問い合わせて"), "T10: whom to ask")
        #expect(CertificateReminder.at(day("2028-12-01"), [certificate]).isEmpty == false, "90 days before")
        #expect(CertificateReminder.at(day("2028-11-30"), [certificate]).isEmpty, "91 days before: nothing yet")
    }

    @Test func afterExpiry() {
        let certificate = Certificate(id: 1, pc: "2号機", issued: day("2026-03-01"), downloaded: day("2026-03-05"))
        #expect(CertificateReminder.at(day("2029-03-01"), [certificate]).first?.kind
                == .renewal(expiry: day("2029-03-01"), daysLeft: 0, stage: 7, renewalFrom: day("2028-12-01"), estimated: true))
        #expect(CertificateReminder.at(day("2029-03-02"), [certificate]).first?.kind == .expired(expiry: day("2029-03-01"), estimated: true))
    }

    @Test func aDownloadNotDoneComesFirst() {
        let certificate = Certificate(id: 1, pc: "1号機", issued: day("2026-01-10"))
        #expect(CertificateReminder.at(day("2026-01-10"), [certificate]).isEmpty, "180 days left: no reminder yet")
        #expect(CertificateReminder.at(day("2026-04-10"), [certificate]).first?.kind == .download(by: day("2026-07-09"), daysLeft: 90))
        #expect(CertificateReminder.at(day("2026-07-09"), [certificate]).first?.kind == .download(by: day("2026-07-09"), daysLeft: 0))
        #expect(CertificateReminder.at(day("2026-07-10"), [certificate]).first?.kind == .downloadMissed(by: day("2026-07-09")))
    }

    @Test func rolesAreReadInEitherLanguage() {
        #expect(PCRole(typed: "請求用") == .claims)
        #expect(PCRole(typed: "オン資と兼用") == .sharedWithEligibility)
        #expect(PCRole(typed: "shared-with-eligibility") == .sharedWithEligibility)
        #expect(PCRole(typed: "なにか") == nil)
    }

    @Test func addingNumbersEntries() {
        var progress = SavedProgress()
        progress.addCertificate(pc: "1号機", role: .claims, issued: day("2026-01-10"))
        let second = progress.addCertificate(pc: "2号機", role: .sharedWithEligibility, issued: day("2026-02-10"))
        #expect(second.id == 2)
        #expect(progress.certificates.map(\.pc) == ["1号機", "2号機"])
    }
}

/// Issue 14, 3: a certificate downloaded and never backed up is reminded (S2: back it up to a
/// USB stick, keep the notice; T10: whom to ask), until the backup's date is recorded; the
/// expiry's reminders come first.
@Suite struct BackupReminderTests {
    func day(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

    @Test func downloadedButNotBackedUp() {
        var certificate = Certificate(id: 1, pc: "1号機", issued: day("2026-01-10"), downloaded: day("2026-01-20"))
        let reminders = CertificateReminder.at(day("2026-02-01"), [certificate])
        #expect(reminders.map(\.kind) == [.backup(downloaded: day("2026-01-20"))])
        let line = Messages.certificates.reminder(reminders[0])
        #expect(line.contains("USB メモリにバックアップして電子証明書発行通知書と一緒に保管し"), "what to do (S2)")
        #expect(line.contains("支払基金に問い合わせてください"), "T10: whom to ask")
        certificate.backedUpOn = day("2026-01-21")
        certificate.backedUp = true
        #expect(CertificateReminder.at(day("2026-02-01"), [certificate]).isEmpty, "recorded: no reminder")
    }

    @Test func theExpiryComesFirst() {
        let certificate = Certificate(id: 1, pc: "1号機", issued: day("2026-01-10"), downloaded: day("2026-01-20"))
        #expect(CertificateReminder.at(day("2028-12-01"), [certificate]).first?.kind
                == .renewal(expiry: day("2029-01-10"), daysLeft: 40, stage: 60, renewalFrom: day("2028-10-12"), estimated: true))
    }

    /// Issued and not downloaded: the download reminder from 90 days before issue + 180.
    @Test func notDownloadedApproachingTheDeadline() {
        let certificate = Certificate(id: 1, pc: "1号機", issued: day("2026-01-10"))
        #expect(CertificateReminder.at(day("2026-04-09"), [certificate]).isEmpty, "91 days before: nothing yet")
        #expect(CertificateReminder.at(day("2026-04-10"), [certificate]).map(\.kind) == [.download(by: day("2026-07-09"), daysLeft: 90)])
    }

    /// Issue 14 (clerk walk): setup's 「オン資用の電子証明書はインストール済み」 is installed, date
    /// unknown — never the download-deadline alarm (domain "Setup", certificates).
    @Test func anInstalledCertificateHasNoDownloadDeadline() {
        let installed = Certificate(id: 1, pc: "1号機", issued: day("2026-03-01"), installedDateUnknown: true)
        #expect(installed.isInstalled)
        #expect(CertificateReminder.at(day("2026-12-07"), [installed]).isEmpty)
        let waiting = Certificate(id: 2, pc: "2号機", issued: day("2026-03-01"), awaitsSetupDownloadAnswer: true)
        #expect(CertificateReminder.at(day("2026-12-07"), [waiting]).isEmpty, "setup has not asked the download date yet")
        let asked = Certificate(id: 3, pc: "3号機", issued: day("2026-03-01"))
        #expect(CertificateReminder.at(day("2026-12-07"), [asked]).map(\.kind) == [.downloadMissed(by: day("2026-08-28"))])
    }

    /// Issue 14 (clerk walk): two entries of one name (saved before names were unique): edit and
    /// remove by name say so and ask for the number; by number they work; a rename of another
    /// entry into the name is still refused.
    @Test func aNameHeldTwiceAsksForTheNumber() {
        var progress = SavedProgress()
        progress.certificates = [Certificate(id: 1, pc: "1号機", issued: day("2026-03-01")),
                                 Certificate(id: 2, pc: "1号機", issued: day("2026-03-02"))]
        #expect(progress.certificate(named: "1号機") == .failure(.sameNameTwice("1号機", ids: [1, 2])))
        #expect(Messages.certificates.refusal(.sameNameTwice("1号機", ids: [1, 2])).contains("--id"))
        #expect((try? progress.apply(CertificateEdit(downloaded: day("2026-03-05")), toCertificate: 2).get())?.downloaded == day("2026-03-05"),
                "an edit that keeps the name is not refused for the old twin")
        #expect(progress.removeCertificate(named: "1号機").map(\.id) == .failure(.sameNameTwice("1号機", ids: [1, 2])))
        #expect(progress.removeCertificate(named: "1号機", id: 2).map(\.id) == .success(2))
        #expect(progress.certificates.map(\.id) == [1])
        progress.addCertificate(pc: "2号機", role: .claims, issued: day("2026-03-01"))
        #expect(progress.apply(CertificateEdit(rename: "1号機"), toCertificate: 2) == .failure(.nameTaken("1号機")))
        #expect(progress.refusalToAdd(pc: "1号機", issued: day("2026-03-01"), today: day("2026-03-10")) == .alreadyRegistered("1号機"))
    }

    /// Issue 14 (clerk walk): an expiry only estimated is not stated as fact; in the freeze an
    /// expired certificate's reminder does not contradict 「証明書は変えないでください」 [S0] — the
    /// rules are silent, so it sends the clerk to the 支払基金 (T10) instead of saying "install later".
    @Test func anEstimatedExpiryIsNotStatedAsFact() throws {
        let certificate = Certificate(id: 1, pc: "1号機", issued: day("2026-03-01"), downloaded: day("2026-03-05"))
        let plain = try #require(CertificateReminder.at(day("2029-03-05"), [certificate]).first)
        let said = Messages.certificates.reminder(plain)
        #expect(said.contains("有効期限（推定 2029-03-01）を過ぎています。発行通知書で有効期限を確かめてください。"), "\(said)")
        let inFreeze = try #require(CertificateReminder.at(day("2029-03-10"), [certificate], freezeEnds: day("2029-03-13")).first)
        let frozen = Messages.certificates.reminder(inFreeze)
        #expect(frozen.contains("支払基金に確かめてください"), "\(frozen)")
        #expect(!frozen.contains("以降にしてください"), "\(frozen)")
    }

    /// Issue 14 (clerk walk): PCs with the same reminder share one sentence naming them all.
    @Test func twoPCsShareOneReminder() {
        let reminders = [CertificateReminder(pc: "1号機", kind: .expired(expiry: day("2029-03-01"), estimated: false)),
                         CertificateReminder(pc: "2号機", kind: .expired(expiry: day("2029-03-01"), estimated: false))]
        let lines = Messages.certificates.reminders(reminders)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("「1号機」・「2号機」の電子証明書") == true, "\(lines)")
        let mixed = Messages.certificates.reminders([reminders[0], CertificateReminder(pc: "3号機", kind: .backup(downloaded: day("2026-03-05")))])
        #expect(mixed.count == 1)
        #expect(mixed.first?.hasPrefix("「1号機」の電子証明書の有効期限") == true, "the most urgent in full: \(mixed)")
        #expect(mixed.first?.hasSuffix("「3号機」にもお知らせがあります（「端末と電子証明書」で確かめてください）。") == true, "\(mixed)")
    }
}
