import ClaimFlow
import ClaimTapes
import Foundation
import Testing

/// A forgiving, exact grammar (issue 17, 3): Windows files, comments after commands, every
/// error at once, a warning for a tape that checks nothing, "did you mean" only when close.
@Suite struct GrammarTests {
    func temporaryFolder() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-grammar-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aCRLFCopyWithABOMGivesTheSameResult() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = try String(contentsOfFile: tapeFolder + "/memo-651.tape", encoding: .utf8)
        let windows = "\u{FEFF}" + original.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        #expect(windows.utf8.count > original.utf8.count)
        try Data(original.utf8).write(to: URL(fileURLWithPath: folder + "/unix.tape"))
        try Data(windows.utf8).write(to: URL(fileURLWithPath: folder + "/windows.tape"))
        let unix = try player().play(file: folder + "/unix.tape", dataDirectory: nil)
        let crlf = try player().play(file: folder + "/windows.tape", dataDirectory: nil)
        #expect(unix.passed > 20)
        #expect(crlf.passed == unix.passed)
        #expect(crlf.failures.isEmpty, "\(crlf.failures)")
        #expect(crlf.snapshots.map(\.text) == unix.snapshots.map(\.text))
    }

    @Test func aCommentAfterACommandIsNotPartOfIt() throws {
        let tape = try TapeParser.parse("""
        Enter   # the first menu entry
        Type "a # b"  # the # inside quotes stays
        Wait /受領書 #1/ # a pattern keeps its #
        Snapshot foo  # note
        Down 2 # twice
        """, file: "t.tape")
        #expect(tape.lines.map(\.command) == [
            .key(.enter, count: 1), .type("a # b"), .wait(pattern: "受領書 #1"), .snapshot("foo"), .key(.down, count: 2),
        ])
    }

    @Test func snapshotFooWithANoteWritesFoo() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tape = try TapeParser.parse("Expect \"メインメニュー\"\nSnapshot foo  # note\n", file: "t.tape")
        var player = try player()
        player.screensDirectory = folder + "/screens"
        player.golden = GoldenFolder(directory: folder + "/golden", update: true)
        let result = player.play(tape, dataDirectory: folder + "/data")
        #expect(result.snapshots.first?.name == "foo")
        #expect(FileManager.default.fileExists(atPath: folder + "/screens/t.foo.txt"))
        #expect(FileManager.default.fileExists(atPath: folder + "/golden/foo.txt"))
    }

    @Test func everySyntaxErrorIsListed() {
        let text = "Enter\nEntr\nType hello\nExpect \"ok\"\nSet Size big\n"
        do {
            _ = try TapeParser.parse(text, file: "bad.tape")
            Issue.record("should have failed")
        } catch {
            #expect(error.all.map(\.line) == [2, 3, 5])
            #expect(error.all.allSatisfy { $0.file == "bad.tape" && !$0.message.isEmpty })
        }
    }

    @Test func aTapeFileWithSeveralErrorsFailsWithEach() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("Entr\nExpect \"メインメニュー\"\nDwn\n".utf8).write(to: URL(fileURLWithPath: folder + "/bad.tape"))
        let result = try player().play(file: folder + "/bad.tape", dataDirectory: nil)
        #expect(result.failures.map(\.line) == [1, 3])
    }

    @Test func aTapeWithoutChecksWarns() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let quiet = try player().play(try TapeParser.parse("Enter\nEscape\n", file: "quiet.tape"), dataDirectory: folder + "/a")
        #expect(quiet.notes.contains { $0.contains("warning") && $0.contains("Expect") })
        let checked = try player().play(try TapeParser.parse("Expect \"メインメニュー\"\n", file: "c.tape"), dataDirectory: folder + "/b")
        #expect(checked.notes.isEmpty)
    }

    @Test(arguments: [("Entr", "Enter"), ("Dwn", "Down"), ("Expct", "Expect"), ("Snapshto", "Snapshot"), ("PageDwn", "PageDown")])
    func aCloseTypoGetsASuggestion(_ typo: String, _ meant: String) {
        do {
            _ = try TapeParser.parse(typo, file: "t.tape")
            Issue.record("should have failed")
        } catch {
            #expect(error.message.contains("did you mean \(meant)?"))
        }
    }

    @Test(arguments: ["Xy", "Hello", "Click", "Go", "Q"])
    func aFarWordGetsNoGuess(_ word: String) {
        do {
            _ = try TapeParser.parse(word, file: "t.tape")
            Issue.record("should have failed")
        } catch {
            #expect(!error.message.contains("did you mean"), "\(word): \(error.message)")
        }
    }

    /// The first example in docs/tapes.md is what a tester copies first: it must parse.
    @Test func theDocumentedExampleParses() throws {
        let doc = try String(contentsOfFile: packageRoot.appendingPathComponent("docs/tapes.md").path, encoding: .utf8)
        let blocks = doc.components(separatedBy: "```")
        #expect(blocks.count > 2)
        let example = blocks[1]
        let tape = try TapeParser.parse(example, file: "docs/tapes.md")
        #expect(tape.hasChecks)
        #expect(tape.lines.contains { $0.command == .snapshot("after-score-table") })
    }
}
