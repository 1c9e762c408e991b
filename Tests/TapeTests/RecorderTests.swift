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
        // Issue 14: the claim PC's name and the certificate's issue date come before the network ID.
        keys += "1号機".map(Key.character) + [.enter] + "2026-11-20".map(Key.character) + [.enter]
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

    /// Issue 17, 6: recorded from a folder that already has progress, the tape keeps a copy of
    /// that progress beside it and replays from a copy of it; from an empty folder it would not.
    @Test func aRecordingFromAFolderWithProgressKeepsItsStartAndReplaysFromIt() throws {
        let assets = packageRoot.appendingPathComponent("Assets").path
        let catalog = try AssetFolder.loadFlows(from: assets)
        let now = LocalDateTime(parsing: "2026-12-03T09:00")!
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-rec-start-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/data"
        // Earlier work in the folder: setup begun, the name typed.
        let earlier = Session(catalog: catalog, store: try SQLiteProgressStore(directory: folder), clock: { now })
        for key in [Key.enter, .enter] + "さくら".map(Key.character) + [.enter] { _ = earlier.handle(key) }
        earlier.close()

        let store = try SQLiteProgressStore(directory: folder, window: true)
        let session = Session(catalog: catalog, store: store, clock: { now })
        let tape = root + "/resume.tape"
        let start = RecordingStart.keep(store, progress: session.state.progress, besides: tape)
        #expect(start == .kept(folder: root + "/resume.start"))
        let recorder = TapeRecorder(start: now, width: 80, height: 24, notes: start.tapeNotes(tape: tape))
        recorder.screenShown(heading: session.screen.heading)
        for key in "03-1234-5678".map(Key.character) + [.enter] {
            recorder.record(key, typing: session.isTyping, secret: session.isTypingSecret)
            _ = session.handle(key)
            recorder.screenShown(heading: session.screen.heading)
        }
        #expect(session.screen.heading == "点数表")
        session.close()
        #expect(recorder.text.contains("# 記録を始めたとき、データのフォルダにはすでに進み具合がありました。その控えを resume.start/ に残しました。"))
        let parsed = try TapeParser.parse(recorder.text, file: "resume.tape")

        // From a copy of the kept start it replays; from an empty folder it does not.
        try FileManager.default.copyItem(atPath: root + "/resume.start", toPath: root + "/replay")
        let replayed = try player().play(parsed, dataDirectory: root + "/replay")
        #expect(replayed.failures.isEmpty, "\(replayed.failures)")
        let fromEmpty = try player().play(parsed, dataDirectory: root + "/empty")
        #expect(!fromEmpty.failures.isEmpty, "the tape needs its starting progress")
        // A second recording never writes into an existing copy.
        #expect(RecordingStart.keep(store, progress: session.state.progress, besides: tape) != .kept(folder: root + "/resume.start"))
    }
}
