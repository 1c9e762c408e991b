import ClaimFlow
import ClaimStore
import Foundation
@testable import seikyu
import Testing

/// Issue 19: the flows decoded on two threads make the very catalog, and the very error, that one
/// thread made.
@Suite struct TwoCoreFlowsTests {
    let assets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Assets").path

    @Test func theSameCatalogAsOneThreadMakes() throws {
        let twoCores = try TwoCoreFlows(assets: assets).catalog().get()
        #expect(twoCores == (try AssetFolder.loadFlows(from: assets)))
        #expect(twoCores.flows.count == (try FileManager.default.contentsOfDirectory(atPath: assets + "/flows")).count)
    }

    /// A large file (decoded on the other thread) and a small one (on this one) both broken: the error
    /// named is the one the sequential load names.
    @Test func theSameErrorAsOneThreadGives() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("two-core-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try FileManager.default.copyItem(atPath: assets + "/flows", toPath: copy + "/flows")
        for name in ["trouble.json", "changes.json"] {
            try Data("{\"id\": ".utf8).write(to: URL(fileURLWithPath: copy + "/flows/" + name))
        }
        let sequential = #expect(throws: FlowAssetError.self) { try AssetFolder.loadFlows(from: copy) }
        let twoCores = #expect(throws: FlowAssetError.self) { try TwoCoreFlows(assets: copy).catalog().get() }
        #expect(sequential != nil && twoCores == sequential)
        #expect(twoCores?.file == "flows/changes.json")
    }
}
