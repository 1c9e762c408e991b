/// What the register says today (issue 14): a line for the main screen's warnings per PC that
/// needs something done, as a value; `CertificateMessages` words what to do and whom to ask
/// (T10: certificates → the local 支払基金).
public struct CertificateReminder: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Not downloaded; the last day is `by`, `daysLeft` from today (0: today).
        case download(by: CivilDate, daysLeft: Int)
        /// Not downloaded and the 180 days are over: a paid 再発行 [S2].
        case downloadMissed(by: CivilDate)
        /// The expiry is `daysLeft` days away, at most `stage` (90, 60, 30, 15 or 7); renewal
        /// is possible from `renewalFrom`.
        case renewal(expiry: CivilDate, daysLeft: Int, stage: Int, renewalFrom: CivilDate, estimated: Bool)
        /// The expiry has passed.
        case expired(expiry: CivilDate, estimated: Bool)
        /// Downloaded on `downloaded` and no USB backup recorded [S2: back it up, keep the notice].
        case backup(downloaded: CivilDate)
    }

    public var pc: String
    public var kind: Kind
    /// Today is in the change freeze [S0] and the deadline allows waiting: install the new
    /// certificate from this day on, so the screen never says "renew now" under "change nothing".
    public var afterFreeze: CivilDate?

    public init(pc: String, kind: Kind, afterFreeze: CivilDate? = nil) {
        self.pc = pc
        self.kind = kind
        self.afterFreeze = afterFreeze
    }

    /// Days before a deadline at which a reminder starts, then grows more urgent (issue 14).
    public static let stages = [90, 60, 30, 15, 7]

    /// The stage a deadline `daysLeft` away falls in: the smallest of `stages` not below it;
    /// nil when it is further than the first.
    public static func stage(daysLeft: Int) -> Int? {
        stages.reversed().first { daysLeft <= $0 }
    }

    /// Today's reminders for every PC of the register, in register order.
    /// `freezeEnds`: the first day after the change freeze when today is in it [S0].
    public static func at(_ today: CivilDate, _ certificates: [Certificate], freezeEnds: CivilDate? = nil) -> [CertificateReminder] {
        certificates.compactMap { certificate in
            guard var reminder = reminder(for: certificate, today: today) else { return nil }
            switch reminder.kind {
            case .download(let by, _) where freezeEnds.map({ $0 <= by }) == true:
                reminder.afterFreeze = freezeEnds
            case .renewal(let expiry, _, _, _, _) where freezeEnds.map({ $0 < expiry }) == true:
                reminder.afterFreeze = freezeEnds
            case .expired where freezeEnds != nil:
                // S0 says not to change certificates now, and an expired one cannot send: the
                // rules do not say which wins, so the wording sends the clerk to the desk.
                reminder.afterFreeze = freezeEnds
            default:
                break
            }
            return reminder
        }
    }

    /// At most one reminder per PC: a download not done comes first (the certificate is not
    /// even installed), then the expiry, then a backup not recorded [S2] (the renewal's
    /// reminder already says to back the new one up).
    static func reminder(for certificate: Certificate, today: CivilDate) -> CertificateReminder? {
        let pc = certificate.pc
        // Domain "Setup", certificates: an installed certificate has no download deadline; setup's
        // entry waits for the step that asks the download date before it warns.
        if !certificate.isInstalled {
            if certificate.awaitsSetupDownloadAnswer { return nil }
            let left = certificate.downloadBy.dayNumber - today.dayNumber
            if left < 0 { return CertificateReminder(pc: pc, kind: .downloadMissed(by: certificate.downloadBy)) }
            if stage(daysLeft: left) != nil { return CertificateReminder(pc: pc, kind: .download(by: certificate.downloadBy, daysLeft: left)) }
            return nil
        }
        let left = certificate.expiry.dayNumber - today.dayNumber
        if left < 0 { return CertificateReminder(pc: pc, kind: .expired(expiry: certificate.expiry, estimated: certificate.expiryIsEstimated)) }
        guard let stage = stage(daysLeft: left) else {
            guard let downloaded = certificate.downloaded, !certificate.backedUp, downloaded <= today else { return nil }
            return CertificateReminder(pc: pc, kind: .backup(downloaded: downloaded))
        }
        return CertificateReminder(pc: pc, kind: .renewal(expiry: certificate.expiry, daysLeft: left, stage: stage,
                                                          renewalFrom: certificate.renewalFrom, estimated: certificate.expiryIsEstimated))
    }
}
