/// A correction to one PC of the certificate register (issue 14): the screen and `seikyu certs
/// edit` make the same value, and the register applies it the same way, refusing what would make
/// it wrong (an unknown PC, a name used twice, a download before the issue).
public struct CertificateEdit: Equatable, Sendable {
    public var rename: String?
    public var role: PCRole?
    public var issued: CivilDate?
    public var downloaded: CivilDate?
    /// The expiry printed on the notice (S2); the estimate (issue + 3 years) is used until it is typed.
    public var expiresOnNotice: CivilDate?
    /// The day the certificate was copied to a USB stick (S2).
    public var backedUpOn: CivilDate?

    public init(rename: String? = nil, role: PCRole? = nil, issued: CivilDate? = nil, downloaded: CivilDate? = nil,
                expiresOnNotice: CivilDate? = nil, backedUpOn: CivilDate? = nil) {
        self.rename = rename
        self.role = role
        self.issued = issued
        self.downloaded = downloaded
        self.expiresOnNotice = expiresOnNotice
        self.backedUpOn = backedUpOn
    }

    public var isEmpty: Bool { self == CertificateEdit() }

    /// The entry with the edit applied (not yet checked).
    public func applied(to certificate: Certificate) -> Certificate {
        var after = certificate
        if let rename { after.pc = rename.trimmingSpaces }
        if let role { after.role = role }
        if let issued { after.issued = issued }
        if let downloaded { after.downloaded = downloaded }
        if let expiresOnNotice { after.expiresOnNotice = expiresOnNotice }
        if let backedUpOn {
            after.backedUpOn = backedUpOn
            after.backedUp = true
        }
        return after
    }
}

/// Why the register refused an edit or a removal; `CertificateMessages.refusal` words it.
public enum CertificateRefusal: Error, Equatable, Sendable {
    /// No PC of that name; `known` lists the names there are.
    case noSuchPC(String, known: [String])
    case emptyName
    /// Another PC already has the name (a rename).
    case nameTaken(String)
    /// A new PC under a name the register already holds (add: correct that one instead).
    case alreadyRegistered(String)
    /// Two entries (saved before names were unique) share the name: the list's number says which.
    case sameNameTwice(String, ids: [Int])
    /// The notice cannot be dated after today.
    case issuedInFuture(issued: CivilDate, today: CivilDate)
    /// A certificate cannot be downloaded before it is issued.
    case downloadedBeforeIssue(downloaded: CivilDate, issued: CivilDate)
    /// Nor copied before it is downloaded (S2: the backup is of the downloaded certificate).
    case backedUpBeforeDownload(backedUp: CivilDate, downloaded: CivilDate?)
    /// The expiry must come after the issue.
    case expiresBeforeIssue(expires: CivilDate, issued: CivilDate)
}

extension SavedProgress {
    /// The entry named `pc` (blanks around it ignored).
    public func certificate(named pc: String) -> Certificate? {
        let name = pc.trimmingSpaces
        return certificates.first { $0.pc == name }
    }

    /// What `edit` would make of the entry `id`, or why not; changes nothing.
    /// `today`, when given, also refuses an issue date after it (CertificateCheck, as add does).
    public func trying(_ edit: CertificateEdit, onCertificate id: Int, today: CivilDate? = nil) -> Result<Certificate, CertificateRefusal> {
        guard let before = certificates.first(where: { $0.id == id }) else {
            return .failure(.noSuchPC("\(id)", known: certificates.map(\.pc)))
        }
        let after = edit.applied(to: before)
        // The issue date is checked against today only when this edit sets it.
        if let refusal = CertificateCheck.refusal(pc: after.pc, issued: after.issued, downloaded: after.downloaded,
                                                  expiresOnNotice: after.expiresOnNotice, backedUpOn: after.backedUpOn,
                                                  others: certificates.filter { $0.id != id }, keeping: before.pc,
                                                  today: edit.issued == nil ? nil : today) {
            return .failure(refusal)
        }
        return .success(after)
    }

    /// Applies `edit` to the entry `id` when the register allows it.
    @discardableResult
    public mutating func apply(_ edit: CertificateEdit, toCertificate id: Int, today: CivilDate? = nil) -> Result<Certificate, CertificateRefusal> {
        let outcome = trying(edit, onCertificate: id, today: today)
        if case .success(let after) = outcome, let index = certificates.firstIndex(where: { $0.id == id }) {
            certificates[index] = after
        }
        return outcome
    }

    /// The one entry `pc` names, or `id` (the list's number) picks; refused when the name is
    /// unknown or held twice (old data, before names were unique) and no number says which.
    public func certificate(named pc: String?, id: Int? = nil) -> Result<Certificate, CertificateRefusal> {
        if let id {
            guard let entry = certificates.first(where: { $0.id == id && (pc == nil || $0.pc == pc?.trimmingSpaces) })
            else { return .failure(.noSuchPC(pc?.trimmingSpaces ?? "\(id)", known: certificates.map(\.pc))) }
            return .success(entry)
        }
        let name = (pc ?? "").trimmingSpaces
        let matches = certificates.filter { $0.pc == name }
        switch matches.count {
        case 0: return .failure(.noSuchPC(name, known: certificates.map(\.pc)))
        case 1: return .success(matches[0])
        default: return .failure(.sameNameTwice(name, ids: matches.map(\.id)))
        }
    }

    /// Removes the entry named `pc` (a PC given away or replaced), or numbered `id`.
    @discardableResult
    public mutating func removeCertificate(named pc: String?, id: Int? = nil) -> Result<Certificate, CertificateRefusal> {
        let found = certificate(named: pc, id: id)
        if case .success(let entry) = found { certificates.removeAll { $0.id == entry.id } }
        return found
    }
}
