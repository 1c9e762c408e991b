import ClaimFlow
import ClaimStore
import Foundation

/// The package's own Assets folder, so tests exercise the flows that ship.
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

/// Drives the reducer the way the keyboard would.
struct Driver {
    var state = AppState()
    let context: Context
    var effects: [Effect] = []

    init(_ catalog: FlowCatalog, now: LocalDateTime = december3) {
        context = Context(catalog: catalog, now: now)
    }

    mutating func send(_ events: Event...) {
        for event in events { effects += Reducer.reduce(&state, event, context) }
    }

    var setup: FlowProgress? { state.progress.flows["setup"] }

    /// Opens setup and answers the profile up to the line-type choice.
    mutating func toLineType() {
        send(.accept, .accept, .insert("さくら内科"), .accept, .accept, .accept, .insert("0110113719"), .accept,
             .insert("2027-04-01"), .accept)
    }

    /// From the line type (IPv6, shared PC with certificate) to the equipment checklist.
    mutating func toEquipment() {
        toLineType()
        send(.pick(2), .accept, .accept, .accept)
    }
}
