@testable import ClaimTapes
import Foundation
import Testing

/// Issue 19: `seikyu play` without a data folder plays the tapes on several threads. The report
/// must be the one the tapes give played one after another: each result in its tape's place.
@Suite struct TapeBatchTests {
    @Test func resultsComeBackInTheOrderTheTapesWereGiven() throws {
        // Tapes of different lengths, so the threads finish them out of order.
        let names = ["help-every-step.tape", "main-menu.tape", "monthly-states.tape", "resize.tape",
                     "trouble-symptoms.tape", "calendar-marks.tape", "bad-input.tape", "resume.tape"]
        let files = names.map { tapeFolder + "/" + $0 }
        let player = try player()
        let oneByOne = files.map { player.play(file: $0, dataDirectory: nil) }
        let together = TapeBatch.play(files: files, player: player, workers: 3)
        #expect(together.map(\.file) == files)
        #expect(together == oneByOne)
    }

    @Test func aFailingTapeFailsTheSameWay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-batch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let failing = folder + "/failing.tape"
        try Data("Env SEIKYU_NOW 2026-12-03T09:00\nExpect \"存在しない文言\"\nExpect \"メインメニュー\"\n".utf8).write(to: URL(fileURLWithPath: failing))
        let files = [tapeFolder + "/main-menu.tape", failing, tapeFolder + "/resize.tape"]
        let player = try player()
        let together = TapeBatch.play(files: files, player: player, workers: 2)
        #expect(together == files.map { player.play(file: $0, dataDirectory: nil) })
        #expect(together[1].failures.map(\.line) == [2] && together[1].passed == 1)
        #expect(together[0].failures.isEmpty && together[2].failures.isEmpty)
    }

    /// Tapes that would write the same file play one after another, so the last one's file stays.
    @Test func tapesThatWriteTheSameFilePlayInTurn() throws {
        let plain = Tape(file: "a/x.tape", lines: [TapeLine(number: 1, command: .expect("x"))])
        let output = Tape(file: "b.tape", lines: [TapeLine(number: 1, command: .output("frames.txt"))])
        var player = try player()
        #expect(TapeBatch.sharesNoFile([plain, plain], player: player))
        #expect(!TapeBatch.sharesNoFile([plain, output], player: player))
        player.screensDirectory = "screens"
        #expect(!TapeBatch.sharesNoFile([plain, Tape(file: "b/x.tape", lines: [])], player: player))
        #expect(TapeBatch.sharesNoFile([plain, Tape(file: "b/y.tape", lines: [])], player: player))
        player.golden = GoldenFolder(directory: "golden", update: true)
        #expect(!TapeBatch.sharesNoFile([plain], player: player))
    }
}
