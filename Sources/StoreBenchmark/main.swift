// seikyu-bench-store: what one saved keystroke costs with 0, 1, 5 and 50 years of history
// (issue 11). A benchmark, not a test: it prints Markdown for BENCHMARKS.md and never fails on
// a figure (it does stop when a key was not saved). bench/run.sh runs it; on its own:
//
//   swift build -c release --product seikyu-bench-store
//   .build/release/seikyu-bench-store [--keys 2000] [--rounds 20] [--years 0,1,5,50]
//                                     [--disk-dir /var/tmp] [--tmpfs-dir /dev/shm | --no-tmpfs] [--no-frames]
import ClaimFlow
import ClaimRuntime
import ClaimStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One history size, its folders and windows, and what was measured on them.
final class Subject {
    let years: Int
    let progress: SavedProgress
    let audit: Int
    var seeded = Seeded(bytes: 0, seconds: 0)
    var load = 0.0
    var windows: [String: [Session]] = [:]
    var disk = Timings(), twoWindows = Timings(), tmpfs = Timings(), tmpfsNoFrames = Timings(), unsaved = Timings()
    /// The frame a measured key is followed by, as text: the same at every size, or the frame
    /// column would compare different screens rather than the work behind one.
    var frame = ""

    init(years: Int, progress: SavedProgress, audit: Int) {
        self.years = years
        self.progress = progress
        self.audit = audit
    }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let block = max(options.keys / options.rounds, 1)
let keys = block * options.rounds
let twoWindowBlock = max(block / 4, 2)
let twoWindowKeys = twoWindowBlock * options.rounds
let catalog: FlowCatalog
do { catalog = try History.catalog() } catch { fail("catalog: \(error)") }
let stamp = "\(getpid())"
let diskBase = options.diskDirectory + "/seikyu-bench-store-" + stamp
let tmpfsBase = options.tmpfsDirectory.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 + "/seikyu-bench-store-" + stamp : nil }
func folder(_ base: String, _ subject: Subject, _ name: String) -> String { base + "/\(subject.years)y-" + name }

let loadBefore = loadAverage()
var subjects: [Subject] = []
do {
    // Every history written and every window opened first; then the keys, in rounds.
    for years in options.years {
        let months = History.months(years: years)
        var progress = SavedProgress()
        for month in months { _ = month.change(&progress) }
        History.openOnChecklist(&progress)
        let subject = Subject(years: years, progress: progress, audit: months.count * 50)
        note("\(years) years: writing the history")
        let one = folder(diskBase, subject, "one")
        subject.seeded = try seed(one, months: months)
        try copyFolder(one, to: folder(diskBase, subject, "two"))
        if let tmpfsBase { try copyFolder(one, to: folder(tmpfsBase, subject, "one")) }
        // Opening: the median of five windows opened and closed (the first in a process pays extra).
        subject.load = percentile(try (0..<5).map { _ in
            let (session, load) = try window(one, catalog: catalog, months: months.count)
            session.close()
            return load
        }, 50)
        subject.windows["disk"] = [try window(one, catalog: catalog, months: months.count).0]
        subject.windows["two"] = try (0..<2).map { _ in try window(folder(diskBase, subject, "two"), catalog: catalog, months: months.count).0 }
        if let tmpfsBase { subject.windows["tmpfs"] = [try window(folder(tmpfsBase, subject, "one"), catalog: catalog, months: months.count).0] }
        subject.windows["none"] = [unsavedWindow(progress, catalog: catalog)]
        var discard = Timings()
        for (name, sessions) in subject.windows {
            press(sessions, keys: name == "two" ? 10 : options.warmUp, frames: options.frames, into: &discard)
        }
        subject.frame = subject.windows["disk"]![0].render().lines.joined(separator: "\n")
        subjects.append(subject)
    }
    for round in 0..<options.rounds {
        note("round \(round + 1) of \(options.rounds)")
        for index in subjects.indices {
            let subject = subjects[(index + round) % subjects.count]
            press(subject.windows["disk"]!, keys: block, frames: options.frames, into: &subject.disk)
            press(subject.windows["two"]!, keys: twoWindowBlock, frames: options.frames, into: &subject.twoWindows)
            if let tmpfs = subject.windows["tmpfs"] {
                press(tmpfs, keys: block, frames: options.frames, into: &subject.tmpfs)
                press(tmpfs, keys: block, frames: false, into: &subject.tmpfsNoFrames)
            }
            press(subject.windows["none"]!, keys: block, frames: options.frames, into: &subject.unsaved)
        }
    }
    for subject in subjects {
        for session in subject.windows.values.joined() { session.close() }
        subject.windows = [:]
        try checkAudit(folder(diskBase, subject, "one"), expected: subject.audit + options.warmUp + keys)
        try checkAudit(folder(diskBase, subject, "two"), expected: subject.audit + 10 + twoWindowKeys)
        if let tmpfsBase { try checkAudit(folder(tmpfsBase, subject, "one"), expected: subject.audit + options.warmUp + 2 * keys) }
    }
} catch {
    fail("\(error)")
}
try? FileManager.default.removeItem(atPath: diskBase)
if let tmpfsBase { try? FileManager.default.removeItem(atPath: tmpfsBase) }

