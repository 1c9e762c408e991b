// seikyu-bench-store: what one saved keystroke costs with 0, 1, 5 and 50 years of history
// (issue 11). A benchmark, not a test: it prints Markdown for BENCHMARKS.md and never fails on
// a figure. Run it from bench/run.sh, or on its own:
//
//   swift build -c release --product seikyu-bench-store
//   .build/release/seikyu-bench-store [--keys 2000] [--years 0,1,5,50] [--disk-dir /var/tmp] [--tmpfs-dir /dev/shm]
import ClaimFlow
import ClaimRuntime
import ClaimScreens
import ClaimStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct Options {
    var keys = 2000
    var warmUp = 50
    var years = [0, 1, 5, 50]
    var diskDirectory = "/var/tmp"
    var tmpfsDirectory: String? = "/dev/shm"

    init(_ arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            func value() -> String {
                guard let next = rest.popFirst() else { fail("\(argument) needs a value") }
                return next
            }
            switch argument {
            case "--keys": keys = Int(value()) ?? keys
            case "--years": years = value().split(separator: ",").compactMap { Int($0) }
            case "--disk-dir": diskDirectory = value()
            case "--tmpfs-dir": tmpfsDirectory = value()
            case "--no-tmpfs": tmpfsDirectory = nil
            default: fail("unknown argument \(argument)")
            }
        }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("seikyu-bench-store: \(message)\n".utf8))
    exit(1)
}

func note(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// CLOCK_MONOTONIC in milliseconds (the wall clock of this machine is not to be trusted).
func milliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((p / 100 * Double(sorted.count - 1)).rounded()))]
}

/// The filesystem type and device of the mount that holds `path` (/proc/self/mounts).
func filesystem(of path: String) -> String {
    let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return "?" }
    var best: (point: String, text: String) = ("", "?")
    for line in mounts.split(separator: "\n") {
        let fields = line.split(separator: " ").map(String.init)
        guard fields.count >= 3 else { continue }
        let point = fields[1].replacingOccurrences(of: "\\040", with: " ")
        let inside = point == "/" || real == point || real.hasPrefix(point + "/")
        if inside && point.count >= best.point.count { best = (point, "\(fields[2]) (\(fields[0]) on \(point))") }
    }
    return best.text
}

func yearsLabel(_ n: Int) -> String { n == 1 ? "1 year" : "\(n) years" }

/// The 1-minute load average (/proc/loadavg): other work on the machine shows in the p99.
func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? "?"
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
}

struct Timings {
    var keys: [Double] = []
    var frames: [Double] = []
    var p50: Double { percentile(keys, 50) }
    var p99: Double { percentile(keys, 99) }
}

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

let space = Key.character(" ") // Space on the checklist: one item ticked or unticked, one audit line

/// Opens a window on the folder and presses Space `keys` times, timing each key (the reducer, the
/// transaction with its fsync) and, apart, the frame drawn after it.
func measureSaved(_ folder: String, catalog: FlowCatalog, expect months: Int, auditBefore: Int, options: Options)
    throws -> (Timings, loadMilliseconds: Double)
{
    let store = try SQLiteProgressStore(directory: folder, window: true)
    let opened = milliseconds()
    let session = Session(catalog: catalog, store: store, clock: { History.now })
    let load = milliseconds() - opened
    if let notice = session.loadNotice { fail("\(folder): the window opened with a notice: \(notice.lines.joined(separator: " "))") }
    guard session.state.progress.receipts.count == months, session.state.progress.location == .flow("setup") else {
        fail("\(folder): the history did not load (\(session.state.progress.receipts.count) receipts)")
    }
    var timings = Timings()
    for _ in 0..<options.warmUp { _ = session.handle(space) }
    for _ in 0..<options.keys {
        let start = milliseconds()
        _ = session.handle(space)
        let saved = milliseconds()
        _ = session.render()
        timings.keys.append(saved - start)
        timings.frames.append(milliseconds() - saved)
    }
    if let problem = session.state.storeProblem { fail("\(folder): saving failed: \(problem.joined(separator: " "))") }
    session.close()
    // Every key must have been saved: one audit line each.
    let check = try SQLiteProgressStore(directory: folder)
    _ = check.load(now: History.now)
    let lines = try check.auditTrail().count
    check.close()
    if lines != auditBefore + options.warmUp + options.keys {
        fail("\(folder): \(lines) audit lines, expected \(auditBefore + options.warmUp + options.keys)")
    }
    return (timings, load)
}

/// The same keys with no store at all: the reducer and the frame, nothing written.
func measureUnsaved(_ progress: SavedProgress, catalog: FlowCatalog, options: Options) -> Timings {
    let session = Session(catalog: catalog, store: nil, clock: { History.now })
    session.demoSeed = progress
    _ = session.handle(.function(12)) // F12 puts the seed in place (the demo's reset)
    guard session.state.progress.receipts.count == progress.receipts.count else { fail("the unsaved session lost the history") }
    var timings = Timings()
    for _ in 0..<options.warmUp { _ = session.handle(space) }
    for _ in 0..<options.keys {
        let start = milliseconds()
        _ = session.handle(space)
        let handled = milliseconds()
        _ = session.render()
        timings.keys.append(handled - start)
        timings.frames.append(milliseconds() - handled)
    }
    return timings
}

struct Row {
    var years: Int
    var progress: SavedProgress
    var audit: Int
    var seeded: Seeded
    var disk: Timings
    var diskLoad: Double
    var tmpfs: Timings?
    var unsaved: Timings
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let catalog: FlowCatalog
do { catalog = try History.catalog() } catch { fail("catalog: \(error)") }
let stamp = "\(getpid())"
let diskBase = options.diskDirectory + "/seikyu-bench-store-" + stamp
let tmpfsBase = options.tmpfsDirectory.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 + "/seikyu-bench-store-" + stamp : nil }
defer {
    try? FileManager.default.removeItem(atPath: diskBase)
    if let tmpfsBase { try? FileManager.default.removeItem(atPath: tmpfsBase) }
}

