import ClaimFlow
import Foundation
@testable import seikyu
import Testing

/// Issue 19: the Assets folder read on the other thread gives the very catalog, rules, desks and error
/// messages that reading it on this thread gives.
@Suite struct BackgroundAssetsTests {
    let assets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Assets").path

    @Test func theSameAssetsAsThisThreadReads() throws {
        let settings = Settings(dataDir: nil, now: nil, assets: assets, plain: false)
        let loaded = BackgroundAssets(settings: settings).wait()
        let catalog = try loaded.catalog.get()
        #expect(catalog == (try settings.catalog()))
        #expect(catalog.flows.count == (try FileManager.default.contentsOfDirectory(atPath: assets + "/flows")).count)
        #expect(try loaded.rules.get() == (try settings.rules()))
        #expect(try loaded.desks.get() == (try settings.desks()))
        #expect(try loaded.desks.get().desks.isEmpty == false)
    }

    /// Two broken flow files and a broken calendar: each message is the one this thread's reading gives.
    @Test func theSameMessagesAsThisThreadGives() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("background-assets-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: assets, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        for name in ["flows/trouble.json", "flows/changes.json", "calendar.json"] {
            try Data("{\"id\": ".utf8).write(to: URL(fileURLWithPath: copy + "/" + name))
        }
        let settings = Settings(dataDir: nil, now: nil, assets: copy, plain: false)
        let loaded = BackgroundAssets(settings: settings).wait()
        let here = #expect(throws: (any Error).self) { try settings.catalog() }
        let there = #expect(throws: (any Error).self) { try loaded.catalog.get() }
        #expect(there.map { "\($0)" } == here.map { "\($0)" })
        #expect(there.map { "\($0)" }?.contains("flows/changes.json") == true)
        let rulesHere = #expect(throws: (any Error).self) { try settings.rules() }
        let rulesThere = #expect(throws: (any Error).self) { try loaded.rules.get() }
        #expect(rulesThere.map { "\($0)" } == rulesHere.map { "\($0)" })
        #expect(rulesThere.map { "\($0)" }?.contains("calendar.json") == true)
        #expect(throws: Never.self) { try loaded.desks.get() }
    }

    /// Flows that are not the shipped ones are checked, each on the core that decoded it: a step that
    /// goes nowhere in a large file (the other core) and in a small one (this core) is named as reading
    /// one file after another names it, and valid edited flows make the catalog one thread makes.
    @Test func editedFlowsAreCheckedAsOneThreadChecksThem() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("background-checks-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: assets, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let settings = Settings(dataDir: nil, now: nil, assets: copy, plain: false)
        // Valid but edited: not the checked bytes, so every check runs.
        let trouble = copy + "/flows/trouble.json"
        try (String(contentsOfFile: trouble, encoding: .utf8) + "\n").write(toFile: trouble, atomically: true, encoding: .utf8)
        let edited = try BackgroundAssets(settings: settings).wait().catalog.get()
        #expect(edited == (try settings.catalog()))
        for name in ["trouble.json", "changes.json"] {
            let path = copy + "/flows/" + name
            let text = try String(contentsOfFile: path, encoding: .utf8)
            guard let next = text.range(of: "\"next\": \"") else { Issue.record("no next in \(name)"); return }
            try text.replacingCharacters(in: next, with: "\"next\": \"nowhere-").write(toFile: path, atomically: true, encoding: .utf8)
        }
        let here = #expect(throws: (any Error).self) { try settings.catalog() }
        let there = #expect(throws: (any Error).self) { try BackgroundAssets(settings: settings).wait().catalog.get() }
        #expect(there.map { "\($0)" } == here.map { "\($0)" })
        #expect(there.map { "\($0)" }?.contains("flows/changes.json") == true)
    }
}
