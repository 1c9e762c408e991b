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
        self.month = month
        var standings = progress.claimedPayers.map { payer in
            PayerStanding(payer: payer, submission: progress.submission(month: month, payer: payer))
        }
        if let unknown = progress.submission(month: month, payer: nil) {
            standings.insert(PayerStanding(payer: nil, submission: unknown), at: 0)
        }
        payers = standings
        let parts = month.split(separator: "-").compactMap { Int($0) }
        var passed = false
        if parts.count == 2, let last = CivilDate(year: parts[0], month: parts[1], day: calendar.deadline(year: parts[0], month: parts[1]).day) {
            let close = calendar.deadline(year: parts[0], month: parts[1]).close
            // The deadline day's closing minute (24:00 is the end of that day).
            passed = now.date > last || (now.date == last && now.minuteOfDay >= close)
        }
        missed = passed ? progress.unconfirmedPayers(month: month) : []
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
