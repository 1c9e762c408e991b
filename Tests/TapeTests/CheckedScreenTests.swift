import ClaimTapes
import Foundation
import Testing

/// Issue 19: the player draws the screen once for a run of checks. Every line that may change the
/// screen — a key, the clock, the size, a restart — must make the next check read a new frame,
/// never the one kept from before it.
@Suite struct CheckedScreenTests {
    func play(_ text: String) throws -> TapeResult {
        let tape = try TapeParser.parse(text, file: "checked.tape")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-checked-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try player().play(tape, dataDirectory: folder)
    }

    @Test(arguments: [
        // A key: the menu, then the setup flow's first step.
        "Env SEIKYU_NOW 2026-12-03T09:00\nExpect \"何をしますか\"\nEnter\nExpectNot \"何をしますか\"\nExpect \"オンライン請求を始める準備\"",
        // The clock: the menu says the new day with no key between.
        "Env SEIKYU_NOW 2026-12-03T09:00\nExpect \"2026年12月3日\"\nEnv SEIKYU_NOW 2026-12-04T09:00\nExpect \"2026年12月4日\"\nExpectNot \"2026年12月3日\"",
        // The size: too small, then large again.
        "Env SEIKYU_NOW 2026-12-03T09:00\nExpect \"何をしますか\"\nResize 40x12\nExpect \"画面が小さすぎます。\"\nResize 80x24\nExpect \"何をしますか\"",
        // A restart after quitting: the program's first screen again.
        "Env SEIKYU_NOW 2026-12-03T09:00\nEnter\nExpect \"オンライン請求を始める準備\"\nF10\nRestart\nExpect \"オンライン請求を始める準備\"\nEscape\nExpect \"何をしますか\"",
    ])
    func aCheckAfterAChangeReadsTheNewScreen(_ text: String) throws {
        let result = try play(text)
        #expect(result.failures.isEmpty, "\(result.failures.map(\.description).joined(separator: "\n"))")
        #expect(result.passed == text.split(separator: "\n").filter { $0.hasPrefix("Expect") }.count)
    }

    /// The last screen of a tape is the one after its last key, not the one its last check read.
    @Test func theFinalScreenFollowsTheLastKey() throws {
        let result = try play("Env SEIKYU_NOW 2026-12-03T09:00\nExpect \"何をしますか\"\nEnter")
        let final = try #require(result.snapshots.last { $0.name == "final" })
        #expect(final.text.contains("オンライン請求を始める準備"))
    }
}
