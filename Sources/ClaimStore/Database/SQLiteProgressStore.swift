import ClaimFlow
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Everything in one SQLite database, `DIR/seikyu.sqlite`, in WAL mode (issue 11): two windows
/// and any number of commands on one folder lose nothing, a write costs what it changes, and
/// the audit trail is append-only by the schema's own triggers.
public final class SQLiteProgressStore: ProgressStore {
    public static let fileName = "seikyu.sqlite"

    public let directory: String
    public var databasePath: String { directory + "/" + Self.fileName }
    public var memoFolder: String { directory + "/memos" }
    /// Set once `load` opened the database; nil when it could not be used.
    private(set) var database: Database? {
        didSet {
            revisionQuery?.finalize()
            revisionQuery = database.flatMap(RevisionQuery.init)
            revisionHint = database == nil ? nil : RevisionHint(folder: directory)
            lastRevision = nil
        }
    }
    /// The revision read before every key, straight on the connection (issue 19).
    private var revisionQuery: RevisionQuery?
    /// The revision every save leaves in memory shared by the windows, read before asking SQLite.
    private var revisionHint: RevisionHint?
    /// The revision this store last read or wrote.
    private var lastRevision: Int?
    /// Answers taken from the hint since SQLite was last asked.
    private var hintAnswers = 0
    /// SQLite is asked at least this often anyway: a save by a program that does not write the hint
    /// (an older seikyu, the sqlite3 shell), or after the hint's file was removed, is seen within so many keys.
    static let hintAnswersInARow = 64
    private var registeredWindow = false
    /// The progress as this store last read or wrote it, with each section's counter then: a
    /// reload reads only the sections another window or command has written since (issue 11).
    private var known: (counters: [Int], progress: SavedProgress)?
    /// The sections the last read took from the database (what tests and the benchmark look at).
    private(set) var sectionsLastRead: [ProgressRows.Section] = []
    private let isWindow: Bool
    /// The window's row is written by `registerWindow`, after its first frame, not by `load`.
    private let registersLater: Bool
    /// False only for a folder thrown away when the program ends (`seikyu play` without a data
    /// folder): nothing there has to survive a power cut, so commits are not fsynced (issue 19: the
    /// fsyncs were four fifths of the shipped tape suite's time on disk).
    private let durable: Bool

    /// Creates the folder (0700) when missing and checks that it is safe. `window`: this is an
    /// interactive program (its start is recorded, so a later start can tell it was killed).
    /// `registeringLater`: the window records its start itself, with `registerWindow`, once its first
    /// frame is on the screen (issue 19: that commit starts a new WAL, whose header SQLite syncs with
    /// the folder, two fsyncs the first frame does not need).
    public init(directory: String, window: Bool = false, registeringLater: Bool = false, durable: Bool = true) throws(DataProblemError) {
        self.directory = directory
        self.isWindow = window
        self.registersLater = registeringLater
        self.durable = durable
        try DataFolder.prepare(directory)
    }

    deinit { close() }

    /// The files SQLite writes beside the database; each must be a regular file or missing.
    var databaseFiles: [String] { ["", "-wal", "-shm", "-journal"].map { databasePath + $0 } }

    // MARK: opening

    public func load(now: LocalDateTime) -> LoadResult {
        close()
        let lock: FolderLock
        do { lock = try FolderLock(folder: directory) } catch {
            return LoadResult(progress: SavedProgress(), problem: error.problem, canSave: false)
        }
        defer { lock.unlock() }
        do {
            for file in databaseFiles + [directory + "/" + RevisionHint.fileName] { try DataFolder.checkFile(file) }
        } catch {
            return LoadResult(progress: SavedProgress(), problem: error.problem, canSave: false)
        }
        switch open(now: now) {
        case .failure(let problem):
            return LoadResult(progress: SavedProgress(), problem: problem, canSave: false)
        case .success(let (database, setAside)):
            self.database = database
            var notice: [String]?
            var problem = setAside
            do {
                if let report = try LegacyImport.run(folder: directory, into: database, now: now, hint: revisionHint) {
                    notice = report.japanese
                    problem = problem ?? report.problem
                }
                if isWindow && !registersLater { try register(database, now: now) }
                let (progress, revision) = try reload()
                return LoadResult(progress: progress, revision: revision, problem: problem, notice: notice, canSave: true)
            } catch {
                self.database = nil
                return LoadResult(progress: SavedProgress(), problem: DataProblem(kind: .corrupt, keptAt: nil, detail: "\(error)"),
                                  canSave: false)
            }
        }
    }

