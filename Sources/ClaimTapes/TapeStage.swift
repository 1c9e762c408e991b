import ClaimScreens

/// Where a tape is performed. Headless there is none; `play --live` shows every key on the
/// real terminal at human speed, and the audience can pause or stop it.
public protocol TapeStage: AnyObject {
    /// Shows the screen after a key or a command.
    func show(_ grid: CellGrid)
    /// Waits (typing speed, `Sleep`); false when the viewer stopped the tape.
    func pause(milliseconds: Int) -> Bool
    /// `Caption "…"`: a line for the audience under the screen; nil or empty takes it away.
    func caption(_ text: String?)
}

extension TapeStage {
    public func caption(_ text: String?) {}
}

/// The overlays live playback draws on the program's screen: the trainer's caption and the
/// paused banner, on the bottom row (the key hints), so the screen itself stays as it is.
public enum StageOverlay {
    public static let pausedBanner = "一時停止中です。どのキーでも再開します。Esc で再生をやめます。"

    public static func decorate(_ grid: CellGrid, caption: String?, paused: Bool) -> CellGrid {
        guard let text = paused ? pausedBanner : caption, !text.isEmpty, grid.height > 0 else { return grid }
        var decorated = grid
        let row = grid.height - 1
        decorated.fill(row: row, role: .banner)
        decorated.write(" " + text, row: row, column: 0, role: .banner)
        return decorated
    }
}
