import ClaimStore
import FoundationEssentials

/// `play --golden DIR`: each `Snapshot NAME` is compared with DIR/NAME.txt; with `--update`
/// the file is written instead. A screen that changed on purpose is one `--update` away; one
/// that changed by accident fails with a line diff.
public struct GoldenFolder: Sendable {
    public var directory: String
    public var update: Bool

    public init(directory: String, update: Bool) {
        self.directory = directory
        self.update = update
    }

    public enum Outcome: Equatable, Sendable {
        case matched
        case written
        case missing(path: String)
        case differs(path: String, diff: [String])
    }

    public func path(for name: String) -> String { directory + "/" + name + ".txt" }

    public func check(_ name: String, screen: String) -> Outcome {
        let path = path(for: name)
        let text = screen + "\n"
        if update {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                try AtomicFile.write(Data(text.utf8), to: path)
                return .written
            } catch {
                return .missing(path: path)
            }
        }
        guard let data = FileManager.default.contents(atPath: path), let golden = String(data: data, encoding: .utf8) else {
            return .missing(path: path)
        }
        if golden == text { return .matched }
        func lines(_ text: String) -> [String] {
            text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
        }
        return .differs(path: path, diff: LineDiff.lines(expected: lines(golden), actual: lines(text)))
    }
}
