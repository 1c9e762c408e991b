/// The whole state of the program: what is saved plus what lives only while it runs.
public struct AppState: Equatable, Sendable {
    public var progress: SavedProgress
    /// F1 help is showing over the current screen.
    public var showingHelp: Bool
    /// The last 相談メモ is showing over the menu (T11), scrolled with `bodyScroll`.
    public var showingMemo: Bool
    /// One message for the warning area, cleared by the next key.
    public var notice: Notice?
    /// Secret answers ("flow/step" → text): in memory only, never saved (design.md §6).
    public var secrets: [String: String]
    /// The draft of the secret field on screen: in memory only, and dropped when the step is
    /// entered again, so a half-typed password is never kept past its screen (design.md §6).
    public var secretDraft: FieldDraft?
    public var revealSecret: Bool
    /// Months from the current one shown on the calendar screen.
    public var calendarOffset: Int
    /// Lines scrolled on a screen without a list (long summaries, help); reset on every new screen.
    public var bodyScroll: Int
    /// The store's last failure, shown until a save works again (design.md §6: never silent).
    public var storeProblem: [String]?
    /// The text whose doubts were shown (I1 check digit): Enter on the same text again goes on.
    public var warnedText: String?

    public init(progress: SavedProgress = SavedProgress(), notice: Notice? = nil) {
        self.progress = progress
        self.showingHelp = false
        self.showingMemo = false
        self.notice = notice
        self.secrets = [:]
        self.secretDraft = nil
        self.revealSecret = false
        self.calendarOffset = 0
        self.bodyScroll = 0
        self.warnedText = nil
        self.storeProblem = nil
    }
}

/// A message for the fixed warning area.
public struct Notice: Equatable, Sendable {
    public enum Level: Sendable { case info, warning, error }
    public var level: Level
    public var lines: [String]

    public init(_ level: Level, _ lines: [String]) {
        self.level = level
        self.lines = lines
    }

    public static func info(_ lines: String...) -> Notice { Notice(.info, lines) }
    public static func warning(_ lines: String...) -> Notice { Notice(.warning, lines) }
    public static func error(_ lines: String...) -> Notice { Notice(.error, lines) }
}
