import ClaimFlow
import ClaimTapes
import Foundation
import Testing

/// A tape written for VHS that drives keys and text runs unchanged (issue 17, 4).
@Suite struct VHSTests {
    @Test func vhsCommandsParse() throws {
        let tape = try TapeParser.parse("""
        Type@100ms "abc"
        Type 'single'
        Sleep 1
        Sleep 500ms
        Sleep 0.5
        Hide
        Show
        Ctrl+L
        Alt+B
        Enter 2
        Down@200ms 3
        Wait /受領書/
        Wait+Screen /受領書/
        Wait+Screen@5s /受領書/
        Wait@10s /受領書/
        Source login.tape
        """, file: "vhs.tape")
        #expect(tape.lines.map(\.command) == [
            .type("abc"), .type("single"), .sleep(milliseconds: 1000), .sleep(milliseconds: 500), .sleep(milliseconds: 500),
            .hide, .show, .key(.control("l"), count: 1), .alt("B", count: 1), .key(.enter, count: 2), .key(.down, count: 3),
            .wait(pattern: "受領書"), .wait(pattern: "受領書"), .wait(pattern: "受領書", timeoutMilliseconds: 5000),
            .wait(pattern: "受領書", timeoutMilliseconds: 10_000), .source("login.tape"),
        ])
        #expect(tape.lines.map(\.speedMilliseconds) == [100] + Array(repeating: nil, count: 9) + [200] + Array(repeating: nil, count: 5))
    }

    @Test(arguments: ["Set FontSize 46", "Set Shell \"bash\"", "Set Width 1200", "Set Theme \"Catppuccin\"", "Require git", "Set Padding 20"])
    func cosmeticLinesAreAcceptedAndNoted(_ line: String) throws {
        let tape = try TapeParser.parse(line, file: "vhs.tape")
        #expect(tape.lines.isEmpty)
        #expect(tape.notes.count == 1)
        #expect(tape.notes.first?.message.contains("効果がありません") == true)
    }

    @Test(arguments: ["Output demo.gif", "Output out.mp4", "Output frames.webm", "Screenshot shot.png"])
    func aFilmOrPictureIsRefusedClearly(_ line: String) {
        do {
            _ = try TapeParser.parse(line, file: "vhs.tape")
            Issue.record("\(line) should be refused")
        } catch {
            #expect(error.message.contains("作りません"), "\(error.message)")
        }
    }

    @Test func outputToATextFileStillWorks() throws {
        #expect(try TapeParser.parse("Output screens.txt", file: "t").lines.map(\.command) == [.output("screens.txt")])
    }

    @Test func theShippedVHSTapeRunsAndNotesItsCosmeticLines() throws {
        let result = try player().play(file: tapeFolder + "/vhs-syntax.tape", dataDirectory: nil)
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.passed == 2)
        #expect(result.notes.contains { $0.contains("Set FontSize") })
    }

    @Test func sourcePullsInAnotherTapeAndFailuresNameItsFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-vhs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Env SEIKYU_NOW 2026-12-03T09:00\nExpect \"メインメニュー\"\nExpect \"ない文言\"\n".write(toFile: folder + "/start.tape", atomically: true, encoding: .utf8)
        try "Source start.tape\nDown 3\nEnter\nExpect \"カレンダー\"\n".write(toFile: folder + "/main.tape", atomically: true, encoding: .utf8)
        let result = try player().play(file: folder + "/main.tape", dataDirectory: nil)
        #expect(result.passed == 2)
        #expect(result.failures.map(\.file) == [folder + "/start.tape"])
        #expect(result.failures.map(\.line) == [3])
    }

    @Test func aTapeThatSourcesItselfIsAnErrorNotAHang() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-vhs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Source loop.tape\nExpect \"メインメニュー\"\n".write(toFile: folder + "/loop.tape", atomically: true, encoding: .utf8)
        let result = try player().play(file: folder + "/loop.tape", dataDirectory: nil)
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.message.contains("自分自身") == true)
    }

    @Test func altSendsEscapeThenTheLetterAsATerminalDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-vhs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // On the menu, Esc does nothing and "4" opens the calendar: Alt+4 lands there too.
        let tape = try TapeParser.parse("Env SEIKYU_NOW 2026-12-03T09:00\nAlt+4\nExpect \"カレンダー\"\n", file: "alt.tape")
        let result = try player().play(tape, dataDirectory: folder)
        #expect(result.failures.isEmpty, "\(result.failures)")
    }
}
