import ArgumentParser
import ClaimFlow
import ClaimStore
import ClaimRuntime
import ClaimScreens
import ClaimTapes
import FoundationEssentials
import TerminalShell

/// `seikyu record TAPE` — use the program; every key is written as a tape that `seikyu play`
/// replays to the same screens. From a data folder with progress, a copy of that progress is kept
/// beside the tape (`RecordingStart`), since a tape replays only from the state it started in.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "操作をテープに記録します（秘密の入力は置き換えます）")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "書き出すテープ（.tape）")
    var tape: String

    func run() throws {
        // The tape's target is checked before anything starts: a symlink or a device is refused.
        do { try SafePath.checkWritable(tape) } catch { throw ExitWith(message: error.japanese, status: ExitStatus.failure) }
        // Issue 16: and its folder exists and takes a file, or the whole session is lost at F10.
        try OutputFolder.checkParent(of: tape, what: "テープの書き出し先")
        let catalog = try reportingFailure { try options.settings.catalog() }
        let start = try options.settings.fixedNow() ?? JapanClock.now()
        let folder = options.settings.dataDirectoryGiven ? options.settings.dataDirectory()
            : FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-record-\(UUID().uuidString)").path
        defer { if !options.settings.dataDirectoryGiven { try? FileManager.default.removeItem(atPath: folder) } }
        let store: SQLiteProgressStore
        do { store = try SQLiteProgressStore(directory: folder, window: true) } catch {
            throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
        }
        // The recorded tape replays with a fixed clock, so the recording uses one too.
        let session = Session(catalog: catalog, store: store, clock: { start },
                              rules: try reportingFailure { try options.settings.rules() }, desks: try reportingFailure { try options.settings.desks() })
        session.revealAllowed = false
        let terminal: Terminal
        do { terminal = try Terminal(environment: options.settings.terminalEnvironment) } catch {
            throw ExitWith(message: error.japanese, status: ExitStatus.failure)
        }
        let size = terminal.size
        // Issue 17, 6: a folder with progress is copied beside the tape, so the tape replays.
        let startingState = RecordingStart.keep(store, progress: session.state.progress, besides: tape)
        if case .notKept = startingState {
            StandardStream.error.write(startingState.tapeNotes(tape: tape).map { String($0.dropFirst(2)) }.joined(separator: "\n") + "\n")
        }
        let recorder = TapeRecorder(start: start, width: size.width, height: size.height, notes: startingState.tapeNotes(tape: tape))
        _ = session.handle(.resize(width: size.width, height: size.height))
        recorder.screenShown(heading: session.screen.heading)
        let status = InteractiveLoop.run(session, on: terminal, observe: { key in
            recorder.record(key, typing: session.isTyping, secret: session.isTypingSecret)
        }, afterKey: {
            recorder.screenShown(heading: session.screen.heading)
        })
        terminal.stop()
        do {
            try AtomicFile.write(Data(recorder.text.utf8), to: tape)
        } catch {
            throw ExitWith(message: error.japanese, status: ExitStatus.failure)
        }
        switch startingState {
        case .kept(let folder):
            print("テープを書き出しました: \(tape)（始めたときの進み具合の控え: \(folder)/。控えをコピーしたフォルダで seikyu play --data-dir を付けて再生できます）")
        case .notKept:
            print("テープを書き出しました: \(tape)（始めたときの進み具合を残せなかったため、空のフォルダからは同じ画面になりません）")
        case .emptyFolder:
            print("テープを書き出しました: \(tape)（seikyu play \(tape) で再生できます）")
        }
        // The tape is kept either way; Ctrl+C still says "interrupted" (130, design.md §3; issue 16).
        throw ExitCode(status)
    }
}
