/// One screen, described without knowing its size: the views build it, the layout fits it.
/// Every screen has the same parts in the same places (design.md §5).
public struct Screen: Equatable, Sendable {
    /// Left of the top bar.
    public var title: String
    /// Right of the top bar (date and time).
    public var clock: String
    /// Shown at the left of the top bar in demo mode (デモ).
    public var banner: String?
    /// Where you are: flow and "手順 k / n".
    public var place: String
    /// What this step is about.
    public var heading: String
    public var body: [Block]
    /// Index into `body` that must stay visible (the highlighted list row).
    public var focus: Int?
    /// Without a focus: how many wrapped lines to skip from the top (clamped by the layout).
    public var scroll: Int = 0
    /// The list rows the highlight moves over, in order, on a screen where the highlight is all the
    /// cursor changes (a checklist, a choice): a window's `ScreenMemo` moves it there instead of
    /// building the screen again. Empty elsewhere.
    public var selectable: [Int] = []
    /// The fixed warning area: worded as what to do.
    public var warnings: [Warning]
    public var hints: [KeyHint]

    public init(title: String = "seikyu レセプトオンライン請求", clock: String = "", banner: String? = nil,
                place: String, heading: String, body: [Block], focus: Int? = nil,
                warnings: [Warning] = [], hints: [KeyHint]) {
        self.title = title
        self.clock = clock
        self.banner = banner
        self.place = place
        self.heading = heading
        self.body = body
        self.focus = focus
        self.warnings = warnings
        self.hints = hints
    }
}

/// A piece of the body. The layout wraps it to the width it gets.
public enum Block: Equatable, Sendable {
    case paragraph(String, CellRole = .plain)
    /// A list row: marker (`[x]`, `( )`, `1.`), text, highlighted or not, and a detail line
    /// shown only when highlighted.
    case item(marker: String, text: String, selected: Bool, role: CellRole = .plain, detail: String? = nil)
    /// A text field: label, the text as shown (masked for secrets), and the caret (a character
    /// index; nil or the length means after the last character). `replacing`: the text is an
    /// earlier answer that typing replaces, drawn highlighted as selected text is.
    case field(label: String, value: String, note: String?, caret: Int?, replacing: Bool = false)
    /// One line of differently styled pieces (the ID entry's character cells); clipped, not wrapped.
    case spans([Span])
    case blank
}

public struct Span: Equatable, Sendable {
    public var text: String
    public var role: CellRole

    public init(_ text: String, _ role: CellRole = .plain) {
        self.text = text
        self.role = role
    }
}

public struct Warning: Equatable, Sendable {
    public var text: String
    public var role: CellRole

    public init(_ text: String, role: CellRole = .warning) {
        self.text = text
        self.role = role
    }
}

public struct KeyHint: Equatable, Sendable {
    public var key: String
    public var label: String

    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }
}
