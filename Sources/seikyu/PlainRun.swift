import CTerminalGuard
import ClaimRuntime
import ClaimScreens
import FoundationEssentials

/// `seikyu --plain` (issue 18): the session on standard input and output as lines.
enum PlainRun {
    /// The exit status: 0 after 終了 or the end of input, 128+n after a signal (design.md §3).
    static func run(_ session: Session) -> Int32 {
        // Signals end the read and the loop instead of the process, so the echo of a password
        // prompt is restored and the store closes cleanly (SIGPIPE too: a reader that went away).
        seikyu_guard_install(0)
        defer { seikyu_guard_restore() }
        let lines = PlainLines()
        func write(_ text: [String]) {
            StandardStream.output.write(text.map { $0 + "\n" }.joined())
        }
        let ending = PlainLoop.run(session, readLine: { lines.next(secret: $0) }, write: write)
        let signal = seikyu_guard_pending_signal()
        if signal != 0 {
            write([PlainWords.interrupted])
            return 128 + signal
        }
        if ending == .endOfInput { write([PlainWords.endOfInput]) }
        return 0
    }
}
