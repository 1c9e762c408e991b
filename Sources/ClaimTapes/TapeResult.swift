/// What one tape proved: expectations that held, and those that did not, with the screen.
public struct TapeResult: Equatable, Sendable {
    public var file: String
    public var passed: Int
    public var failures: [TapeFailure]
    /// Named snapshots (`Snapshot NAME`) and the final screen, as text.
    public var snapshots: [(name: String, text: String)]

    public static func == (a: TapeResult, b: TapeResult) -> Bool {
        a.file == b.file && a.passed == b.passed && a.failures == b.failures
            && a.snapshots.map(\.name) == b.snapshots.map(\.name) && a.snapshots.map(\.text) == b.snapshots.map(\.text)
    }
}

public struct TapeFailure: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    /// The screen when the check failed (nil for syntax errors).
    public var screen: String?

    public var description: String {
        var text = "FAIL \(file):\(line): \(message)"
        if let screen {
            let rule = String(repeating: "-", count: 80)
            text += "\n" + rule + "\n" + screen + "\n" + rule
        }
        return text
    }
}
