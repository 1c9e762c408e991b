/// The 相談メモ for the support desk (T11), plain text that reads well on paper: who calls and
/// how to call back, the line, the exact message, since when, what changed, what was checked and
/// with what result, and whom it is for. Built from the record, the profile (read by role, so an
/// answer that no longer applies is not read) and the change log — never from secrets, which it
/// cannot see. A card-reader memo goes to the reader's maker (S4, T10) and carries no claim
/// credentials: no line, no network ID, never a password.
public enum ConsultationMemo {
    public static func render(_ record: TriageRecord, progress: SavedProgress, directory: DeskDirectory, context: Context) -> String {
        typealias Words = TriageWords.Memo
        let catalog = context.catalog
        let topic = record.memoTopic
        let desk = record.deskID.flatMap(directory.desk)
        var lines = [Words.title(topic)]
        if let deskID = record.deskID { lines.append(Words.addressedTo(desk?.name ?? deskID)) }
        lines.append(Words.written(record.at))
        if topic == .cardReader { lines.append(Words.noClaimCredentials) }

        // Who calls, and how the desk calls back.
        lines += [
            "",
            Words.clinicName(catalog.text(.clinicName, in: progress)),
            Words.callBack(catalog.text(.clinicPhone, in: progress), askedOn: catalog.step(role: .clinicPhone)?.step.title),
            Words.clinicCode(catalog.text(.clinicCode, in: progress), receiptNumber: catalog.text(.receiptNumber, in: progress)),
        ]
        if topic == .claimConnection {
            lines.append(Words.lineType(catalog.chosenLabel(.lineType, in: progress) ?? record.lineType))
            if let provider = catalog.chosenLabel(.ipsecProvider, in: progress) { lines.append(Words.ipsecProvider(provider)) }
            if let id = catalog.text(.networkID, in: progress) { lines.append(Words.networkID(id)) }
        }

        // What happened (T11), worded per symptom (T3: 651, T4: 691).
        lines += ["", Words.symptom(record.symptom)]
        if let error = record.error { lines.append("  " + Words.meaning(error)) }
        lines += [Words.message(record.message), Words.since(record.started)]

        // Done changes only, through the change log's own timeline [S0]; plans are listed apart,
        // so the desk never reads a plan as done.
        // The log as it stood when the run was recorded (a memo worded again later says the same).
        let today = record.at.date
        let known = progress.changes.filter { $0.recordedAt <= record.at }
        let done = ChangeRecord.timeline(known, today: today, days: Words.changeDays)
        lines += ["", Words.recentChanges]
        lines += done.isEmpty ? [Words.noChanges] : done.map(Words.change)
        let planned = known.filter { $0.isUnconfirmed(today: today) && today.dayNumber - $0.date.dayNumber <= Words.changeDays }
            + ChangeRecord.upcoming(known, today: today)
        if !planned.isEmpty {
            lines += ["", Words.plannedChanges]
            lines += planned.map(Words.change)
        }

        lines += ["", Words.checks]
        lines += record.steps.isEmpty ? [Words.noChecks] : record.steps.map { "  - \($0.step): \($0.answer)" }
        if topic == .claimConnection, let comparison = record.idComparison {
            // T4: what differs between the ID typed now and the one recorded at setup.
            lines += ["", Words.idComparisonHeading]
            lines += Words.idComparison(comparison).map { "  " + $0 }
        }

        lines += ["", Words.outcome(record.outcome)]
        if let deskID = record.deskID, desk != nil {
            lines += directory.describe(deskID, at: record.at).map { "  " + $0 }
        }
        // The runs before this one about the same thing (a record not yet in the list: all of them).
        let earlier = progress.triages.prefix { $0 != record }.filter { $0.memoTopic == topic }.suffix(3)
        if !earlier.isEmpty {
            lines += ["", Words.earlier]
            lines += earlier.map(Words.earlierRun)
        }
        if topic == .claimConnection {
            let status = WindowStatus.at(record.at, calendar: context.calendar(for: progress), progress: progress)
            lines += ["", Words.today(status.headline)]
            lines += status.warnings.map { "  " + $0 }
        }
        var text = lines.joined(separator: "\n") + "\n"
        if topic == .cardReader, let id = catalog.text(.networkID, in: progress), !id.isEmpty {
            // Whatever was typed into a free-text answer, the maker never receives the network ID.
            text = text.replacing(id, with: Words.networkIDWithheld)
        }
        return text
    }
}
