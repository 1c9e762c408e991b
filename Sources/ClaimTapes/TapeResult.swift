/// What one tape proved: expectations that held, and those that did not, with the screen.
public struct TapeResult: Equatable, Sendable {
    public var file: String
    public var passed: Int
    public var failures: [TapeFailure]
    /// Named snapshots (`Snapshot NAME`) and the final screen, as text.
    public var snapshots: [(name: String, text: String)]
    /// Said but not failed: a tape with no checks, lines with no effect here.
    public var notes: [String] = []

    public init(file: String, passed: Int, failures: [TapeFailure], snapshots: [(name: String, text: String)], notes: [String] = []) {
        self.file = file
        self.passed = passed
        self.failures = failures
        self.snapshots = snapshots
        self.notes = notes
    }

    public static func == (a: TapeResult, b: TapeResult) -> Bool {
        a.file == b.file && a.passed == b.passed && a.failures == b.failures && a.notes == b.notes
            && a.snapshots.map(\.name) == b.snapshots.map(\.name) && a.snapshots.map(\.text) == b.snapshots.map(\.text)
    }
}

public struct TapeFailure: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    /// The screen when the check failed (nil for syntax errors).
    public var screen: String?

    public init(file: String, line: Int, message: String, screen: String?) {
        self.file = file
        self.line = line
        self.message = message
        self.screen = screen
    }

    public var description: String {
        var text = "FAIL \(file):\(line): \(message)"
        if let screen {
            let rule = String(repeating: "-", count: 80)
            text += "\n" + rule + "\n" + screen + "\n" + rule
        }
        return text
    }
}
