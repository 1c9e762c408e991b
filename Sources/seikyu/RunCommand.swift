import ArgumentParser
import ClaimFlow
import ClaimStore
import ClaimRuntime
import ClaimScreens
import FoundationEssentials
import Glibc
import TerminalShell

/// `seikyu` with no subcommand: the interactive program.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "画面を開きます（既定）")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "サンプルの医療機関で動かす（本物のデータは読み書きしません。F12 で最初から）")
    var demo = false

    /// Without --now the demo starts on the 10th at 15:00: deadline, peak day and freeze all show.
    static let demoNow = LocalDateTime(year: 2026, month: 12, day: 10, hour: 15, minute: 0)!

    func run() throws {
        // Issue 19: the flows are decoded on both cores (TwoCoreFlows): the other starts at once, this one
        // first opens and reads the data folder and reads the calendar and the desks. Errors are reported
        // in the order they always were: the flows, the clock, the data folder, the calendar, the desks.
        let assets = options.assetsDirectory()
        let flows = TwoCoreFlows(assets: assets)
        let givenClock = Result { try options.clock() }
        var opened: (store: SQLiteProgressStore, loaded: LoadResult)?
        if !demo, case .success(let now) = givenClock,
           let store = try? SQLiteProgressStore(directory: options.dataDirectory(), window: true) {
            opened = (store, store.load(now: now()))
        }
        let rules = Result { try options.rules() }
        let desks = Result { try options.desks() }
        let catalog = try reportingFailure { try options.catalog(flows.catalog(), from: assets) }
        var clock = try givenClock.get()
        var folder = options.dataDirectory()
        var seed: SavedProgress?
        if demo {
            // A throw-away folder: the clinic's own data (and --data-dir) are never read or written.
            seed = try reportingFailure { () throws -> SavedProgress in
                do { return try AssetFolder.loadDemo(from: options.assetsDirectory()) } catch { throw Failure("\(error)") }
            }
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-demo-\(UUID().uuidString)").path
            if try options.fixedNow() == nil { clock = { RunCommand.demoNow } }
        }
        defer { if demo { try? FileManager.default.removeItem(atPath: folder) } }
        let store: SQLiteProgressStore
        if let opened {
            store = opened.store
        } else { do {
            store = try SQLiteProgressStore(directory: folder, window: true)
            if let seed {
                _ = store.load(now: clock())
                try store.update { progress in
                    progress = seed
                    return []
                }
            }
        } catch {
            throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
        } }
        defer { store.close() }
        let session = Session(catalog: catalog, store: store, loaded: opened?.loaded, clock: clock, demo: demo,
                              rules: try reportingFailure { try rules.get() }, desks: try reportingFailure { try desks.get() })
        session.demoSeed = seed
        if options.plain {
            // Issue 18: no curses at all, so a pipe, a serial line or TERM=dumb works.
            let status = PlainRun.run(session)
            if status == 0 {
                print(demo ? "デモを終了しました（デモのデータは消しました）。" : "進み具合を保存しました: \(store.directory)")
            }
            throw ExitCode(status)
        }
        let terminal: Terminal
        do {
            terminal = try Terminal(environment: options.terminalEnvironment)
        } catch {
            throw ExitWith(message: error.japanese, status: ExitStatus.failure)
        }
        let status = InteractiveLoop.run(session, on: terminal)
        terminal.stop()
        if let notice = session.loadNotice, notice.level == .error {
            StandardStream.error.write(notice.lines.joined(separator: "\n") + "\n")
        }
        if status == 0 {
            print(demo ? "デモを終了しました（デモのデータは消しました）。" : "進み具合を保存しました: \(store.directory)")
        }
        throw ExitCode(status)
    }
}

/// Prints a message to standard error and exits with a status.
struct ExitWith: Error, CustomStringConvertible {
    var message: String
    var status: Int32
    var description: String { message }
}

/// Turns any failure into a Japanese message on standard error and exit status 1.
func reportingFailure<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let failure as Failure {
        throw ExitWith(message: failure.description, status: ExitStatus.failure)
    }
}
