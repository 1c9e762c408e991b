import ClaimFlow
import ClaimStore
import ClaimRuntime
import ClaimScreens
import FoundationEssentials
import Glibc
import TerminalShell

/// The interactive program: `seikyu` or `seikyu run`, from RunCommand or, for the everyday start,
/// straight from RunArgumentsShortcut. It runs no code of swift-argument-parser (issue 19).
struct InteractiveStart {
    let settings: Settings
    let demo: Bool

    /// Without --now the demo starts on the 10th at 15:00: deadline, peak day and freeze all show.
    static let demoNow = LocalDateTime(year: 2026, month: 12, day: 10, hour: 15, minute: 0)!

    /// The exit status: 0 after a clean quit.
    func run() throws -> Int32 {
        // Issue 19: the Assets folder is read on the other core (BackgroundAssets) while this one opens and
        // reads the data folder and sets up the terminal. Errors are reported in the order they always
        // were: the flows, the clock, the data folder, the calendar, the desks, the terminal.
        let assets = BackgroundAssets(settings: settings)
        let givenClock = Result { try settings.clock() }
        var opened: (store: SQLiteProgressStore, loaded: LoadResult)?
        if !demo, case .success(let now) = givenClock,
           let store = try? SQLiteProgressStore(directory: settings.dataDirectory(), window: true, registeringLater: true) {
            opened = (store, store.load(now: now()))
        }
        // A failure below restores the terminal before its message is written.
        let terminalSetUp = settings.plain ? nil : Result { () throws(TerminalError) in
            try Terminal(environment: settings.terminalEnvironment)
        }
        do {
            return try run(assets: assets.wait(), givenClock: givenClock, opened: opened, terminalSetUp: terminalSetUp)
        } catch {
            if case .success(let terminal) = terminalSetUp { terminal.stop() }
            throw error
        }
    }

    private func run(assets: BackgroundAssets.Loaded, givenClock: Result<() -> LocalDateTime, Error>,
                     opened: (store: SQLiteProgressStore, loaded: LoadResult)?,
                     terminalSetUp: Result<Terminal, TerminalError>?) throws -> Int32 {
        let catalog = try reportingFailure { try assets.catalog.get() }
        var clock = try givenClock.get()
        var folder = settings.dataDirectory()
        var seed: SavedProgress?
        if demo {
            // A throw-away folder: the clinic's own data (and --data-dir) are never read or written.
            seed = try reportingFailure { () throws -> SavedProgress in
                do { return try AssetFolder.loadDemo(from: settings.assetsDirectory()) } catch { throw Failure("\(error)") }
            }
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-demo-\(UUID().uuidString)").path
            if try settings.fixedNow() == nil { clock = { InteractiveStart.demoNow } }
        }
        defer { if demo { try? FileManager.default.removeItem(atPath: folder) } }
        let store = try opened?.store ?? Self.openStore(at: folder, seed: seed, now: clock())
        defer { store.close() }
        let session = Session(catalog: catalog, store: store, loaded: opened?.loaded, clock: clock, demo: demo,
                              rules: try reportingFailure { try assets.rules.get() }, desks: try reportingFailure { try assets.desks.get() })
        session.demoSeed = seed
        if settings.plain {
            store.registerWindow(now: clock())
            // Issue 18: no curses at all, so a pipe, a serial line or TERM=dumb works.
            let status = PlainRun.run(session)
            if status == 0 {
                Self.sayGoodbye(demo: demo, folder: store.directory)
            }
            return status
        }
        let terminal: Terminal
        switch terminalSetUp {
        case .success(let ready): terminal = ready
        case .failure(let error): throw ExitWith(message: error.japanese, status: ExitStatus.failure)
        case nil: return ExitStatus.failure // not reached: plain returned above
        }
        let status = InteractiveLoop.run(session, on: terminal, afterFirstFrame: { store.registerWindow(now: clock()) })
        terminal.stop()
        if let notice = session.loadNotice, notice.level == .error {
            StandardStream.error.write(notice.lines.joinedByAppending("\n") + "\n")
        }
        if status == 0 {
            Self.sayGoodbye(demo: demo, folder: store.directory)
        }
        return status
    }

    /// The last line, where the progress is kept. Written directly, not with `print`: print joins its
    /// items with the standard library's generic `joined`, whose first use scans every conformance
    /// record of the binary (issue 19).
    private static func sayGoodbye(demo: Bool, folder: String) {
        StandardStream.output.write(demo ? "デモを終了しました（デモのデータは消しました）。\n" : "進み具合を保存しました: \(folder)\n")
    }

    /// The data folder's store, when it was not opened early (the demo's throw-away folder, seeded with the
    /// sample clinic; or a folder whose early opening failed, so the failure is said here, in its place).
    private static func openStore(at folder: String, seed: SavedProgress?, now: LocalDateTime) throws -> SQLiteProgressStore {
        do {
            let store = try SQLiteProgressStore(directory: folder, window: true)
            if let seed {
                _ = store.load(now: now)
                try store.update { progress in
                    progress = seed
                    return []
                }
            }
            return store
        } catch {
            throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
        }
    }
}
