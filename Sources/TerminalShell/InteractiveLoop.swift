import CTerminalGuard
import ClaimRuntime
import ClaimScreens
import Foundation

/// Runs a session on the real terminal until the clerk quits or a signal arrives.
public enum InteractiveLoop {
    /// Exit statuses (design.md §3): 0 quit, 130 Ctrl+C/SIGINT, 128+n for other signals.
    /// `observe` sees each key just before the session handles it (`seikyu record`).
    public static func run(_ session: Session, on terminal: Terminal, observe: ((Key) -> Void)? = nil,
                           afterKey: (() -> Void)? = nil) -> Int32 {
        var size = terminal.size
        _ = session.handle(.resize(width: size.width, height: size.height))
        terminal.draw(session.render())
        while true {
            let signal = terminal.pendingSignal
            if signal != 0 { return 128 + signal }
            guard let key = terminal.readKey() else {
                // Poll timeout: also the moment to notice a resize that came without KEY_RESIZE.
                let now = terminal.size
                if now != size {
                    size = now
                    _ = session.handle(.resize(width: now.width, height: now.height))
                    terminal.draw(session.render())
                }
                continue
            }
            if case .resize(let w, let h) = key { size = (w, h) }
            observe?(key)
            let outcome = session.handle(key)
            afterKey?()
            switch outcome {
            case .quit: return 0
            case .interrupted: return 130
            case .redraw: terminal.draw(session.render(), fullRedraw: key == .control("l"))
            case .running: terminal.draw(session.render())
            }
        }
    }
}
