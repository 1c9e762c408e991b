import Foundation
import Testing

/// Golden text files: each screen as the clerk sees it at 80x24, committed under
/// Tests/Golden/screens. `SEIKYU_UPDATE_GOLDEN=1 swift test` rewrites them (the teatest
/// `-update` habit); otherwise a difference fails with a line diff naming the file.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent("screens")

    static var updating: Bool { ProcessInfo.processInfo.environment["SEIKYU_UPDATE_GOLDEN"] == "1" }

    /// One screen's frames (its cursor positions or scrolled pages) as one text.
    struct Screen {
        var name: String
        var frames: [(caption: String, text: String)]

        var text: String {
            frames.map { "== \($0.caption) ==\n" + $0.text + "\n" }.joined()
        }
    }

    static func path(_ name: String) -> URL { folder.appendingPathComponent(name + ".txt") }

    /// Compares (or, when updating, writes) one screen; a mismatch is one Issue naming the file.
    static func verify(_ screen: Screen, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = path(screen.name)
        let actual = screen.text
        if updating {
            try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            if (try? String(contentsOf: file, encoding: .utf8)) != actual {
                try? actual.write(to: file, atomically: true, encoding: .utf8)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            let report = "golden file missing: Tests/Golden/screens/\(screen.name).txt (SEIKYU_UPDATE_GOLDEN=1 swift test で作れます)"
            Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let report = "screen differs from Tests/Golden/screens/\(screen.name).txt\n" + diff(expected, actual)
                + "\n(意図した変更なら SEIKYU_UPDATE_GOLDEN=1 swift test で書き直し、差分を読んでからコミットしてください)"
            Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
        }
    }

    /// Every golden file on disk, by name, to find the ones no screen produces any more.
    static func filesOnDisk() -> Set<String> {
        guard let paths = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var names: Set<String> = []
        for case let path as String in paths where path.hasSuffix(".txt") {
            names.insert(String(path.dropLast(4)))
        }
        return names
    }

    static func removeStale(_ names: Set<String>) {
        for name in names { try? FileManager.default.removeItem(at: path(name)) }
    }

    /// A line diff: the frame and line numbers of the first differences, `-` expected, `+` actual.
    static func diff(_ expected: String, _ actual: String, limit: Int = 12) -> String {
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        var out: [String] = []
        var caption = ""
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? old[index] : nil
            let b = index < new.count ? new[index] : nil
            if let a, a.hasPrefix("== ") { caption = a }
            if a == b { continue }
            out.append("line \(index + 1) \(caption)")
            if let a { out.append("- " + a) }
            if let b { out.append("+ " + b) }
            if out.count >= limit * 3 { out.append("…"); break }
        }
        return out.joined(separator: "\n")
    }
}
