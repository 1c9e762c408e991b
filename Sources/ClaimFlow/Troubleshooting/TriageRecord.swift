/// One run of "it won't connect", kept so the next triage and the memo can say what happened
/// before ("same error on 11/10, solved by re-seating the cable").
public struct TriageRecord: Codable, Equatable, Sendable {
    public struct StepAnswer: Codable, Equatable, Sendable {
        public var step: String
        public var answer: String
    }

    public var at: LocalDateTime
    public var symptom: String
    /// The exact text or code the clerk saw (T11).
    public var message: String
    public var started: String
    public var steps: [StepAnswer]
    /// "解決: …" or "相談: <desk>" or "障害・混雑のため待つ".
    public var outcome: String
    public var deskID: String?
    /// The line type answered in the triage (its label), for a clinic without a setup profile.
    public var lineType: String?
}

/// The 相談メモ for the support desk (T11), plain text that reads well on paper. Built from
/// the record, the profile and the change log — never from secrets, which it cannot see.
public enum ConsultationMemo {
    public static func render(_ record: TriageRecord, progress: SavedProgress, directory: DeskDirectory, context: Context) -> String {
        typealias Words = TriageWords.Memo
        let catalog = context.catalog
        let calendar = context.calendar(for: progress)
        let status = WindowStatus.at(record.at, calendar: calendar, progress: progress)
        var lines = [
            Words.title,
            Words.written(record.at),
            "",
            Words.clinicName(catalog.text(.clinicName, in: progress)),
            Words.clinicCode(catalog.text(.clinicCode, in: progress), receiptNumber: catalog.text(.receiptNumber, in: progress)),
            Words.lineType(catalog.chosenLabel(.lineType, in: progress) ?? record.lineType),
        ]
        if let provider = catalog.chosenLabel(.ipsecProvider, in: progress) { lines.append(Words.ipsecProvider(provider)) }
        if let id = catalog.text(.networkID, in: progress) { lines.append(Words.networkID(id)) }
        lines += [
            "",
            Words.symptom(record.symptom),
            Words.message(record.message),
            Words.since(record.started),
            "",
            Words.recentChanges,
        ]
        // Done changes only; plans are listed apart, so the desk never reads a plan as done [S0].
        let recent = ChangeRecord.timeline(progress.changes, today: record.at.date, days: 60)
        lines += recent.isEmpty ? [Words.noChanges] : recent.map { "  \($0.date.description) \($0.kind.japanese) \($0.note)" }
        let planned = progress.changes.filter { $0.isPlanned && record.at.date.dayNumber - $0.date.dayNumber <= 60 }
        if !planned.isEmpty {
            lines += ["", Words.plannedChanges]
            lines += planned.map { "  \($0.date.description) \($0.kind.japanese) \($0.note)" }
        }
        lines += ["", Words.checks]
        lines += record.steps.map { "  - \($0.step): \($0.answer)" }
        lines += ["", Words.outcome(record.outcome)]
        if let deskID = record.deskID, directory.desk(deskID) != nil {
            lines += directory.describe(deskID, at: record.at).map { "  " + $0 }
        }
        let earlier = progress.triages.filter { $0.at < record.at }.suffix(3)
        if !earlier.isEmpty {
            lines += ["", Words.earlier]
            lines += earlier.map(Words.earlierRun)
        }
        lines += ["", Words.today(status.headline)]
        lines += status.warnings.map { "  " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}
