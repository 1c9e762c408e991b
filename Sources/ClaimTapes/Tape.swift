import ClaimFlow
import ClaimScreens

/// A tape: keystrokes and checks, one command per line (design.md §4, VHS-style).
public struct Tape: Equatable, Sendable {
    public var file: String
    public var lines: [TapeLine]
}

public struct TapeLine: Equatable, Sendable {
    public var number: Int
    public var command: TapeCommand
}

public enum TapeCommand: Equatable, Sendable {
    case type(String)
    case key(Key, count: Int)
    case sleep(milliseconds: Int)
    case typingSpeed(milliseconds: Int)
    case size(width: Int, height: Int)
    case resize(width: Int, height: Int)
    case clock(LocalDateTime)
    case expect(String)
    case expectNot(String)
    case wait(pattern: String)
    case snapshot(String)
    case output(String)
    /// Quit (if running) and start the program again on the same data folder: proves resume.
    case restart
}

public struct TapeSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
}
