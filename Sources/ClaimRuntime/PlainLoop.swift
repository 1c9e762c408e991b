import ClaimFlow
import ClaimScreens

/// Runs a session as plain lines (issue 18): the same Session, reducer, rules and store as the full
/// screen, but each screen is printed once as lines (`PlainScreen`) and each answer is read as a line
/// (`PlainInput` turns it into the keys the full screen would get). No terminal control at all.
public enum PlainLoop {
    public enum Ending: Equatable, Sendable {
        /// 終了 (or F10's word): progress is saved.
        case quit
        /// Standard input ended (or the reader stopped for a signal): progress is saved too; the
        /// caller says which.
        case endOfInput
    }

    /// `readLine(secret)`: the next line without its newline, nil at the end; a secret line is read
    /// without echo. `write`: one or more whole lines, each printed with a newline.
    public static func run(_ session: Session, readLine: (_ secret: Bool) -> String?, write: ([String]) -> Void) -> Ending {
        // Nothing typed into a secret field is ever shown, not even on request.
        session.revealAllowed = false
        var shown: Screen?
        func show() {
            let screen = session.screen
            let typing = session.isTyping, secret = session.isTypingSecret
            let lines = PlainScreen.update(from: shown, to: screen, typing: typing, secret: secret)
            // Nothing changed: say again only what may be typed, not the same screen.
            write(lines.isEmpty ? [PlainWords.choices(PlainScreen.reply(to: screen, typing: typing, secret: secret))] : [""] + lines)
            shown = screen
        }
        let first = session.screen
        write([([first.banner].compactMap { $0 } + [first.title, first.clock]).joined(separator: "  ")])
        show()
        while let line = readLine(session.isTypingSecret) {
            let screen = session.screen
            let reply = PlainScreen.reply(to: screen, typing: session.isTyping, secret: session.isTypingSecret)
            let letters = session.isTyping ? [] : PlainLetter.offered(on: screen)
            guard var keys = PlainInput.keys(for: line, on: screen, reply: reply) else {
                write([PlainWords.refusal(reply, letters: letters)])
                continue
            }
            if let chosen = PlainInput.chosenEcho(for: line, on: screen, reply: reply) { write([chosen]) }
            if case .text = reply, keys.last == .enter, keys.count > 1 {
                // Typed first, Enter only if nothing was cut: a cut line is said and asked again.
                keys.removeLast()
                switch session.handle(keys) {
                case .quit, .interrupted: return .quit
                case .running, .redraw: break
                }
                if let limit = PlainInput.cutLimit(typed: line, on: session.screen) {
                    _ = session.handle(PlainInput.clearField(on: session.screen))
                    write([PlainWords.tooLong(limit)])
                    shown = session.screen
                    continue
                }
                keys = [.enter]
            }
            switch session.handle(keys) {
            case .quit, .interrupted: return .quit
            case .running, .redraw: show()
            }
        }
        return .endOfInput
    }
}
