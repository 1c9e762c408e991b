import ClaimScreens
import ClaimTapes
import TerminalShell

/// `seikyu play --live`: the tape on the real screen at human speed. Any key pauses and
/// resumes; Esc (or Ctrl+C, SIGTERM) stops.
final class LiveStage: TapeStage {
    let terminal: Terminal
    private var paused = false

    init(terminal: Terminal) { self.terminal = terminal }

    func show(_ grid: CellGrid) { terminal.draw(grid) }

    func pause(milliseconds: Int) -> Bool {
        var remaining = milliseconds
        while remaining > 0 || paused {
            if terminal.pendingSignal != 0 { return false }
            let slice = paused ? 250 : min(remaining, 50)
            if let key = terminal.readKey(milliseconds: Int32(slice)) {
                if key == .escape || key == .control("c") { return false }
                if case .resize = key { continue }
                paused.toggle()
            } else if !paused {
                remaining -= slice
            }
        }
        return true
    }

    /// After the tape: keep the last screen until a key is pressed (`--hold`).
    func hold() {
        while terminal.pendingSignal == 0 {
            if let key = terminal.readKey(milliseconds: 250) {
                if case .resize = key { continue }
                return
            }
        }
    }
}