// MARK: the report

func ms(_ value: Double) -> String { String(format: "%.3f", value) }
func pair(_ t: Timings) -> String { "\(ms(t.p50)) / \(ms(t.p99))" }
func framePair(_ t: Timings) -> String { "\(ms(percentile(t.frames, 50))) / \(ms(percentile(t.frames, 99)))" }
func mib(_ bytes: Int) -> String {
    bytes < 1024 * 1024 ? String(format: "%.0f KiB", Double(bytes) / 1024) : String(format: "%.1f MiB", Double(bytes) / 1048576)
}

let hasTmpfs = tmpfsBase != nil
print("""

## One saved keystroke against years of history (issue 11)

Measured by `seikyu-bench-store` (Sources/StoreBenchmark), release build, \(ProcessInfo.processInfo.activeProcessorCount) cores; \
`bash bench/run.sh` runs it after the comparison above, or on its own: \
`swift build -c release --product seikyu-bench-store && .build/release/seikyu-bench-store`.

For each history size the program writes a data folder through the store, one transaction a month \
as the program would have (a year: 12 monthly runs, each with a 受領書 from both payers (社保 and 国保), 20 changes, 10 triage records \
of 4 steps, one extension, 3 contacts kept up to date, 600 audit lines), closes it, and opens a window \
(`Session`) on a ten-item checklist. There Space is pressed \(keys) times per size and column, after \
\(options.warmUp) unmeasured presses, in \(options.rounds) rounds that take the sizes in turn (a slow spell \
of the disk or of the machine falls on every size alike); the 80x24 frame is drawn after each key as \
the program does\(options.frames ? "" : " (not in this run: --no-frames)"). A press ticks or unticks one \
item: one transaction that writes the answer row, the flow row, one audit line and the revision, in \
WAL mode with `PRAGMA synchronous=FULL`, so the WAL is fsynced before the key returns. A key is timed \
with CLOCK_MONOTONIC around `Session.handle(key)`: the reducer, the look for other windows' saves and \
the transaction; the frame is timed apart. Afterwards the program checks that every press left its \
audit line.

- disk: \(options.diskDirectory), \(filesystem(of: options.diskDirectory))
\(hasTmpfs ? "- tmpfs: \(options.tmpfsDirectory!), \(filesystem(of: options.tmpfsDirectory!)); an fsync costs nothing there, so what remains is SQLite's and the program's own work\n" : "")\
- not saved: the same window with no store (`store: nil`) and the history in memory: the reducer alone

Per key, median / p99 in ms:

| history | submissions / changes / triages / audit lines | database | saved on disk | \(hasTmpfs ? "saved on tmpfs | saved on tmpfs, no frame between keys | " : "")not saved |
| --- | ---: | ---: | ---: | \(hasTmpfs ? "---: | ---: | " : "")---: |
""")
for row in subjects {
    let p = row.progress
    var cells = [yearsLabel(row.years), "\(p.submissions.count) / \(p.changes.count) / \(p.triages.count) / \(row.audit)",
                 mib(row.seeded.bytes), pair(row.disk)]
    if hasTmpfs { cells += [pair(row.tmpfs), pair(row.tmpfsNoFrames)] }
    cells.append(pair(row.unsaved))
    print("| " + cells.joined(separator: " | ") + " |")
}
/// "+5 % (0.384 → 0.403 ms)", and whether that is flat: grown by at most 10 % or 5 µs (a key
/// that got faster with more history did not grow with it).
func change(_ a: Timings, _ b: Timings) -> (text: String, flat: Bool) {
    let percent = (b.p50 - a.p50) / a.p50 * 100
    let flat = percent <= 10 || b.p50 - a.p50 <= 0.005
    let sign = abs(percent) < 0.5 ? "±0" : String(format: "%+.0f", percent)
    return ("\(sign) % (\(ms(a.p50)) → \(ms(b.p50)) ms)\(flat ? "" : ", not flat")", flat)
}
if let first = subjects.first {
    print("")
    for later in subjects.dropFirst() where later.years == 5 || later === subjects.last {
        var parts = [("saved on disk", change(first.disk, later.disk))]
        if hasTmpfs {
            parts.append(("on tmpfs", change(first.tmpfs, later.tmpfs)))
            parts.append(("on tmpfs with no frame", change(first.tmpfsNoFrames, later.tmpfsNoFrames)))
        }
        parts.append(("not saved", change(first.unsaved, later.unsaved)))
        print("Median per key from \(yearsLabel(first.years)) to \(yearsLabel(later.years)): "
              + parts.map { "\($0.0) \($0.1.text)" }.joined(separator: "; ") + ".  ")
    }
    print("Flat here means a median at most 10 % or 5 µs above the one with \(yearsLabel(first.years)); anything more is marked \"not flat\".")
}
print("""

What does grow with the history (same runs; \(twoWindowKeys) keys for two windows on one folder):

| history | frame after the key, p50 / p99 (ms) | two windows taking turns on disk, per key p50 / p99 (ms) | opening a window, median of 5 (ms) | writing the history (s) |
| --- | ---: | ---: | ---: | ---: |
""")
for row in subjects {
    print("| \(yearsLabel(row.years)) | \(framePair(row.disk)) | \(pair(row.twoWindows)) "
          + "| \(String(format: "%.1f", row.load)) | \(String(format: "%.1f", row.seeded.seconds)) |")
}
/// "5 years (line 3: 「…」 against 「…」)": where a size's frame first differs from the first size's.
let differentFrames = subjects.dropFirst().compactMap { subject -> String? in
    guard let first = subjects.first, subject.frame != first.frame else { return nil }
    let mine = subject.frame.split(separator: "\n", omittingEmptySubsequences: false)
    let theirs = first.frame.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(mine.count, theirs.count)).first { mine[$0] != theirs[$0] } ?? min(mine.count, theirs.count)
    let text = { (lines: [Substring]) in line < lines.count ? lines[line].trimmingSpaces : "" }
    return "\(yearsLabel(subject.years)) (line \(line + 1): 「\(text(mine))」 against 「\(text(theirs))」)"
}
print("""

The frame a key is followed by, compared as text after the warm-up: \
\(differentFrames.isEmpty ? "the same screen at every history size" : "a different screen at \(differentFrames.joined(separator: ", ")), so the frame times of those sizes are not comparable").
""")
print("""

Why, from the code when this benchmark was written:

- A saved key writes only the rows that differ (`ProgressRows.write`); lists the key did not touch \
are compared by identity, so the records and the audit trail are neither read nor encoded again, and \
the statements it runs come from the connection's statement cache. Disk minus tmpfs is the fsync of \
the WAL. On the virtual disk this was written on, strace -T showed one fdatasync taking anywhere from \
0.2 to 13 ms depending on the moment, so the disk column moves more from run to run than between sizes.
- The frame asks the history only what today needs, through one snapshot of today (`Today`: the \
calendar, the window status, this month per payer, planned and overdue changes). A window keeps its \
last snapshot, and `Today` compares what it reads (the lists by value, which costs nothing while they \
are the very lists of the last frame): a tick changes only the flows, so the snapshot is reused; when \
the records did change, this month's are taken in one scan (`MonthRecords`). The calendar looks up a \
month's recorded extension once a month, not once a day.
- A window reads the whole history once, when it opens. After another window or a command saved, it \
reads again only the sections whose counter moved (v3: a counter per section in the revision row, \
moved by the same statement as the revision): a tick elsewhere is the flows, not five years of \
受領書 and triage records, so two windows taking turns stay flat too.
- The history is written with `update`, which reads what is saved before each month's transaction \
(only the sections that moved since its last one), so writing it is a one-off that grows with the \
months, not a cost per key.

Load average (1 min) when the run began: \(loadBefore); when it ended: \(loadAverage()). \
Other work on the machine shows in the p99 figures first.
""")