var rows: [Row] = []
let loadBefore = loadAverage()
do {
    for years in options.years {
        let months = History.months(years: years)
        var progress = SavedProgress()
        for month in months { _ = month.change(&progress) }
        History.openOnChecklist(&progress)
        let audit = months.count * 50

        let diskFolder = diskBase + "/\(years)y"
        note("\(years) years: seeding \(diskFolder)")
        let seeded = try seed(diskFolder, months: months)
        note("\(years) years: \(options.keys) keys on disk")
        let (disk, load) = try measureSaved(diskFolder, catalog: catalog, expect: months.count, auditBefore: audit, options: options)
        try? FileManager.default.removeItem(atPath: diskFolder)

        var tmpfs: Timings?
        if let tmpfsBase {
            let folder = tmpfsBase + "/\(years)y"
            note("\(years) years: seeding \(folder)")
            _ = try seed(folder, months: months)
            note("\(years) years: \(options.keys) keys on tmpfs")
            tmpfs = try measureSaved(folder, catalog: catalog, expect: months.count, auditBefore: audit, options: options).0
            try? FileManager.default.removeItem(atPath: folder)
        }
        note("\(years) years: \(options.keys) keys with no store")
        let unsaved = measureUnsaved(progress, catalog: catalog, options: options)
        rows.append(Row(years: years, progress: progress, audit: audit, seeded: seeded, disk: disk, diskLoad: load,
                        tmpfs: tmpfs, unsaved: unsaved))
    }
} catch {
    fail("\(error)")
}

// MARK: the report

func ms(_ value: Double) -> String { String(format: "%.3f", value) }
func pair(_ t: Timings) -> String { "\(ms(t.p50)) / \(ms(t.p99))" }
func mib(_ bytes: Int) -> String { bytes < 1024 * 1024 ? String(format: "%.0f KiB", Double(bytes) / 1024) : String(format: "%.1f MiB", Double(bytes) / 1048576) }

let diskFS = filesystem(of: options.diskDirectory)
let tmpfsFS = options.tmpfsDirectory.map(filesystem(of:))
print("""

## One saved keystroke against years of history (issue 11)

`seikyu-bench-store` (Sources/StoreBenchmark), release build, \(ProcessInfo.processInfo.activeProcessorCount) cores. \
For each history size it writes a fresh data folder through the store, one transaction per month \
(a year: 12 monthly runs each with its 受領書, 20 changes, 10 triage records of 4 steps, one extension, \
3 contacts kept up to date, 600 audit lines), closes it, then opens a window (`Session`) on the setup \
flow's ten-item checklist and presses Space \(options.keys) times after \(options.warmUp) unmeasured presses. \
Each press ticks or unticks one item: one transaction that writes the answer row, the flow row, one \
audit line and the revision, with `PRAGMA synchronous=FULL` in WAL mode (an fsync of the WAL per key). \
Times are CLOCK_MONOTONIC around `Session.handle(key)` (reducer, the check for other windows' saves, \
the transaction), median / p99 in ms; the frame drawn after the key is timed apart. The program checks \
afterwards that every press left its audit line.

- disk: \(options.diskDirectory), \(diskFS)
\(tmpfsFS.map { "- tmpfs: \(options.tmpfsDirectory!), \($0) (fsync costs nothing there: what remains is SQLite's own work)\n" } ?? "")\
- no store: the same session with nothing saved (`store: nil`), the history in memory: the reducer alone

| history | receipts / changes / triages / audit lines | database | saved on disk p50 / p99 (ms) | \(tmpfsFS == nil ? "" : "saved on tmpfs p50 / p99 (ms) | ")not saved p50 / p99 (ms) |
| --- | ---: | ---: | ---: | \(tmpfsFS == nil ? "" : "---: | ")---: |
""")
for row in rows {
    let p = row.progress
    print("| \(yearsLabel(row.years)) | \(p.receipts.count) / \(p.changes.count) / \(p.triages.count) / \(row.audit) | \(mib(row.seeded.bytes)) "
          + "| \(pair(row.disk)) | \(row.tmpfs.map { pair($0) + " | " } ?? "")\(pair(row.unsaved)) |")
}
print("\nAlso measured, and not part of the per-key figures above:\n")
print("| history | opening the window: load the whole history (ms) | frame after the key p50 / p99 (ms) | writing the history (s, one transaction a month) |")
print("| --- | ---: | ---: | ---: |")
for row in rows {
    print("| \(yearsLabel(row.years)) | \(String(format: "%.1f", row.diskLoad)) | \(ms(percentile(row.disk.frames, 50))) / \(ms(percentile(row.disk.frames, 99))) "
          + "| \(String(format: "%.1f", row.seeded.seconds)) |")
}
if let first = rows.first, let last = rows.last, rows.count > 1 {
    var ratios = ["disk \(String(format: "%.2f", last.disk.p50 / first.disk.p50))"]
    if let a = first.tmpfs, let b = last.tmpfs { ratios.append("tmpfs \(String(format: "%.2f", b.p50 / a.p50))") }
    ratios.append("not saved \(String(format: "%.2f", last.unsaved.p50 / first.unsaved.p50))")
    print("\nMedian per key with \(yearsLabel(last.years)) ÷ with \(yearsLabel(first.years)): \(ratios.joined(separator: ", ")).")
}
print("\nLoad average (1 min) when the run began: \(loadBefore); when it ended: \(loadAverage()). Other work on the machine shows in the p99 column first.")
