import ClaimFlow

/// Where progress, the records and the audit trail live. The program touches its data only
/// through this; several windows and commands may use one folder at once (issue 11).
public protocol ProgressStore: AnyObject {
    /// Opens the data and reads it. Data that cannot be used is kept aside, never overwritten.
    func load(now: LocalDateTime) -> LoadResult
    /// A number that moves whenever anyone saves: cheap enough to ask before every key.
    func revision() -> Int?
    /// What is saved now, and its revision (after another window or command saved).
    func reload() throws(DataProblemError) -> (progress: SavedProgress, revision: Int)
    /// One accepted event as one transaction. `prepare` runs while this process holds the write
    /// lock; it receives what is saved now when someone else saved since `expected` (nil when
    /// not), and returns what to write. Returns the new revision.
    func commit(expecting expected: Int, _ prepare: (SavedProgress?) -> StoreChange) throws(DataProblemError) -> Int
    /// This window stops: it says so in the data (a later start can tell a clean stop from a kill).
    func close()
    /// Writes a 相談メモ under a name no other file has; returns where it is, for the screen.
    func writeMemo(name: String, text: String) throws(DataProblemError) -> String
}

/// What one event changed: the rows that differ between `before` and `after`, and audit lines.
public struct StoreChange: Sendable {
    public var before: SavedProgress
    public var after: SavedProgress
    public var audit: [AuditEntry]

    public init(before: SavedProgress, after: SavedProgress, audit: [AuditEntry]) {
        self.before = before
        self.after = after
        self.audit = audit
    }
}

public struct DataProblemError: Error, Equatable, Sendable {
    public var problem: DataProblem
}

public struct LoadResult: Equatable, Sendable {
    public var progress: SavedProgress
    /// The revision `progress` was read at.
    public var revision: Int
    /// Set when saved data existed but could not be used.
    public var problem: DataProblem?
    /// Said once, on the start it happened (the old JSON files were taken in).
    public var notice: [String]?
    /// False when saving would destroy data we could not read or move aside.
    public var canSave: Bool

    public init(progress: SavedProgress, revision: Int = 0, problem: DataProblem? = nil, notice: [String]? = nil, canSave: Bool) {
        self.progress = progress
        self.revision = revision
        self.problem = problem
        self.notice = notice
        self.canSave = canSave
    }
}
