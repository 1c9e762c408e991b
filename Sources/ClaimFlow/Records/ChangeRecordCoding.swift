/// A change as JSON (`seikyu changes list --json`, `seikyu export`, the progress.json of older
/// versions): its state and its dates spelled out for scripts, and the older form still read.
extension ChangeRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case id, date, kind, note, recordedAt, state, history
        // Written for the reader, worked out from the record (never trusted back, except the
        // `doneOn` of the form before states, which meant "the clerk said it was made").
        case originalDate, doneOn, cancelledOn
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int.self, forKey: .id)
        date = try c.decode(CivilDate.self, forKey: .date)
        kind = try c.decode(ChangeKind.self, forKey: .kind)
        note = try c.decode(String.self, forKey: .note)
        recordedAt = try c.decode(LocalDateTime.self, forKey: .recordedAt)
        history = try c.decodeIfPresent([ChangeRevision].self, forKey: .history) ?? []
        if let state = try c.decodeIfPresent(ChangeState.self, forKey: .state) {
            self.state = state
        } else {
            // Before states a record was done when the clerk confirmed it or recorded it on or
            // after its date; it keeps the meaning it had ([S0] freeze).
            let confirmed = try c.decodeIfPresent(CivilDate.self, forKey: .doneOn) != nil
            state = ChangeRecord.legacyState(date: date, recordedAt: recordedAt, confirmed: confirmed)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(date, forKey: .date)
        try c.encode(kind, forKey: .kind)
        try c.encode(note, forKey: .note)
        try c.encode(recordedAt, forKey: .recordedAt)
        try c.encode(state, forKey: .state)
        try c.encode(history, forKey: .history)
        try c.encode(originalDate, forKey: .originalDate)
        try c.encodeIfPresent(doneOn, forKey: .doneOn)
        try c.encodeIfPresent(cancelledOn, forKey: .cancelledOn)
    }

    /// The state of a record written before states existed (store v4 and earlier, export
    /// version 2 and earlier): done when confirmed, or dated on or before the day it was recorded.
    public static func legacyState(date: CivilDate, recordedAt: LocalDateTime, confirmed: Bool) -> ChangeState {
        confirmed || date <= recordedAt.date ? .done : .planned
    }
}
