/// A key as the keyboard (or a tape) delivers it, before it means anything.
public enum Key: Equatable, Hashable, Sendable {
    case character(Character)
    case enter, tab, backTab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Ctrl plus a letter, lower-cased (`control("c")`).
    case control(Character)
    /// The window changed size (from the terminal or a tape's Resize).
    case resize(width: Int, height: Int)
    /// A key the terminal reported that has no name here.
    case unknown(Int)

    /// The name a tape uses for this key (`Enter`, `Ctrl+C`, `F10`).
    public var tapeName: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift+Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .escape: return "Escape"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PageUp"
        case .pageDown: return "PageDown"
        case .function(let n): return "F\(n)"
        case .control(let c): return "Ctrl+" + String(c).uppercased()
        case .resize(let w, let h): return "Resize \(w)x\(h)"
        case .unknown(let code): return "key \(code)"
        }
    }
}
