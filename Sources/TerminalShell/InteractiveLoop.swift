import CTerminalGuard
import ClaimRuntime
import ClaimScreens
import FoundationEssentials

/// Runs a session on the real terminal until the clerk quits or a signal arrives.
public enum InteractiveLoop {
    /// Keys handled before a frame at most: a paste of 10,000 characters takes a few frames, not
    /// one per key (issue 16: 2.7 s), and a stream that never stops still shows the screen.
    static let burstLimit = 65_536

    /// Exit statuses (design.md §3): 0 quit, 130 Ctrl+C/SIGINT, 128+n for other signals.
    /// `observe` sees each key just before the session handles it (`seikyu record`). `afterFirstFrame`
    /// runs once the first frame is on the screen: work the clerk need not wait for.
    public static func run(_ session: Session, on terminal: Terminal, observe: ((Key) -> Void)? = nil,
                           afterKey: (() -> Void)? = nil, afterFirstFrame: () -> Void = {}) -> Int32 {
        var size = terminal.size
        _ = session.handle(.resize(width: size.width, height: size.height))
        terminal.draw(session.render())
        afterFirstFrame()
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

    /// `record` notes each key with the state it was typed in (a secret field masks it). A run of
    /// characters typed into a field stays in that field, so it is noted key by key and then
    /// handled as one insert (a paste in `record` took 34 s key by key); other keys go one at a time.
    private static func handleOneByOne(_ keys: [Key], _ session: Session, observe: ((Key) -> Void)?,
                                       afterKey: (() -> Void)?) -> Session.Outcome {
        var outcome = Session.Outcome.running
        var index = 0
        while index < keys.count {
            var end = index + 1
            if session.isTyping, case .character = keys[index] {
                while end < keys.count, case .character = keys[end] { end += 1 }
            }
            let run = Array(keys[index..<end])
            run.forEach { observe?($0) }
            outcome = run.count == 1 ? session.handle(run[0]) : session.handle(run)
            afterKey?()
            index = end
            if outcome == .quit || outcome == .interrupted { return outcome }
        }
        return outcome
    }
}
