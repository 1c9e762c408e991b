import ClaimFlow
import ClaimScreens

/// A tape: keystrokes and checks, one command per line (design.md §4, VHS-style).
public struct Tape: Equatable, Sendable {
    public var file: String
    public var lines: [TapeLine]
    /// Lines that were accepted but do nothing here (VHS's cosmetic `Set`, `Require`).
    public var notes: [TapeNote] = []

    public init(file: String, lines: [TapeLine], notes: [TapeNote] = []) {
        self.file = file
        self.lines = lines
        self.notes = notes
    }

    /// Whether any line checks the screen; a tape without one proves nothing.
    public var hasChecks: Bool {
        lines.contains { line in
            switch line.command {
            case .expect, .expectNot, .wait: return true
            default: return false
            }
        }
    }
}

public struct TapeLine: Equatable, Sendable {
    public var number: Int
    public var command: TapeCommand
    /// `Type@100ms`, `Down@200ms 3`: the pause after each key for this line only (live).
    public var speedMilliseconds: Int? = nil
    /// The file the line came from when a `Source` line pulled it in.
    public var sourceFile: String? = nil
}

public enum TapeCommand: Equatable, Sendable {
    case type(String)
    case key(Key, count: Int)
    /// `Alt+X`: a terminal sends Esc and then the letter; so does the tape.
    case alt(Character, count: Int)
    case sleep(milliseconds: Int)
    case typingSpeed(milliseconds: Int)
    case size(width: Int, height: Int)
    case resize(width: Int, height: Int)
    case clock(LocalDateTime)
    case expect(String)
    case expectNot(String)
    /// `Wait[+Screen][@5s] /re/`: headless the screen must already match; live waits up to the timeout.
    case wait(pattern: String, timeoutMilliseconds: Int? = nil)
    case snapshot(String)
    case output(String)
    /// Quit (if running) and start the program again on the same data folder: proves resume.
    case restart
    /// VHS `Hide` / `Show`: live playback stops and resumes drawing; the keys still run.
    case hide
    case show
    /// `Source other.tape`: the other tape's lines, in place (resolved when the file is loaded).
    case source(String)
    /// `Caption "…"`: a line for the audience during live playback; ignored headless.
    case caption(String)
}

/// A line accepted with no effect, said once so a VHS author is not surprised.
public struct TapeNote: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "note \(file):\(line): \(message)" }
}

public struct TapeSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    /// The errors on later lines: a tape's author sees every mistake at once, not one per run.
    public var following: [TapeSyntaxError] = []

    public init(file: String, line: Int, message: String, following: [TapeSyntaxError] = []) {
        self.file = file
        self.line = line
        self.message = message
        self.following = following
    }

    /// This error and every following one, each on its own.
    public var all: [TapeSyntaxError] {
        [TapeSyntaxError(file: file, line: line, message: message)] + following
    }

    public var description: String { "\(file):\(line): \(message)" }
}
