/// Everything that survives a restart. Saved after every accepted event (design.md §6).
public struct SavedProgress: Codable, Equatable, Sendable {
    /// Bumped whenever the shape of this file changes; a newer file is never overwritten.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var location: Location
    public var menuCursor: Int
    public var flows: [String: FlowProgress]
    /// 変更予定・変更履歴 [S0].
    public var changes: [ChangeRecord]
    /// Per claim month and payer: sent, checked, 請求確定, 受領書, 返戻 downloaded (C3, C4, C9).
    public var submissions: [Submission]
    /// The payers this clinic claims to (C3); empty means both.
    public var payers: [Payer]
    /// Announced extensions (C8).
    public var extensions: [WindowExtension]
    /// Every "it won't connect" run (issue 5).
    public var triages: [TriageRecord]
    /// Numbers and hours the clinic recorded for each desk (T10).
    public var contacts: [String: Desk]
    /// Where the clerk stands on the changes screen, with what was typed there.
    public var changesPlace: ChangesPlace
    /// The PCs and their certificates (issue 14; domain "Setup", certificates).
    public var certificates: [Certificate]
    /// Where the clerk stands on the register screen, with what was typed there.
    public var certificatesPlace: CertificatesPlace

    /// Anything a tape played from an empty folder would not have (issue 17: `record` keeps it).
    public var hasRecords: Bool {
        !flows.isEmpty || !changes.isEmpty || !submissions.isEmpty || !payers.isEmpty || !extensions.isEmpty
            || !triages.isEmpty || !contacts.isEmpty || !certificates.isEmpty
    }

    public init() {
        schemaVersion = SavedProgress.currentSchemaVersion
        location = .menu
        menuCursor = 0
        flows = [:]
        changes = []
        submissions = []
        payers = []
        extensions = []
        triages = []
        contacts = [:]
        changesPlace = ChangesPlace()
        certificates = []
        certificatesPlace = CertificatesPlace()
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, location, menuCursor, flows, changes, submissions, payers, receipts, extensions, triages, contacts, changesPlace, certificates, certificatesPlace }

    /// Lists added after version 1 default to empty, so older files still load.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        location = try c.decode(Location.self, forKey: .location)
        menuCursor = try c.decode(Int.self, forKey: .menuCursor)
        flows = try c.decode([String: FlowProgress].self, forKey: .flows)
        changes = try c.decodeIfPresent([ChangeRecord].self, forKey: .changes) ?? []
        // Files of the first versions have one 受領書 per month and no payer: kept as "payer unknown".
        let legacy = try c.decodeIfPresent([ReceiptRecord].self, forKey: .receipts) ?? []
        submissions = try c.decodeIfPresent([Submission].self, forKey: .submissions) ?? legacy.map(\.submission)
        payers = try c.decodeIfPresent([Payer].self, forKey: .payers) ?? []
        extensions = try c.decodeIfPresent([WindowExtension].self, forKey: .extensions) ?? []
        triages = try c.decodeIfPresent([TriageRecord].self, forKey: .triages) ?? []
        contacts = try c.decodeIfPresent([String: Desk].self, forKey: .contacts) ?? [:]
        changesPlace = try c.decodeIfPresent(ChangesPlace.self, forKey: .changesPlace) ?? ChangesPlace()
        certificates = try c.decodeIfPresent([Certificate].self, forKey: .certificates) ?? []
        certificatesPlace = try c.decodeIfPresent(CertificatesPlace.self, forKey: .certificatesPlace) ?? CertificatesPlace()
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(location, forKey: .location)
        try c.encode(menuCursor, forKey: .menuCursor)
        try c.encode(flows, forKey: .flows)
        try c.encode(changes, forKey: .changes)
        try c.encode(submissions, forKey: .submissions)
        try c.encode(payers, forKey: .payers)
        try c.encode(extensions, forKey: .extensions)
        try c.encode(triages, forKey: .triages)
        try c.encode(contacts, forKey: .contacts)
        try c.encode(changesPlace, forKey: .changesPlace)
        try c.encode(certificates, forKey: .certificates)
        try c.encode(certificatesPlace, forKey: .certificatesPlace)
    }

    /// What another window or command saved, as this window sees it: answers and records are
    /// theirs (they are newer); where this window stands — its screen, highlighted row, step,
    /// way back, way back to the summary and half-typed text — stays its own, so a key never
    /// lands on a step the clerk did not see. A flow only this window has is kept (its next save
    /// writes it).
    public func adopting(_ saved: SavedProgress) -> SavedProgress {
        var merged = saved
        merged.location = location
        merged.menuCursor = menuCursor
        merged.changesPlace = changesPlace
        merged.certificatesPlace = certificatesPlace
        for (id, mine) in flows {
            guard var theirs = saved.flows[id] else {
                merged.flows[id] = mine
                continue
            }
            theirs.history = mine.history
            theirs.current = mine.current
            theirs.cursor = mine.cursor
            theirs.drafts = mine.drafts
            theirs.revisit = mine.revisit
            merged.flows[id] = theirs
        }
        return merged
    }
}

/// Which screen is showing.
public enum Location: Equatable, Sendable, Codable {
    case menu
    case flow(String)
    case calendar
    /// The list of changes, planned, done and cancelled [S0].
    case changes
    /// The certificate register: the PCs and their certificates' dates (issue 14).
    case certificates

    private enum CodingKeys: String, CodingKey { case screen, flow }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .screen) {
        case "menu": self = .menu
        case "calendar": self = .calendar
        case "changes": self = .changes
        case "certificates": self = .certificates
        case "flow": self = .flow(try c.decode(String.self, forKey: .flow))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .screen, in: c, debugDescription: "unknown screen \(other)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .menu: try c.encode("menu", forKey: .screen)
        case .calendar: try c.encode("calendar", forKey: .screen)
        case .changes: try c.encode("changes", forKey: .screen)
        case .certificates: try c.encode("certificates", forKey: .screen)
        case .flow(let id): try c.encode("flow", forKey: .screen); try c.encode(id, forKey: .flow)
        }
    }
}
