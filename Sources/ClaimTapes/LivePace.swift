/// How fast `play --live` goes: slow enough for an audience to follow a clerk's hands. A
/// character takes `typing`, a named key (Enter, Down…) is followed by `key`, so each new
/// screen stays long enough to be read; `speed` 2 is twice as fast, 0.5 half.
public struct LivePace: Equatable, Sendable {
    public var typingMilliseconds: Int
    public var keyMilliseconds: Int
    public var speed: Double

    public init(typingMilliseconds: Int = 120, keyMilliseconds: Int = 700, speed: Double = 1) {
        self.typingMilliseconds = typingMilliseconds
        self.keyMilliseconds = keyMilliseconds
        self.speed = speed
    }

    /// A pause as the tape wrote it, at the chosen speed.
    public func scaled(_ milliseconds: Int) -> Int {
        guard speed > 0 else { return milliseconds }
        return Int((Double(milliseconds) / speed).rounded())
    }
}
