/// Who a claim goes to (C3): 社保 to 支払基金, 国保 to 国保連 — separate logins, separate
/// 受付・事務点検 results, separate 請求確定 and separate 受領書.
public enum Payer: String, Codable, Sendable, CaseIterable, Comparable {
    case shaho
    case kokuho

    /// 「社保（支払基金）」, worded by the monthly catalog.
    public var japanese: String { Messages.monthly.payerName(self) }

    /// 「社保」, worded by the monthly catalog.
    public var short: String { Messages.monthly.payerShort(self) }

    /// The desk that answers about this payer's claims after a missed deadline (C10), worded by the monthly catalog.
    public var agency: String { Messages.monthly.agency(self) }

    public static func < (a: Payer, b: Payer) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// What the 受付・事務点検 result said after sending (C3).
public enum CheckResult: String, Codable, Sendable, CaseIterable {
    /// Accepted without remarks.
    case accepted
    /// 要確認: warnings to check; the claim can still be confirmed.
    case toCheck = "to-check"
    /// 受付不能: errors; fix in the レセコン and send again (until the 12th, C3).
    case rejected
}

/// The 受領書 (C9): the proof that this payer's claim was sent, as printed on it.
public struct Receipt: Codable, Equatable, Sendable {
    /// The number printed on the 受領書 (受付番号 and the like).
    public var number: String
    /// The date and time printed on it; nil for receipts recorded before this was asked.
    public var printedAt: LocalDateTime?
    /// When the clerk recorded it here.
    public var recordedAt: LocalDateTime

    public init(number: String, printedAt: LocalDateTime?, recordedAt: LocalDateTime) {
        self.number = number
        self.printedAt = printedAt
        self.recordedAt = recordedAt
    }
}

/// One claim month for one payer (C3, C4): sent, the check result, 請求確定, the 受領書 and the
/// 返戻・帳票 download. Keyed by month and payer; a receipt from the time before payers were
/// recorded has no payer ("payer unknown") and is kept as it was.
public struct Submission: Codable, Equatable, Sendable {
    /// The claim month, `YYYY-MM` (services of the month before).
    public var month: String
    public var payer: Payer?
    public var sentAt: LocalDateTime?
    public var result: CheckResult?
    /// 請求確定: until it is done nothing is claimed (C3).
    public var confirmedAt: LocalDateTime?
    public var receipt: Receipt?
    /// 返戻 and 帳票 downloaded (C4: a duty every month; files stay about 3 months).
    public var returnsDownloadedAt: LocalDateTime?

    public init(month: String, payer: Payer?, sentAt: LocalDateTime? = nil, result: CheckResult? = nil,
                confirmedAt: LocalDateTime? = nil, receipt: Receipt? = nil, returnsDownloadedAt: LocalDateTime? = nil) {
        self.month = month
        self.payer = payer
        self.sentAt = sentAt
        self.result = result
        self.confirmedAt = confirmedAt
        self.receipt = receipt
        self.returnsDownloadedAt = returnsDownloadedAt
    }

    /// The claim is in: confirmed, or a 受領書 recorded (which comes only after 請求確定).
    public var isConfirmed: Bool { confirmedAt != nil || receipt != nil }

    /// By month, then payer unknown, 社保, 国保: the order screens and files list them in.
    public static func ordered(_ records: [Submission]) -> [Submission] {
        func rank(_ payer: Payer?) -> Int { payer.map { Payer.allCases.firstIndex(of: $0)! + 1 } ?? 0 }
        return records.sorted { ($0.month, rank($0.payer)) < ($1.month, rank($1.payer)) }
    }
}

/// A 受領書 as the first versions saved it: one per month, no payer. Read from old data only.
public struct ReceiptRecord: Codable, Equatable, Sendable {
    public var month: String
    public var receivedAt: LocalDateTime
    public var reference: String

    public init(month: String, receivedAt: LocalDateTime, reference: String) {
        self.month = month
        self.receivedAt = receivedAt
        self.reference = reference
    }

    /// Kept as a submission whose payer is unknown.
    public var submission: Submission {
        Submission(month: month, payer: nil, receipt: Receipt(number: reference, printedAt: nil, recordedAt: receivedAt))
    }
}

extension SavedProgress {
    /// The payers of this clinic's claims (the profile; both unless the clerk said otherwise).
    public var claimedPayers: [Payer] { payers.isEmpty ? Payer.allCases : payers }

    public func submission(month: String, payer: Payer?) -> Submission? {
        submissions.first { $0.month == month && $0.payer == payer }
    }

    /// Changes the month's record for a payer, creating it when missing; kept sorted by month, payer.
    public mutating func updateSubmission(month: String, payer: Payer, _ change: (inout Submission) -> Void) {
        var record = submission(month: month, payer: payer) ?? Submission(month: month, payer: payer)
        change(&record)
        submissions.removeAll { $0.month == month && $0.payer == payer }
        submissions.append(record)
        submissions = Submission.ordered(submissions)
    }

    /// Payers of a month not yet confirmed (C3). One scan of the records for the month's own.
    public func unconfirmedPayers(month: String) -> [Payer] {
        MonthRecords(month: month, in: submissions).unconfirmedPayers(claimed: claimedPayers)
    }

    /// Every payer of the month confirmed (or a 受領書 of unknown payer, from old data). A scan
    /// of the records, no set of all months; a frame asks `Today`, which keeps the month's
    /// records while the list is the same (issue 19), so years of history do not slow a key.
    public func isSubmitted(month: String) -> Bool { unconfirmedPayers(month: month).isEmpty }

    public func isSubmitted(year: Int, month: Int) -> Bool {
        isSubmitted(month: SubmissionCalendar.monthKey(year: year, month: month))
    }

    /// Any 受領書 at all: the clinic has claimed before (ClaimDuty).
    public var hasAnyReceipt: Bool { submissions.contains { $0.receipt != nil } }
}
