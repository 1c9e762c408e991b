import CTerminalGuard
import ClaimRuntime
import ClaimScreens
import Foundation

/// Runs a session on the real terminal until the clerk quits or a signal arrives.
public enum InteractiveLoop {
    /// Keys handled before a frame at most: a paste of 10,000 characters takes a few frames, not
    /// one per key (issue 16: 2.7 s), and a stream that never stops still shows the screen.
    static let burstLimit = 65_536

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
            guard let first = terminal.readKey() else {
                // Poll timeout: also the moment to notice a resize that came without KEY_RESIZE.
                let now = terminal.size
                if now != size {
                    size = now
                    _ = session.handle(.resize(width: now.width, height: now.height))
                    terminal.draw(session.render())
                }
                continue
            }
            // Everything already typed or pasted is handled in order before one frame.
            let keys = [first] + terminal.readWaitingKeys(limit: burstLimit - 1)
            for case .resize(let w, let h) in keys { size = (w, h) }
            let outcome: Session.Outcome
            if observe == nil && afterKey == nil {
                outcome = session.handle(keys) // a run of characters in a field is one insert
            } else {
                outcome = handleOneByOne(keys, session, observe: observe, afterKey: afterKey)
            }
            switch outcome {
            case .quit: return 0
            case .interrupted: return 130
            case .redraw, .running: terminal.draw(session.render(), fullRedraw: keys.contains(.control("l")))
            }
        }
    }

    /// `record` notes each key with the state it was typed in (a secret field masks it), so the
    /// keys of a burst go through one at a time; only the frame is shared.
    private static func handleOneByOne(_ keys: [Key], _ session: Session, observe: ((Key) -> Void)?,
                                       afterKey: (() -> Void)?) -> Session.Outcome {
        var outcome = Session.Outcome.running
        for key in keys {
            observe?(key)
            outcome = session.handle(key)
            afterKey?()
            if outcome == .quit || outcome == .interrupted { return outcome }
        }
        return outcome
    }
}
