import ClaimFlow
import ClaimStore
import ClaimRuntime
import ClaimScreens
import ClaimTapes
import Foundation
import Testing

/// `seikyu record`: what is recorded replays to the same screens, and keeps no secret.
@Suite struct RecorderTests {
    @Test func aRecordedSessionReplaysAndHoldsNoPassword() throws {
        let password = "Rec9pwQz"
        let assets = packageRoot.appendingPathComponent("Assets").path
        let catalog = try AssetFolder.loadFlows(from: assets)
        let now = LocalDateTime(parsing: "2026-12-03T09:00")!
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-rec-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = Session(catalog: catalog, store: try SQLiteProgressStore(directory: folder), clock: { now })
        let recorder = TapeRecorder(start: now, width: 80, height: 24)
        recorder.screenShown(heading: session.screen.heading)
        var keys: [Key] = [.enter, .enter] + "さくら".map(Key.character) + [.enter] + "03-1234-5678".map(Key.character) + [.enter, .enter, .enter]
        keys += "0110113719".map(Key.character) + [.enter] + "2027-04-01".map(Key.character) + [.enter, .enter, .down, .down, .enter, .enter]
        keys += [.character(" "), .character(" "), .character(" "), .enter, .character(" "), .character(" "), .character(" "), .enter, .enter]
        keys += "12345678@tk123456".map(Key.character) + [.enter] + "山田".map(Key.character) + [.enter]
        keys += password.map(Key.character) + [.enter]
        for key in keys {
            recorder.record(key, typing: session.isTyping, secret: session.isTypingSecret)
            _ = session.handle(key)
            recorder.screenShown(heading: session.screen.heading)
        }
        #expect(session.screen.heading == "パスワードの文字の種類を確かめる")
        let text = recorder.text
        #expect(!text.contains(password))
        #expect(text.contains("Type \"Aaa0aaAa\""))
        #expect(text.contains("Space 3"))
        let tape = try TapeParser.parse(text, file: "recorded.tape")
        let result = try player().play(tape, dataDirectory: folder + "-replay")
        defer { try? FileManager.default.removeItem(atPath: folder + "-replay") }
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.passed >= 15)
    }
}
