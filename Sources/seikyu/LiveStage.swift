import ClaimScreens
import ClaimTapes
import TerminalShell

/// `seikyu play --live`: the tape on the real screen at human speed. Any key pauses and
/// resumes (a banner says so); Esc (or Ctrl+C, SIGTERM) stops the whole run, not one tape.
final class LiveStage: TapeStage {
    let terminal: Terminal
    private var paused = false
    private var shown: CellGrid?
    private var captionText: String?
    /// The viewer stopped: the play command plays no further tape.
    private(set) var stoppedByViewer = false

    init(terminal: Terminal) { self.terminal = terminal }

    func show(_ grid: CellGrid) {
        shown = grid
        redraw()
    }

    func caption(_ text: String?) {
        captionText = text
        redraw()
    }

    private func redraw() {
        guard let shown else { return }
        terminal.draw(StageOverlay.decorate(shown, caption: captionText, paused: paused))
    }

    func pause(milliseconds: Int) -> Bool {
        if stoppedByViewer { return false }
        var remaining = milliseconds
        while remaining > 0 || paused {
            if terminal.pendingSignal != 0 { return false }
            let slice = paused ? 250 : min(remaining, 50)
            if let key = terminal.readKey(milliseconds: Int32(slice)) {
                if key == .escape || key == .control("c") {
                    stoppedByViewer = true
                    paused = false
                    return false
                }
                if case .resize = key { continue }
                paused.toggle()
                redraw()
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