    /// Opens (creating it 0600 when missing) and migrates; a database that is not one, or fails
    /// its check, is moved aside whole and a new one started.
    private func open(now: LocalDateTime) -> Result<(Database, DataProblem?), DataProblem> {
        if PathKind.of(databasePath) == .missing {
            // Created here, not by SQLite: O_NOFOLLOW|O_EXCL and 0600, which -wal and -shm inherit.
            if case .success(let fd) = SafePath.createExclusive(databasePath) { Glibc.close(fd) }
        }
        do {
            let database = try connect()
            if let problem = try checkAfterUncleanStop(database) {
                try database.close()
                return setAsideAndStartOver(problem, now: now)
            }
            return .success((database, nil))
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            return setAsideAndStartOver(.corrupt, now: now, detail: error.message ?? "\(error)")
        } catch let error as SchemaTooNew {
            return .failure(DataProblem(kind: .futureVersion, keptAt: nil, detail: error.migrations.joined(separator: ", ")))
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_READONLY].contains(error.resultCode) {
            return .failure(DataProblem(kind: .unreadable, keptAt: nil, detail: error.message ?? "\(error)"))
        } catch {
            return .failure(DataProblem(kind: .notSaved, keptAt: nil, detail: "\(error)"))
        }
    }

    struct SchemaTooNew: Error { var migrations: [String] }

