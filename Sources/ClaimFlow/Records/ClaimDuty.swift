/// Whether the clinic has a claim to send in a given month (domain "Change freeze"): the freeze
/// applies only to such months. A new clinic in setup before its first claim month (the month
/// after the designation month, `SetupTimeline`) has nothing to send; it must install the
/// certificates and run the 導通試験 (5th to month end, C6), so it is never told to freeze.
public struct ClaimDuty: Equatable, Sendable {
    /// The first month with a claim, as `year * 12 + month - 1`; nil: every month has one.
    public var firstClaimMonth: Int?

    /// An existing clinic (never used setup, finished it, or already sent a claim).
    public static let always = ClaimDuty(firstClaimMonth: nil)

    public init(firstClaimMonth: Int?) {
        self.firstClaimMonth = firstClaimMonth
    }

    /// From the saved progress: a finished setup, or a recorded 受領書, or no setup at all counts
    /// as claiming; a setup in progress claims from the month after the designation date, and
    /// not yet while that date is still unanswered. The catalog knows which step holds the date.
    public init(_ progress: SavedProgress, catalog: FlowCatalog) {
        guard let setup = catalog.run(.setup, in: progress), !setup.completed, !progress.hasAnyReceipt else {
            self = .always
            return
        }
        if let designation = catalog.date(.designation, in: progress) {
            firstClaimMonth = ClaimDuty.index(year: designation.year, month: designation.month) + 1
        } else {
            firstClaimMonth = Int.max
        }
    }

    public func hasClaim(year: Int, month: Int) -> Bool {
        guard let firstClaimMonth else { return true }
        return ClaimDuty.index(year: year, month: month) >= firstClaimMonth
    }

    public func hasClaim(on date: CivilDate) -> Bool { hasClaim(year: date.year, month: date.month) }

    static func index(year: Int, month: Int) -> Int { year * 12 + month - 1 }
}
