/// The setup flow fills the certificate register (issue 14; domain "Setup", certificates [S2]): the
/// claim PC's name, the notice's issue date, the download date and whether the PC is shared with
/// オン資 become one entry. Only the answers that apply count (a step the path skipped is not read),
/// and answering again updates that entry: the register never holds the setup's PC twice.
enum SetupCertificate {
    /// The setup steps whose answers the entry reads: accepting one of them (also from the summary)
    /// brings the entry up to date.
    static let roles: Set<StepRole> = [.sharedPC, .claimPCName, .claimCertificateIssued, .claimCertificateDownloaded]

    /// Updates or adds the setup's entry from `run` (the setup's applicable answers). Nothing is
    /// written before the PC has a name and an issue date. Returns the entry as it now stands.
    @discardableResult
    static func fill(_ progress: inout SavedProgress, setup flow: FlowDefinition, run: FlowProgress) -> Certificate? {
        guard let name = flow.text(.claimPCName, in: run)?.trimmingSpaces, !name.isEmpty,
              let issued = flow.date(.claimCertificateIssued, in: run) else { return nil }
        let role = role(flow, run) ?? .claims
        let downloaded = flow.date(.claimCertificateDownloaded, in: run)
        let installed = certificateInstalled(flow, run)
        // Until setup asks the download date, the clerk has not said whether it is done (issue 14).
        let awaits = !installed && flow.answer(.claimCertificateDownloaded, in: run) == nil
        // The entry setup made before, else one the clerk added under the same name (adopted, not doubled).
        guard let index = progress.certificates.firstIndex(where: \.fromSetup)
                ?? progress.certificates.firstIndex(where: { $0.pc == name }) else {
            var entry = progress.addCertificate(pc: name, role: role, issued: issued, downloaded: downloaded, fromSetup: true)
            entry.installedDateUnknown = installed
            entry.awaitsSetupDownloadAnswer = awaits
            progress.certificates[progress.certificates.count - 1] = entry
            return entry
        }
        var entry = progress.certificates[index]
        entry.pc = name
        entry.role = role
        entry.issued = issued
        // A download date typed on the register screen stays when setup's field is left empty.
        if let downloaded { entry.downloaded = downloaded }
        entry.installedDateUnknown = installed
        entry.awaitsSetupDownloadAnswer = awaits && entry.downloaded == nil
        entry.fromSetup = true
        progress.certificates[index] = entry
        return entry
    }

    /// The shared-PC answer that says the オン資 certificate is already on the PC (domain "Setup",
    /// certificates: no new one is needed); the setup flow's items use the same id.
    static let installedOptionID = "shared-with-cert"

    static func certificateInstalled(_ flow: FlowDefinition, _ run: FlowProgress) -> Bool {
        flow.choice(.sharedPC, in: run) == installedOptionID
    }

    static func certificateInstalled(_ catalog: FlowCatalog, _ progress: SavedProgress) -> Bool {
        catalog.answer(.sharedPC, in: progress) == .choice(installedOptionID)
    }

    /// S2: a claim PC shared with オンライン資格確認 is オン資と兼用; a separate one is 請求用.
    /// Nil before the question is answered.
    static func role(_ flow: FlowDefinition, _ run: FlowProgress) -> PCRole? {
        guard let chosen = flow.choice(.sharedPC, in: run), let step = flow.step(role: .sharedPC) else { return nil }
        let shared = step.options.first { $0.id == chosen }?.role == .sharedTerminal
        return shared ? .sharedWithEligibility : .claims
    }
}
