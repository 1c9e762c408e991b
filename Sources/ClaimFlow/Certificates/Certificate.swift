import FoundationEssentials

/// One PC and its 利用者の電子証明書 (issue 14). Domain "Setup", certificates [S2][SSK]: one
/// certificate per PC, downloadable within 180 days of issue, valid about 3 years, renewable from
/// about 90 days before expiry; back it up to a USB stick.
public struct Certificate: Codable, Equatable, Sendable {
    /// Unique within the register; the store and the command line name an entry by it.
    public var id: Int
    /// What the clinic calls the PC, e.g. 「○○薬局1号機」 (S2: name each PC).
    public var pc: String
    public var role: PCRole
    /// The day printed on the 電子証明書発行通知書.
    public var issued: CivilDate
    public var downloaded: CivilDate?
    /// Installed on the PC though the day is not known: setup's 「オン資用の電子証明書はインストール済み」
    /// (domain "Setup", certificates: no new certificate is needed) — never a download deadline.
    public var installedDateUnknown: Bool
    /// The setup's entry before setup has asked the download date: no download reminder yet,
    /// the clerk may have downloaded it already (issue 14, a false alarm found walking setup).
    public var awaitsSetupDownloadAnswer: Bool
    /// The expiry printed on the notice, when the clerk typed it; else `expiry` estimates it.
    public var expiresOnNotice: CivilDate?
    /// The certificate is copied to a USB stick (S2: back it up, keep the notice).
    public var backedUp: Bool
    /// The day of that copy, when the clerk typed it (an entry of issue 14's first version has none).
    public var backedUpOn: CivilDate?
    /// The entry the setup flow fills (its PC name, role and dates follow the setup answers);
    /// at most one entry carries it, so answering setup again updates instead of adding.
    public var fromSetup: Bool

    public init(id: Int, pc: String, role: PCRole = .claims, issued: CivilDate, downloaded: CivilDate? = nil,
                expiresOnNotice: CivilDate? = nil, backedUp: Bool = false, backedUpOn: CivilDate? = nil, fromSetup: Bool = false,
                installedDateUnknown: Bool = false, awaitsSetupDownloadAnswer: Bool = false) {
        self.id = id
        self.pc = pc
        self.role = role
        self.issued = issued
        self.downloaded = downloaded
        self.expiresOnNotice = expiresOnNotice
        self.backedUp = backedUp || backedUpOn != nil
        self.backedUpOn = backedUpOn
        self.fromSetup = fromSetup
        self.installedDateUnknown = installedDateUnknown
        self.awaitsSetupDownloadAnswer = awaitsSetupDownloadAnswer
    }

    enum CodingKeys: String, CodingKey {
        case id, pc, role, issued, downloaded, expiresOnNotice, backedUp, backedUpOn, fromSetup, installedDateUnknown, awaitsSetupDownloadAnswer
    }

    /// Records saved before `backedUpOn` and `fromSetup` existed read as not from setup, no date.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int.self, forKey: .id)
        pc = try c.decode(String.self, forKey: .pc)
        role = try c.decode(PCRole.self, forKey: .role)
        issued = try c.decode(CivilDate.self, forKey: .issued)
        downloaded = try c.decodeIfPresent(CivilDate.self, forKey: .downloaded)
        expiresOnNotice = try c.decodeIfPresent(CivilDate.self, forKey: .expiresOnNotice)
        backedUpOn = try c.decodeIfPresent(CivilDate.self, forKey: .backedUpOn)
        backedUp = (try c.decodeIfPresent(Bool.self, forKey: .backedUp) ?? false) || backedUpOn != nil
        fromSetup = try c.decodeIfPresent(Bool.self, forKey: .fromSetup) ?? false
        installedDateUnknown = try c.decodeIfPresent(Bool.self, forKey: .installedDateUnknown) ?? false
        awaitsSetupDownloadAnswer = try c.decodeIfPresent(Bool.self, forKey: .awaitsSetupDownloadAnswer) ?? false
    }

    /// On the PC: downloaded on a known day, or installed before (day unknown).
    public var isInstalled: Bool { downloaded != nil || installedDateUnknown }

    /// [S2] downloadable within 180 days of issue; after that a paid 再発行.
    public static let downloadDays = 180
    /// [SSK, third-party sources] valid about 3 years: the estimate when the notice's date is not typed.
    public static let validYears = 3
    /// [SSK portal FAQ] renewal possible from about 90 days before expiry.
    public static let renewalDaysBefore = 90

    /// The last day to download it (issue + 180 days).
    public var downloadBy: CivilDate { issued.adding(days: Self.downloadDays) }

    /// The notice's expiry, else issue + 3 years (29 February becomes the 28th).
    public var expiry: CivilDate {
        if let expiresOnNotice { return expiresOnNotice }
        let year = issued.year + Self.validYears
        return CivilDate(year: year, month: issued.month, day: min(issued.day, CivilDate.daysIn(year: year, month: issued.month)))
            ?? issued.adding(days: 365 * Self.validYears)
    }

    /// True when `expiry` is the estimate, not the notice's date: the screens say so.
    public var expiryIsEstimated: Bool { expiresOnNotice == nil }

    /// The first day the renewal can be applied for (expiry − 90 days).
    public var renewalFrom: CivilDate { expiry.adding(days: -Self.renewalDaysBefore) }
}

/// What the PC is used for (S2: the claim PC may be shared with オンライン資格確認).
public enum PCRole: String, Codable, Sendable, CaseIterable {
    /// オンライン請求用の端末.
    case claims
    /// オンライン資格確認 と兼用の端末.
    case sharedWithEligibility = "shared-with-eligibility"

    public var japanese: String { Messages.certificates.role(self) }

    /// Reads `claims` / `shared-with-eligibility` or the Japanese label (請求用 / オン資と兼用).
    public init?(typed: String) {
        let text = typed.trimmingSpaces
        if let role = PCRole(rawValue: text) { self = role; return }
        switch text {
        case "請求用", "請求": self = .claims
        case "オン資と兼用", "兼用", "オン資兼用", "shared": self = .sharedWithEligibility
        default: return nil
        }
    }
}

extension SavedProgress {
    /// Adds a PC to the register under the next free id; the register stays ordered by id.
    @discardableResult
    public mutating func addCertificate(pc: String, role: PCRole, issued: CivilDate, downloaded: CivilDate? = nil,
                                        expiresOnNotice: CivilDate? = nil, backedUp: Bool = false, backedUpOn: CivilDate? = nil,
                                        fromSetup: Bool = false) -> Certificate {
        let record = Certificate(id: (certificates.map(\.id).max() ?? 0) + 1, pc: pc, role: role, issued: issued,
                                 downloaded: downloaded, expiresOnNotice: expiresOnNotice, backedUp: backedUp,
                                 backedUpOn: backedUpOn, fromSetup: fromSetup)
        certificates.append(record)
        return record
    }
}
