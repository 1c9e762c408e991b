/// Where one payer stands in a claim month (C3): what is done and what is still missing.
public struct PayerStanding: Equatable, Sendable {
    public enum State: Equatable, Sendable {
        case notSent
        case sent(CheckResult?)
        case confirmed
        case receipt(Receipt)
    }

    /// nil: a 受領書 recorded before payers were asked ("payer unknown").
    public var payer: Payer?
    public var state: State
    public var returnsDownloaded: Bool

    public var isConfirmed: Bool {
        switch state {
        case .confirmed, .receipt: return true
        default: return false
        }
    }
}

/// A claim month for every payer the clinic claims to, and whether its deadline passed with a
/// payer not confirmed (C10).
public struct MonthStanding: Equatable, Sendable {
    /// The claim month, `YYYY-MM`.
    public var month: String
    public var payers: [PayerStanding]
    /// Payers not confirmed although the deadline (or the recorded extension) has passed.
    public var missed: [Payer]

    public init(month: String, progress: SavedProgress, now: LocalDateTime, calendar: SubmissionCalendar) {
        self.init(MonthRecords(month: month, in: progress.submissions), claimedPayers: progress.claimedPayers, now: now, calendar: calendar)
    }

    /// From the month's own records (`Today` keeps them between frames, issue 19).
    public init(_ records: MonthRecords, claimedPayers: [Payer], now: LocalDateTime, calendar: SubmissionCalendar) {
        let month = records.month
        self.month = month
        var standings = claimedPayers.map { payer in
            PayerStanding(payer: payer, submission: records.submission(payer: payer))
        }
        if let unknown = records.submission(payer: nil) {
            standings.insert(PayerStanding(payer: nil, submission: unknown), at: 0)
        }
        payers = standings
        let parts = month.split(separator: "-").compactMap { Int($0) }
        func passed(_ payer: Payer) -> Bool {
            guard parts.count == 2 else { return false }
            let deadline = calendar.deadline(year: parts[0], month: parts[1], payer: payer)
            guard let last = CivilDate(year: parts[0], month: parts[1], day: deadline.day) else { return false }
            // The deadline day's closing minute (24:00 is the end of that day); C8 per payer.
            return now.date > last || (now.date == last && now.minuteOfDay >= deadline.close)
        }
        missed = records.unconfirmedPayers(claimed: claimedPayers).filter(passed)
    }
}

extension PayerStanding {
    init(payer: Payer?, submission: Submission?) {
        self.payer = payer
        returnsDownloaded = submission?.returnsDownloadedAt != nil
        if let receipt = submission?.receipt {
            state = .receipt(receipt)
        } else if submission?.confirmedAt != nil {
            state = .confirmed
        } else if let submission, submission.sentAt != nil {
            state = .sent(submission.result)
        } else {
            state = .notSent
        }
    }
}
