import ClaimScreens

/// Where a tape is performed. Headless there is none; `play --live` shows every key on the
/// real terminal at human speed, and the audience can pause or stop it.
public protocol TapeStage: AnyObject {
    /// Shows the screen after a key or a command.
    func show(_ grid: CellGrid)
    /// Waits (typing speed, `Sleep`); false when the viewer stopped the tape.
    func pause(milliseconds: Int) -> Bool
}
