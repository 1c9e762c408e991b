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

/// A small flow of its own, so store tests do not depend on the shipped setup.json:
/// a checklist (two windows tick different items) and an audited text field.
func fixtureCatalog() throws -> FlowCatalog {
    let checklist = StepDefinition(id: "equipment", kind: .checklist, title: "機器",
                                   items: ["pc", "router", "reader"].map { ChecklistItem(id: $0, text: $0) },
                                   next: [Transition(goto: "name")])
    let name = StepDefinition(id: "name", kind: .text, title: "名前", field: TextField(label: "名前", audit: true),
                              next: [Transition(goto: "password")])
    let secret = StepDefinition(id: "password", kind: .text, title: "パスワード",
                                field: TextField(label: "ネットワークパスワード", secret: true), next: [Transition(goto: "done")])
    let done = StepDefinition(id: "done", kind: .info, title: "完了")
    let setup = FlowDefinition(id: "setup", title: "S", summary: "", steps: [checklist, name, secret, done], role: .setup)
    let others = [FlowRole.monthly, .trouble].map {
        FlowDefinition(id: $0.rawValue, title: $0.rawValue, summary: "", steps: [StepDefinition(id: "i", kind: .info, title: "I")], role: $0)
    }
    return try FlowCatalog(validating: ([setup] + others).map { ("fixture", $0) })
}

/// A data folder that is removed when the test ends.
final class ScratchFolder {
    let path = temporaryFolder()
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { path + "/" + name }
}

func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
