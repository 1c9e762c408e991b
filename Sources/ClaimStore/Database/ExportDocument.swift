import ClaimFlow
import FoundationEssentials

/// `seikyu export`: everything in the database as one JSON document, for a backup a person can
/// read, a vendor, or another program. Never contains a password: the database never had one.
public struct ExportDocument: Codable, Equatable, Sendable {
    public struct Import: Codable, Equatable, Sendable {
        public var at: String
        public var movedTo: String
    }

    public var format = "seikyu-export"
    /// 2: an answer may be {"kind": "date", "value": "2027-04-01"} (issue 10).
    /// 3: a flow's drafts are per step (`drafts`, text and caret) instead of one `draft`, and it may
    /// carry `revisit`, an answer opened from the summary (issue 15). Older exports still read.
    /// 4: a change has a state (planned, done, cancelled) and a history (issue 15); a change
    /// without one is read as before (`ChangeRecord.legacyState`).
    public var version = 4
    public var exportedAt: LocalDateTime
    public var progress: SavedProgress
    public var audit: [AuditEntry]
    /// Folders of schema-1 JSON files taken in, and where the originals were moved.
    public var imports: [Import]

    public init(exportedAt: LocalDateTime, progress: SavedProgress, audit: [AuditEntry], imports: [Import]) {
        self.exportedAt = exportedAt
        self.progress = progress
        self.audit = audit
        self.imports = imports
    }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
