import ClaimFlow
import ClaimScreens
import ClaimStore
import ClaimTapes
import Foundation
import Testing

let demoTapeFolder = tapeFolder + "/demo"

func demoTapes() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: demoTapeFolder)) ?? []).filter { $0.hasSuffix(".tape") }.sorted()
}

/// A stage that remembers what live playback would show, and how long it would wait.
final class RecordingStage: TapeStage {
    var shown: [CellGrid] = []
    var captions: [String?] = []
    var waits: [Int] = []
    func show(_ grid: CellGrid) { shown.append(grid) }
    func pause(milliseconds: Int) -> Bool { waits.append(milliseconds); return true }
    func caption(_ text: String?) { captions.append(text) }
}

/// Trainers (issue 17, 5): demo tapes that cannot rot, captions, a human pace, `Env` at once.
@Suite struct TrainerTests {
    func demoPlayer() throws -> HeadlessPlayer {
        var player = try player()
        player.demo = true
        player.seed = try AssetFolder.loadDemo(from: packageRoot.appendingPathComponent("Assets").path)
        return player
    }

    @Test func thereIsADemoTapeForTheMainFlows() {
        #expect(demoTapes().count >= 2)
    }

    @Test(arguments: demoTapes())
    func demoTapePassesHeadlessAgainstTheDemoClinic(_ name: String) throws {
        let result = try demoPlayer().play(file: demoTapeFolder + "/" + name, dataDirectory: nil)
        #expect(result.failures.isEmpty, "\(result.failures.map(\.description).joined(separator: "\n"))")
        #expect(result.passed >= 3, "a demo tape checks the screens it shows")
    }

    @Test func captionsReachTheStageAndNotTheScreen() throws {
        let stage = RecordingStage()
        let tape = try TapeParser.parse("Caption \"ようこそ\"\nExpect \"メインメニュー\"\nCaption \"\"\n", file: "c.tape")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-trainer-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try player().play(tape, dataDirectory: folder, stage: stage)
        #expect(result.failures.isEmpty)
        #expect(stage.captions == ["ようこそ", nil])
        #expect(!(result.snapshots.last?.text.contains("ようこそ") ?? true))
    }

    @Test func theOverlayShowsTheCaptionAndThePausedBannerOnTheBottomRow() {
        var grid = CellGrid(width: 80, height: 24)
        grid.write("メインメニュー", row: 1, column: 2)
        let captioned = StageOverlay.decorate(grid, caption: "ようこそ", paused: false)
        #expect(captioned.lines[23].contains("ようこそ"))
        #expect(captioned.lines[1] == grid.lines[1])
        let paused = StageOverlay.decorate(grid, caption: "ようこそ", paused: true)
        #expect(paused.lines[23].contains("一時停止中"))
        #expect(StageOverlay.decorate(grid, caption: nil, paused: false) == grid)
    }

    @Test func livePlaybackIsAtHumanSpeedAndSpeedScalesIt() throws {
        let tape = try TapeParser.parse("Type \"ab\"\nEnter\nSleep 1\n", file: "p.tape")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-trainer-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let human = RecordingStage()
        _ = try player().play(tape, dataDirectory: folder + "/a", stage: human)
        #expect(human.waits == [120, 120, 700, 1000])
        var fast = try player()
        fast.pace.speed = 2
        let doubled = RecordingStage()
        _ = fast.play(tape, dataDirectory: folder + "/b", stage: doubled)
        #expect(doubled.waits == [60, 60, 350, 500])
    }

    @Test func envRedrawsAtOnceWithTheNewDate() throws {
        let stage = RecordingStage()
        let tape = try TapeParser.parse("Env SEIKYU_NOW 2026-12-03T09:00\nEnv SEIKYU_NOW 2026-12-10T15:00\nExpect \"12月10日\"\n", file: "e.tape")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-trainer-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try player().play(tape, dataDirectory: folder, stage: stage)
        #expect(stage.shown.last?.lines[0].contains("2026年12月10日") == true)
    }
}

/// docs/trainer-demo.md carries the five-minute tape word for word, and the tape is replayed
/// against the demo clinic above: the trainer's script cannot fall behind the screens.
@Suite struct TrainerScriptTests {
    @Test func theTrainersScriptIsTheReplayedTape() throws {
        let doc = try String(contentsOfFile: packageRoot.appendingPathComponent("docs/trainer-demo.md").path, encoding: .utf8)
        let tape = try String(contentsOfFile: demoTapeFolder + "/five-minutes.tape", encoding: .utf8)
        #expect(doc.contains("```tape\n" + tape + "```"))
        #expect(demoTapes().contains("five-minutes.tape"))
    }
}
