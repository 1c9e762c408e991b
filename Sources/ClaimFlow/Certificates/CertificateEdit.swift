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
        if let rename { after.pc = rename.trimmingCharacters(in: .whitespaces) }
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
    /// Another PC already has the name.
    case nameTaken(String)
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
        let name = pc.trimmingCharacters(in: .whitespaces)
        return certificates.first { $0.pc == name }
    }

    /// What `edit` would make of the entry `id`, or why not; changes nothing.
    public func trying(_ edit: CertificateEdit, onCertificate id: Int) -> Result<Certificate, CertificateRefusal> {
        guard let before = certificates.first(where: { $0.id == id }) else {
            return .failure(.noSuchPC("\(id)", known: certificates.map(\.pc)))
        }
        let after = edit.applied(to: before)
        if after.pc.isEmpty { return .failure(.emptyName) }
        if certificates.contains(where: { $0.id != id && $0.pc == after.pc }) { return .failure(.nameTaken(after.pc)) }
        if let downloaded = after.downloaded, downloaded < after.issued {
            return .failure(.downloadedBeforeIssue(downloaded: downloaded, issued: after.issued))
        }
        if let backedUp = after.backedUpOn, backedUp < (after.downloaded ?? after.issued) {
            return .failure(.backedUpBeforeDownload(backedUp: backedUp, downloaded: after.downloaded))
        }
        if let expires = after.expiresOnNotice, expires <= after.issued {
            return .failure(.expiresBeforeIssue(expires: expires, issued: after.issued))
        }
        return .success(after)
    }

    /// Applies `edit` to the entry `id` when the register allows it.
    @discardableResult
    public mutating func apply(_ edit: CertificateEdit, toCertificate id: Int) -> Result<Certificate, CertificateRefusal> {
        let outcome = trying(edit, onCertificate: id)
        if case .success(let after) = outcome, let index = certificates.firstIndex(where: { $0.id == id }) {
            certificates[index] = after
        }
        return outcome
    }

    /// Removes the entry named `pc` (a PC given away or replaced).
    @discardableResult
    public mutating func removeCertificate(named pc: String) -> Result<Certificate, CertificateRefusal> {
        guard let entry = certificate(named: pc) else {
            return .failure(.noSuchPC(pc.trimmingCharacters(in: .whitespaces), known: certificates.map(\.pc)))
        }
        certificates.removeAll { $0.id == entry.id }
        return .success(entry)
    }
}