    private func connect() throws -> Database {
        var configuration = Database.Configuration()
        // Another window or command holding the write lock for a moment is waited for, not an error.
        configuration.busyTimeoutSeconds = 10
        let migrator = Schema.migrator
        let database = try Database(path: databasePath, configuration: configuration)
        // Asked before anything is written: a database from a newer seikyu is not touched at all.
        let applied: Set<String>
        do { applied = try MigrationPeek.appliedIdentifiers(in: database) } catch {
            database.close()
            throw error
        }
        if !applied.subtracting(migrator.migrations).isEmpty {
            database.close()
            throw SchemaTooNew(migrations: applied.subtracting(migrator.migrations).sorted())
        }
        // Every commit reaches the disk before the next key (a durable folder): at most the event in flight is lost.
        let synchronous = durable ? "FULL" : "OFF"
        try database.writeWithoutTransaction { db in
            // WAL lets two windows and any command share the folder (issue 11); it stays in the file once set.
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw DatabaseError(message: "WAL モードにできません: \(databasePath)")
            }
            try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
        }
        // The look above already read what is applied: a database that has every migration
        // (every start but the first after an update) is not asked again in a transaction of its
        // own. Applied-but-unknown ones were refused above.
        if applied != Set(migrator.migrations) { try migrator.migrate(database) }
        return database
    }

    /// A window that stopped without closing (killed, power cut) left its row behind: then the
    /// database gets SQLite's quick check before anyone writes to it again.
    private func checkAfterUncleanStop(_ database: Database) throws -> DataProblem.Kind? {
        let pids = try database.read { try Int32.fetchAll($0, sql: "SELECT pid FROM open_windows") }
        let gone = pids.filter { kill($0, 0) != 0 && errno == ESRCH }
        if gone.isEmpty { return nil }
        let result = try database.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
        if result != ["ok"] { return .corrupt }
        try database.write { db in
            for pid in gone { try db.execute(sql: "DELETE FROM open_windows WHERE pid = ?", arguments: [pid]) }
        }
        return nil
    }

    private func setAsideAndStartOver(_ kind: DataProblem.Kind, now: LocalDateTime, detail: String = "PRAGMA quick_check")
        -> Result<(Database, DataProblem?), DataProblem>
    {
        var base = databasePath + ".\(kind.rawValue)-\(now.compactStamp)"
        var suffix = 1
        while PathKind.of(base) != .missing {
            suffix += 1
            base = databasePath + ".\(kind.rawValue)-\(now.compactStamp)-\(suffix)"
        }
        guard rename(databasePath, base) == 0 else {
            return .failure(DataProblem(kind: kind, keptAt: nil, detail: detail))
        }
        for tail in ["-wal", "-shm", "-journal"] where PathKind.of(databasePath + tail) == .regularFile {
            rename(databasePath + tail, base + tail)
        }
        if case .success(let fd) = SafePath.createExclusive(databasePath) { Glibc.close(fd) }
        do {
            return .success((try connect(), DataProblem(kind: kind, keptAt: base, detail: detail)))
        } catch {
            return .failure(DataProblem(kind: kind, keptAt: base, detail: "\(error)"))
        }
    }

    /// The window's row is committed without an fsync (issue 19: the fsyncs of the WAL's restart and
    /// of this commit were 0.5–4 ms of every start, strace -T). It needs to survive a power cut only
    /// if this window then writes something, and its first save is fsynced with synchronous=FULL,
    /// which puts the earlier row on the disk with it; a window that saved nothing cannot have
    /// left the database needing the quick check.
    private func register(_ database: Database, now: LocalDateTime) throws {
        try database.writeWithoutTransaction { db in
            if durable { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            do {
                try db.inTransaction {
                    try db.execute(sql: "INSERT OR REPLACE INTO open_windows (pid, started_at) VALUES (?, ?)",
                                   arguments: [getpid(), now.description])
                    return .commit
                }
            } catch {
                if durable { try db.execute(sql: "PRAGMA synchronous = FULL") }
                throw error
            }
            // Every later commit is durable again (DurabilityTests).
            if durable { try db.execute(sql: "PRAGMA synchronous = FULL") }
        }
        registeredWindow = true
    }

    /// Records the window's start when the store was made `registeringLater`; true once recorded. A
    /// row that cannot be written is not an error here: the same folder fails again at the first save,
    /// and that failure is shown on the screen. Before this, the window has saved nothing, so a kill
    /// then leaves nothing for the next start's check to find.
    @discardableResult
    public func registerWindow(now: LocalDateTime) -> Bool {
        guard isWindow, !registeredWindow, let database else { return registeredWindow }
        do { try register(database, now: now) } catch { return false }
        return true
    }

    /// Says this window stopped cleanly. Safe to call twice.
    public func close() {
        guard let database else { return }
        if registeredWindow {
            try? database.write { db in try db.execute(sql: "DELETE FROM open_windows WHERE pid = ?", arguments: [getpid()]) }
            registeredWindow = false
        }
        revisionQuery?.finalize() // or SQLite would not close the file
        try? database.close()
        self.database = nil
        known = nil
    }

    // MARK: saving

    /// Asked before every key. One statement reads one row atomically, so no transaction and no
    /// read-only toggling around it (`read` adds four statements), and the statement is prepared once.
    public func revision() -> Int? {
        // Nobody saved since this store's last read or write (`RevisionHint`): SQLite is not asked.
        if let lastRevision, let revisionHint, hintAnswers < Self.hintAnswersInARow, revisionHint.value == Int64(lastRevision) {
            hintAnswers += 1
            return lastRevision
        }
        hintAnswers = 0
        let value = revisionQuery.map { $0.value() }
            ?? (try? database?.unsafeRead { try Int.fetchOne($0.cachedStatement(sql: "SELECT value FROM revision")) })
        lastRevision = value
        return value
    }

    public func reload() throws(DataProblemError) -> (progress: SavedProgress, revision: Int) {
        guard let database else { throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: "データベースを開けていません")) }
        do {
            let read = try database.read { db in
                (try readChanged(db), try Int.fetchOne(db.cachedStatement(sql: "SELECT value FROM revision")) ?? 0)
            }
            lastRevision = read.1
            return read
        } catch {
            known = nil
            lastRevision = nil
            throw DataProblemError(problem: DataProblem(kind: .corrupt, keptAt: nil, detail: "\(error)"))
        }
    }

    public func commit(expecting expected: Int, _ prepare: (SavedProgress?) -> StoreChange) throws(DataProblemError) -> Int {
        guard let database else { throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: "データベースを開けていません")) }
        do {
            var saved = expected
            var written: (counters: [Int], progress: SavedProgress)?
            try database.inTransaction(.immediate) { db in
                let current = try Int.fetchOne(db.cachedStatement(sql: "SELECT value FROM revision")) ?? 0
                let fresh = current == expected ? nil : try readChanged(db)
                let change = prepare(fresh)
                let sections = try ProgressRows.write(db, from: change.before, to: change.after)
                for entry in change.audit { try Self.append(entry, db) }
                try ProgressRows.markSaved(db, revision: current + 1, sections: sections, hint: revisionHint)
                saved = current + 1
                // `before` was what is saved (this store's last read or write, or the fresh read),
                // and only the differences were written: what is saved now is `after`.
                written = (try ProgressRows.sectionCounters(db), change.after)
                return .commit
            }
            known = written
            lastRevision = saved
            return saved
        } catch {
            known = nil
            lastRevision = nil
            throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: Self.japanese(error)))
        }
    }

    /// What is saved, reading again only the sections whose counter moved since `known`.
    private func readChanged(_ db: Database) throws -> SavedProgress {
        let counters = try ProgressRows.sectionCounters(db)
        var progress = known?.progress ?? SavedProgress()
        sectionsLastRead = []
        for (index, section) in ProgressRows.Section.allCases.enumerated() {
            if let known, known.counters.count == counters.count, known.counters[index] == counters[index] { continue }
            try ProgressRows.read(section, db, into: &progress)
            sectionsLastRead.append(section)
        }
        known = (counters, progress)
        return progress
    }

    static func append(_ entry: AuditEntry, _ db: Database) throws {
        try db.executeCached(sql: "INSERT INTO audit (at, flow, step, item, action, by) VALUES (?, ?, ?, ?, ?, ?)",
                             arguments: [entry.at.description, entry.flow, entry.step, entry.item, entry.action, entry.by])
    }

    /// SQLite's reasons in the clerk's words.
    static func japanese(_ error: Error) -> String {
        guard let error = error as? DatabaseError else { return "\(error)" }
        switch error.resultCode {
        case .SQLITE_FULL: return "ディスクの空きがありません"
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: return "書き込みが許可されていません"
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "ほかの画面が保存を続けています。少し待ってから、もう一度操作してください"
        case .SQLITE_IOERR: return "ディスクに書き込めません"
        default: return error.message ?? "\(error)"
        }
    }

    // MARK: files beside the database

    public func writeMemo(name: String, text: String) throws(DataProblemError) -> String {
        let safeName = name.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        try DataFolder.subfolder(memoFolder)
        do {
            return try AtomicFile.writeNew(Data(text.utf8), to: memoFolder + "/" + (safeName.isEmpty ? "memo.txt" : safeName))
        } catch {
            throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: error.japanese))
        }
    }

    /// Everything, for `seikyu export`: progress, records and the whole audit trail.
    public func export(now: LocalDateTime) throws(DataProblemError) -> ExportDocument {
        guard let database else { throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: "データベースを開けていません")) }
        do {
            return try database.read { db in
                ExportDocument(exportedAt: now, progress: try ProgressRows.read(db), audit: try Self.auditTrail(db),
                               imports: try Row.fetchAll(db.cachedStatement(sql: "SELECT at, moved_to FROM imports ORDER BY id")).map {
                                   ExportDocument.Import(at: $0["at"], movedTo: $0["moved_to"])
                               })
            }
        } catch {
            throw DataProblemError(problem: DataProblem(kind: .corrupt, keptAt: nil, detail: "\(error)"))
        }
    }

    public func auditTrail() throws(DataProblemError) -> [AuditEntry] {
        guard let database else { return [] }
        do { return try database.read(Self.auditTrail) } catch {
            throw DataProblemError(problem: DataProblem(kind: .corrupt, keptAt: nil, detail: "\(error)"))
        }
    }

    static func auditTrail(_ db: Database) throws -> [AuditEntry] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM audit ORDER BY seq")).map { row in
            AuditEntry(at: try ProgressRows.time(row["at"], table: "audit"), flow: row["flow"], step: row["step"],
                       item: row["item"], action: row["action"], by: row["by"])
        }
    }

    /// A consistent copy while windows keep working (SQLite's online backup), written to a new
    /// file and renamed onto `path`; a symlink or device at `path` is refused before any work.
    public func backup(to path: String) throws(DataProblemError) {
        guard let database else { throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: "データベースを開けていません")) }
        do { try SafePath.checkWritable(path) } catch { throw DataFolder.unsafe(error.japanese) }
        let temporary = path + ".tmp-\(getpid())"
        switch SafePath.createExclusive(temporary) {
        case .success(let fd): Glibc.close(fd)
        case .failure(let failure):
            throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil,
                                                        detail: AtomicFile.WriteError(path: path, errno: failure.code).japanese))
        }
        do {
            let copy = try Database(path: temporary)
            try database.backup(to: copy)
            try copy.close()
            guard rename(temporary, path) == 0 else { throw Errno(errno) }
            AtomicFile.syncFolder(of: path)
        } catch {
            unlink(temporary)
            throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: "\(path): \(Self.japanese(error))"))
        }
    }
}
