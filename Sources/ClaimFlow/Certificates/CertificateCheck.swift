/// The register's one check of a PC's values (issue 14): `certs add`, the screen's add flow and
/// every edit refuse the same impossible orders with the same sentences.
enum CertificateCheck {
    /// What is wrong with the values, or nil. `others`: the rest of the register; `keeping`: the
    /// name the entry had before an edit (an old entry sharing it is not this edit's doing);
    /// `today`: when known, an issue date after it is refused (the notice is already in hand).
    static func refusal(pc: String?, issued: CivilDate?, downloaded: CivilDate? = nil, expiresOnNotice: CivilDate? = nil,
                        backedUpOn: CivilDate? = nil, others: [Certificate], keeping previousName: String? = nil,
                        today: CivilDate? = nil) -> CertificateRefusal? {
        if let pc {
            if pc.isEmpty { return .emptyName }
            if pc != previousName, others.contains(where: { $0.pc == pc }) {
                return previousName == nil ? .alreadyRegistered(pc) : .nameTaken(pc)
            }
        }
        guard let issued else { return nil }
        if let today, issued > today { return .issuedInFuture(issued: issued, today: today) }
        if let downloaded, downloaded < issued { return .downloadedBeforeIssue(downloaded: downloaded, issued: issued) }
        if let backedUpOn, backedUpOn < (downloaded ?? issued) {
            return .backedUpBeforeDownload(backedUp: backedUpOn, downloaded: downloaded)
        }
        if let expiresOnNotice, expiresOnNotice <= issued { return .expiresBeforeIssue(expires: expiresOnNotice, issued: issued) }
        return nil
    }
}

extension SavedProgress {
    /// Why a new PC with these values cannot join the register, or nil (add and the add flow).
    public func refusalToAdd(pc: String, issued: CivilDate, downloaded: CivilDate? = nil, expiresOnNotice: CivilDate? = nil,
                             backedUpOn: CivilDate? = nil, today: CivilDate) -> CertificateRefusal? {
        CertificateCheck.refusal(pc: pc.trimmingSpaces, issued: issued, downloaded: downloaded,
                                 expiresOnNotice: expiresOnNotice, backedUpOn: backedUpOn, others: certificates, today: today)
    }
}
