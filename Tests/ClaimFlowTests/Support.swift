import ClaimFlow
import ClaimStore
import Foundation
import Testing

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

/// Drives the reducer the way the keyboard would, by step id: each helper first checks that the
/// flow stands on the step it names, so a test reads as the path it walks, and a changed path
/// fails naming the step instead of silently answering a different question.
struct Driver {
    var state = AppState()
    let context: Context
    var effects: [Effect] = []

    init(_ catalog: FlowCatalog, now: LocalDateTime = december3, desks: DeskDirectory = DeskDirectory(desks: [])) {
        context = Context(catalog: catalog, now: now, desks: desks)
    }

    mutating func send(_ events: Event...) {
        for event in events { effects += Reducer.reduce(&state, event, context) }
    }

    func run(_ flowID: String) -> FlowProgress? { state.progress.flows[flowID] }

    /// What the field of the step on screen holds (its own draft, else its earlier answer).
    func field(_ flowID: String) -> FieldContent? {
        run(flowID).map { state.fieldContent(flow: flowID, step: $0.current, secret: false) }
    }

    /// The flow on screen, nil on the menu or the calendar.
    var openFlowID: String? {
        if case .flow(let id) = state.progress.location { return id }
        return nil
    }

    /// The step on screen, nil outside a flow.
    var current: String? { openFlowID.flatMap { run($0)?.current } }

    /// Opens a flow from the main menu by its number there (looked up, not assumed).
    mutating func open(_ flowID: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard state.progress.location == .menu else {
            Issue.record("open \(flowID): not on the menu but on \(state.progress.location)", sourceLocation: sourceLocation)
            return
        }
        guard let index = MainMenu.items(context.catalog).firstIndex(of: .flow(flowID)) else {
            Issue.record("open \(flowID): the menu has no such entry", sourceLocation: sourceLocation)
            return
        }
        send(.pick(index + 1))
    }

    /// The definition of the step on screen, which must be `stepID`.
    @discardableResult
    func expectStep(_ stepID: String, sourceLocation: SourceLocation = #_sourceLocation) -> StepDefinition? {
        guard current == stepID, let flowID = openFlowID, let step = context.catalog.flow(flowID)?.step(stepID) else {
            Issue.record("expected step \(stepID), on \(current ?? "\(state.progress.location)")", sourceLocation: sourceLocation)
            return nil
        }
        return step
    }

    /// Enter on a step that only asks to go on (info, confirm, summary).
    mutating func next(on stepID: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectStep(stepID, sourceLocation: sourceLocation) != nil else { return }
        send(.accept)
    }

    /// Moves the highlight to the option with this id, as Up/Down would, and presses Enter.
    mutating func choose(_ optionID: String, on stepID: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let step = expectStep(stepID, sourceLocation: sourceLocation) else { return }
        guard let index = step.options.firstIndex(where: { $0.id == optionID }) else {
            Issue.record("\(stepID) has no option \(optionID)", sourceLocation: sourceLocation)
            return
        }
        send(.moveFirst)
        for _ in 0..<index { send(.moveDown) }
        send(.accept)
    }

    /// Ticks every item shown (or only those named) and presses Enter.
    mutating func tick(_ itemIDs: [String]? = nil, on stepID: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let step = expectStep(stepID, sourceLocation: sourceLocation), let run = openFlowID.flatMap(run) else { return }
        let shown = step.visibleItems(run.answers).map(\.id)
        for id in itemIDs ?? shown where !shown.contains(id) {
            Issue.record("\(stepID) does not show item \(id) (shows \(shown))", sourceLocation: sourceLocation)
        }
        send(.moveFirst)
        for id in shown {
            let wanted = (itemIDs ?? shown).contains(id)
            let ticked = self.run(openFlowID ?? "")?.checkedItems(stepID).contains(id) ?? false
            // A tick moves the highlight down by itself, as clerks work down a paper list.
            if wanted && !ticked { send(.toggle) } else { send(.moveDown) }
        }
        send(.accept)
    }

    /// Types into the field of a text or readback step and presses Enter.
    mutating func type(_ text: String, on stepID: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectStep(stepID, sourceLocation: sourceLocation) != nil else { return }
        send(.insert(text), .accept)
    }
}
