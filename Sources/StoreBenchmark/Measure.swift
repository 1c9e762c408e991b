import ClaimFlow
import ClaimRuntime
import ClaimScreens
import ClaimStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct Seeded {
    var bytes: Int
    var seconds: Double
}

/// Writes the history through the store, one transaction per month as the program would have,
/// then closes it (SQLite folds the WAL into the database on the last close).
func seed(_ folder: String, months: [History.Month]) throws -> Seeded {
    let started = milliseconds()
    let store = try SQLiteProgressStore(directory: folder)
    let loaded = store.load(now: History.now)
    if let problem = loaded.problem { fail("seeding \(folder): \(problem.japanese.joined(separator: " "))") }
    for month in months { try store.update(month.change) }
    try store.update { progress in
        History.openOnChecklist(&progress)
        return []
    }
    store.close()
    let bytes = ["", "-wal"].map { fileSize(folder + "/" + SQLiteProgressStore.fileName + $0) }.reduce(0, +)
    return Seeded(bytes: bytes, seconds: (milliseconds() - started) / 1000)
}

/// A second data folder holding the same closed database (0700 folder, 0600 file, as the store makes them).
func copyFolder(_ source: String, to folder: String) throws {
    let manager = FileManager.default
    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let file = "/" + SQLiteProgressStore.fileName
    try manager.copyItem(atPath: source + file, toPath: folder + file)
    try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder + file)
}

let space = Key.character(" ") // Space on the checklist: one item ticked or unticked, one audit line

/// A window on a seeded folder, checked to open quietly on the checklist with the whole history.
func window(_ folder: String, catalog: FlowCatalog, months: Int) throws -> (Session, loadMilliseconds: Double) {
    let store = try SQLiteProgressStore(directory: folder, window: true)
    let opened = milliseconds()
    let session = Session(catalog: catalog, store: store, clock: { History.now })
    let load = milliseconds() - opened
    if let notice = session.loadNotice { fail("\(folder): the window opened with a notice: \(notice.lines.joined(separator: " "))") }
    guard session.state.progress.submissions.count == months * Payer.allCases.count, session.state.progress.location == .flow("setup") else {
        fail("\(folder): the history did not load (\(session.state.progress.submissions.count) submissions)")
    }
    return (session, load)
}

/// The same window with no store at all and the history in memory: nothing is written.
func unsavedWindow(_ progress: SavedProgress, catalog: FlowCatalog) -> Session {
    let session = Session(catalog: catalog, store: nil, clock: { History.now })
    session.demoSeed = progress
    _ = session.handle(.function(12)) // F12 puts the seed in place (the demo's reset)
    guard session.state.progress.submissions.count == progress.submissions.count else { fail("the unsaved window lost the history") }
    return session
}

/// Presses Space `keys` times, taking the sessions in turn. Each key is timed around
/// `Session.handle` (reducer, the look for other windows' saves, the transaction and its fsync);
/// the frame drawn after it, as the program does, is timed apart.
func press(_ sessions: [Session], keys: Int, frames: Bool, into timings: inout Timings) {
    for n in 0..<keys {
        let session = sessions[n % sessions.count]
        let start = milliseconds()
        _ = session.handle(space)
        let handled = milliseconds()
        if frames { _ = session.render() }
        timings.keys.append(handled - start)
        timings.frames.append(milliseconds() - handled)
    }
    for session in sessions {
        if let problem = session.state.storeProblem { fail("saving failed: \(problem.joined(separator: " "))") }
    }
}

/// Every key must have been saved: one audit line each.
func checkAudit(_ folder: String, expected: Int) throws {
    let check = try SQLiteProgressStore(directory: folder)
    _ = check.load(now: History.now)
    let lines = try check.auditTrail().count
    check.close()
    if lines != expected { fail("\(folder): \(lines) audit lines, expected \(expected)") }
}
