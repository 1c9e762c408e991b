/// The certificates flow (the screen's add) checks each typed answer against the others and the
/// register as `certs add` does (CertificateCheck, issue 14), so the clerk hears it at the step
/// that breaks the order, not after the confirmation.
enum CertificateAnswerCheck {
    static let roles: Set<StepRole> = [.certificatePC, .certificateIssued, .certificateDownloaded, .certificateExpires]

    /// Why the register would refuse the flow's answers with `answer` for `step`, or nil.
    static func refusal(flow: FlowDefinition, step: StepDefinition, answer: Answer, progress: SavedProgress,
                        today: CivilDate) -> CertificateRefusal? {
        guard let role = step.role, var run = progress.flows[flow.id] else { return nil }
        run.answers[step.id] = answer
        if flow.onComplete == .recordCertificate, roles.contains(role) {
            return refusal(flow: flow, run: flow.applicable(run), progress: progress, today: today)
        }
        // Setup's own dates fill the register too (SetupCertificate): the same order, the same sentences.
        // The name is not checked here: setup adopts an entry of the same name instead of doubling it.
        if setupRoles.contains(role) {
            let run = flow.applicable(run)
            return CertificateCheck.refusal(pc: nil, issued: flow.date(.claimCertificateIssued, in: run),
                                            downloaded: flow.date(.claimCertificateDownloaded, in: run), others: [], today: today)
        }
        return nil
    }

    static let setupRoles: Set<StepRole> = [.claimCertificateIssued, .claimCertificateDownloaded]

    /// The same check on a whole run (also at completion: an answer changed from the summary).
    static func refusal(flow: FlowDefinition, run: FlowProgress, progress: SavedProgress, today: CivilDate) -> CertificateRefusal? {
        CertificateCheck.refusal(pc: flow.text(.certificatePC, in: run)?.trimmingSpaces,
                                 issued: flow.date(.certificateIssued, in: run), downloaded: flow.date(.certificateDownloaded, in: run),
                                 expiresOnNotice: flow.date(.certificateExpires, in: run), others: progress.certificates, today: today)
    }
}
