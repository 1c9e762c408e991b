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
    }

    public var pc: String
    public var kind: Kind

    public init(pc: String, kind: Kind) {
        self.pc = pc
        self.kind = kind
    }

    /// Days before a deadline at which a reminder starts, then grows more urgent (issue 14).
    public static let stages = [90, 60, 30, 15, 7]

    /// The stage a deadline `daysLeft` away falls in: the smallest of `stages` not below it;
    /// nil when it is further than the first.
    public static func stage(daysLeft: Int) -> Int? {
        stages.reversed().first { daysLeft <= $0 }
    }

    /// Today's reminders for every PC of the register, in register order.
    public static func at(_ today: CivilDate, _ certificates: [Certificate]) -> [CertificateReminder] {
        certificates.compactMap { reminder(for: $0, today: today) }
    }

    /// At most one reminder per PC: a download not done comes first (the certificate is not
    /// even installed), then the expiry.
    static func reminder(for certificate: Certificate, today: CivilDate) -> CertificateReminder? {
        let pc = certificate.pc
        if certificate.downloaded == nil {
            let left = certificate.downloadBy.dayNumber - today.dayNumber
            if left < 0 { return CertificateReminder(pc: pc, kind: .downloadMissed(by: certificate.downloadBy)) }
            if stage(daysLeft: left) != nil { return CertificateReminder(pc: pc, kind: .download(by: certificate.downloadBy, daysLeft: left)) }
            return nil
        }
        let left = certificate.expiry.dayNumber - today.dayNumber
        if left < 0 { return CertificateReminder(pc: pc, kind: .expired(expiry: certificate.expiry, estimated: certificate.expiryIsEstimated)) }
        guard let stage = stage(daysLeft: left) else { return nil }
        return CertificateReminder(pc: pc, kind: .renewal(expiry: certificate.expiry, daysLeft: left, stage: stage,
                                                          renewalFrom: certificate.renewalFrom, estimated: certificate.expiryIsEstimated))
    }
}
