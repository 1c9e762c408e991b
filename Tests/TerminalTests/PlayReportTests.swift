import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `seikyu play --junit`, `--tap` and `--golden` for a CI server (issue 17, 1 and 2).
@Suite struct PlayReportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What a JUnit reader sees: test cases, and which of them carry a failure.
    final class JUnitReader: NSObject, XMLParserDelegate {
        var cases: [String] = []
        var failures: [String: String] = [:]
        private var current: String?
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            if name == "testcase" { current = attributes["name"]; cases.append(attributes["name"] ?? "") }
            if name == "failure" { text = attributes["message"].map { $0 + "\n" } ?? "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "failure", let current { failures[current] = text }
        }

        static func read(_ path: String) -> JUnitReader? {
            guard let parser = XMLParser(contentsOf: URL(fileURLWithPath: path)) else { return nil }
            let reader = JUnitReader()
            parser.delegate = reader
            return parser.parse() ? reader : nil
        }
    }

    func scratchTape(_ text: String) throws -> String {
        let path = Command.scratch("seikyu-report") + ".tape"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func junitHasOneCasePerShippedTape() throws {
        let tapes = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Assets/tapes").path)
            .filter { $0.hasSuffix(".tape") }.sorted().map { "Assets/tapes/" + $0 }
        let out = Command.scratch("seikyu-junit") + ".xml"
        defer { unlink(out) }
        let run = Command.run([TmuxTerminal.binary, "play", "--junit", out] + tapes)
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        let reader = try #require(JUnitReader.read(out), "the XML does not parse")
        #expect(reader.cases == tapes)
        #expect(reader.failures.isEmpty)
    }

    @Test func aFailingTapeIsAFailedCaseWithFileLineAndScreenAndTheExitCodeIsUnchanged() throws {
        let bad = try scratchTape("Env SEIKYU_NOW 2026-12-03T09:00\nExpect \"メインメニュー\"\nExpect \"ない & <文言>\"\n")
        let broken = try scratchTape("Entr\nExpect \"メインメニュー\"\nDwn\n")
        defer { unlink(bad); unlink(broken) }
        let out = Command.scratch("seikyu-junit") + ".xml"
        defer { unlink(out) }
        let run = Command.run([TmuxTerminal.binary, "play", "--junit", out, "Assets/tapes/main-menu.tape", bad, broken])
        #expect(run.status == 1)
        let reader = try #require(JUnitReader.read(out), "the XML does not parse")
        #expect(reader.cases.count == 3)
        #expect(reader.failures["Assets/tapes/main-menu.tape"] == nil)
        let failure = try #require(reader.failures[bad])
        #expect(failure.contains("\(bad):3"))
        #expect(failure.contains("ない & <文言>"))
        #expect(failure.contains("メインメニュー"), "the screen is in the failure")
        let syntax = try #require(reader.failures[broken])
        #expect(syntax.contains("\(broken):1") && syntax.contains("\(broken):3"))

        let tap = Command.run([TmuxTerminal.binary, "play", "--tap", "Assets/tapes/main-menu.tape", bad])
        #expect(tap.status == 1)
        let lines = tap.output.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(3)) == ["TAP version 14", "1..2", "ok 1 - Assets/tapes/main-menu.tape"])
        #expect(lines.contains("not ok 2 - \(bad)"))
        #expect(lines.contains("    - at: \"\(bad):3\""))
        #expect(lines.contains("  ..."))
    }

    @Test func goldenSnapshotsAreWrittenThenComparedAndAChangedSentenceFailsWithADiff() throws {
        let tape = try scratchTape("""
            Env SEIKYU_NOW 2026-12-03T09:00
            Expect "メインメニュー"
            Snapshot menu   # the main menu
            Down 3
            Enter
            Snapshot calendar
            """)
        let golden = Command.scratch("seikyu-golden")
        defer { unlink(tape); try? FileManager.default.removeItem(atPath: golden) }
        let written = Command.run([TmuxTerminal.binary, "play", "--golden", golden, "--update", tape])
        #expect(written.status == 0, "\(written.output)")
        #expect(FileManager.default.fileExists(atPath: golden + "/menu.txt"))
        #expect(FileManager.default.fileExists(atPath: golden + "/calendar.txt"))
        let again = Command.run([TmuxTerminal.binary, "play", "--golden", golden, tape])
        #expect(again.status == 0, "\(again.output)")
        #expect(again.output.contains("3 passed, 0 failed"), "\(again.output)")

        let menu = try String(contentsOfFile: golden + "/menu.txt", encoding: .utf8)
        #expect(menu.contains("何をしますか"))
        try menu.replacingOccurrences(of: "何をしますか", with: "何をなさいますか").write(toFile: golden + "/menu.txt", atomically: true, encoding: .utf8)
        let changed = Command.run([TmuxTerminal.binary, "play", "--golden", golden, tape])
        #expect(changed.status == 1)
        #expect(changed.output.contains("Snapshot menu"), "\(changed.output)")
        #expect(changed.output.contains("-  3|   何をなさいますか"), "\(changed.output)")
        #expect(changed.output.contains("+  3|   何をしますか"), "\(changed.output)")
    }
}
