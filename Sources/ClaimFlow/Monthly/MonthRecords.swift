/// One claim month's records (C3), taken from the whole list in one scan: what a frame asks of
/// the history is about this month only, so `Today` keeps these while the list stays the same
/// (issue 19: per-key cost flat over years of history).
public struct MonthRecords: Equatable, Sendable {
    /// The claim month, `YYYY-MM`.
    public let month: String
    /// The month's records in the list's order (one per payer, and maybe one of unknown payer).
    public let records: [Submission]

    public init(month: String, in submissions: [Submission]) {
        self.month = month
        records = submissions.filter { $0.month == month }
    }

    /// The record for a payer; nil asks for the 受領書 of unknown payer (old data).
    public func submission(payer: Payer?) -> Submission? {
        records.first { $0.payer == payer }
    }

    /// Payers not yet confirmed (C3). A receipt of unknown payer (old data) counts as the whole
    /// month, as it did when it was recorded.
    public func unconfirmedPayers(claimed: [Payer]) -> [Payer] {
        if records.contains(where: { $0.payer == nil && $0.isConfirmed }) { return [] }
        return claimed.filter { submission(payer: $0)?.isConfirmed != true }
    }
}
