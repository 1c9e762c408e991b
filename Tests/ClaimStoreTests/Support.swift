import ClaimFlow
import ClaimStore
import Foundation

/// The package's own Assets folder, so the store is tested with the flows that ship.
let assetsDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Assets").path

func shippedCatalog() throws -> FlowCatalog {
    try AssetFolder.loadFlows(from: assetsDirectory)
}

let december3 = LocalDateTime(year: 2026, month: 12, day: 3, hour: 9, minute: 0)!

func temporaryFolder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-test-\(UUID().uuidString)").path
}
