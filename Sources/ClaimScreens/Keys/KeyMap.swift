import ClaimFlow

/// What a key does, given what is on screen (design.md §5). `q` quits outside text fields and
/// is a letter inside them; digits pick on the menu and type in a field.
public enum KeyAction: Equatable, Sendable {
    case event(Event)
    case redraw
    /// Ctrl+C: leave at once, exit status 130; progress is already saved.
    case interrupt
    case resize(width: Int, height: Int)
}

public enum KeyMap {
    public static func action(for key: Key, in state: AppState, _ catalog: FlowCatalog) -> KeyAction {
        let typing = isTyping(state, catalog)
        switch key {
        case .enter: return .event(.accept)
        case .escape: return .event(.back)
        case .up: return .event(.moveUp)
        case .down: return .event(.moveDown)
        case .left: return .event(typing ? .caretLeft : .moveLeft)
        case .right: return .event(typing ? .caretRight : .moveRight)
        case .home: return .event(typing ? .caretHome : .moveFirst)
        case .end: return .event(typing ? .caretEnd : .moveLast)
        case .pageUp: return .event(.pageUp)
        case .pageDown: return .event(.pageDown)
        case .tab, .backTab: return .event(typing ? .unusable(keyName: "Tab") : .moveDown)
        case .backspace: return .event(typing ? .deleteBackward : .back)
        case .delete: return .event(typing ? .deleteForward : .unusable(keyName: "Delete"))
        case .function(1): return .event(.help)
        case .function(2): return .event(.openMenu)
        case .function(3): return .event(.toggleReveal)
        case .function(5): return .event(typing ? .convertToHalfWidth : .unusable(keyName: "F5"))
        case .function(10): return .event(.quit)
        case .function(let n): return .event(.unusable(keyName: "F\(n)"))
        case .control("c"): return .interrupt
        case .control("l"): return .redraw
        case .control(let c): return .event(.unusable(keyName: "Ctrl+" + String(c).uppercased()))
        case .resize(let w, let h): return .resize(width: w, height: h)
        case .unknown(let code): return .event(.unusable(keyName: "キー\(code)"))
        case .character(let c):
            if typing { return .event(.insert(String(c))) }
            if c == " " { return .event(.toggle) }
            if c == "e", state.progress.location == .calendar { return .event(.openFlow(.extension)) }
            if state.progress.location == .changes, let shortcut = changesShortcut(c) { return .event(shortcut) }
            if state.progress.location == .certificates, state.progress.certificatesPlace.stage == .list, c == "a" || c == "A" {
                return .event(.openFlow(.certificates))
            }
            if c == "m" || c == "M", state.progress.location == .menu { return .event(.showMemo) }
            if c == "q" || c == "Q" { return .event(.quit) }
            if let digit = c.wholeNumberValue, c.isASCII, digit > 0 { return .event(.pick(digit)) }
            return .event(.unusable(keyName: String(c)))
        }
    }

    /// The changes screen's letters [S0]: a adds; the others act on the highlighted change.
    static func changesShortcut(_ c: Character) -> Event? {
        switch c {
        case "a", "A": return .openFlow(.changes)
        case "p", "P": return .operateOnChange(.postpone)
        case "e", "E": return .operateOnChange(.editDate)
        case "m", "M": return .operateOnChange(.editNote)
        case "d", "D": return .operateOnChange(.markDone)
        case "c", "C": return .operateOnChange(.cancel)
        default: return nil
        }
    }

    /// True when the screen has a text field taking characters.
    public static func isTyping(_ state: AppState, _ catalog: FlowCatalog) -> Bool {
        if !state.showingHelp, state.progress.location == .changes, case .typing = state.progress.changesPlace.stage { return true }
        if !state.showingHelp, state.progress.location == .certificates, case .typing = state.progress.certificatesPlace.stage { return true }
        guard !state.showingHelp, case .flow(let id) = state.progress.location,
              let progress = state.progress.flows[id],
              let step = catalog.flow(id)?.step(progress.current) else { return false }
        return step.takesText
    }

    /// True when the field taking characters is secret (what is typed must never be recorded).
    public static func isTypingSecret(_ state: AppState, _ catalog: FlowCatalog) -> Bool {
        guard isTyping(state, catalog), case .flow(let id) = state.progress.location,
              let progress = state.progress.flows[id],
              let step = catalog.flow(id)?.step(progress.current) else { return false }
        return step.field?.secret == true
    }
}
