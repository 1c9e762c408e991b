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
    /// Which blocks changed since earlier screens of the same window (`ScreenMemo`): the layout lays
    /// out again only those. None for a screen built on its own.
    public var versions = BodyVersions()
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

/// A block's version number, per block of one screen and the screens a `ScreenMemo` moved from it:
/// a block whose number is the same as on an earlier screen of the same lineage is the same block.
/// A hint for the layout, not part of what a screen shows: any two are equal, so screens compare by
/// what they show.
public struct BodyVersions: Equatable, Sendable {
    /// One per screen built; the layout keeps it while it keeps the lines, so it is never mistaken
    /// for a later one at the same address.
    let lineage: BodyLineage?
    var blocks: [Int]

    /// No versions: every block is compared.
    public init() {
        lineage = nil
        blocks = []
    }

    init(lineage: BodyLineage, blocks: [Int]) {
        self.lineage = lineage
        self.blocks = blocks
    }

    public static func == (_: BodyVersions, _: BodyVersions) -> Bool { true }

    /// The version of block `index`; nil without versions or past the end.
    func block(_ index: Int) -> BlockVersion? {
        guard let lineage, index < blocks.count else { return nil }
        return BlockVersion(lineage: lineage, number: blocks[index])
    }
}

/// The screen a run of moved screens started from (`BodyVersions`).
final class BodyLineage: Sendable {}

/// One block's version (`BodyVersions`).
struct BlockVersion: Equatable {
    let lineage: BodyLineage
    let number: Int

    static func == (a: BlockVersion, b: BlockVersion) -> Bool { a.lineage === b.lineage && a.number == b.number }
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
