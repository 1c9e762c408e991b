/// What accepting a step writes to the records, declared in the flow JSON (`"record": {…}`), so
/// the monthly flow's per-payer steps say themselves what they record (C3, C4, C9).
public struct StepRecord: Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A choice of `both`, `shaho`, `kokuho`: the payers this clinic claims to (the profile).
        case payers
        /// A choice of the 受付・事務点検 result after sending: `accepted`, `to-check`, `rejected`,
        /// or `later` (not sent yet: nothing is recorded).
        case sent
        /// 請求確定 was pressed for `payer`.
        case confirmed
        /// The 受領書: this step is the printed date and time, `number` names the step with its number.
        case receipt
        /// A checklist whose item ids are payers: their 返戻 and 帳票 were downloaded (C4).
        case downloads
    }

    public var kind: Kind
    public var payer: Payer?
    /// For `receipt`: the text step holding the 受領書's number.
    public var number: String?

    public init(kind: Kind, payer: Payer? = nil, number: String? = nil) {
        self.kind = kind
        self.payer = payer
        self.number = number
    }

    /// Which step kind each record reads, and what else it needs (checked when flows load).
    var needs: (kind: StepKind, payer: Bool, number: Bool) {
        switch self.kind {
        case .payers, .sent: return (.choice, kind == .sent, false)
        case .confirmed: return (.checklist, true, false)
        case .receipt: return (.text, true, true)
        case .downloads: return (.checklist, false, false)
        }
    }
}
