import ArgumentParser
import ClaimFlow
import ClaimStore
import Foundation

/// `seikyu status [--json]` — where each flow stands, without opening the screen.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "各手順の進み具合を表示します")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "JSON で出力する")
    var json = false

    struct FlowStatus: Encodable {
        var id: String
        var title: String
        var state: String
        var step: String?
        var stepTitle: String?
        var position: Int?
        var total: Int?
        var updatedAt: String?
    }

    struct Report: Encodable {
        var dataDirectory: String
        var flows: [FlowStatus]
    }

    func run() throws {
        let catalog = try reportingFailure { try options.catalog() }
        let folder = options.dataDirectory()
        let progress: SavedProgress
        switch SQLiteProgressStore.peek(directory: folder, now: try options.fixedNow() ?? JapanClock.now()) {
        case .success(let loaded): progress = loaded
        case .failure(let problem):
            throw ExitWith(message: problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
        }
        let flows = MainMenu.flowIDs.compactMap(catalog.flow).map { flow -> FlowStatus in
            guard let p = progress.flows[flow.id] else {
                return FlowStatus(id: flow.id, title: flow.title, state: "not-started")
            }
            let position = StepPath.position(in: flow, progress: p)
            return FlowStatus(id: flow.id, title: flow.title, state: p.completed ? "completed" : "in-progress",
                              step: p.current, stepTitle: flow.step(p.current)?.title,
                              position: position.step, total: position.of, updatedAt: p.updatedAt.description)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(Report(dataDirectory: folder, flows: flows))
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print("データの保存先: \(folder)")
        for flow in flows {
            let state: String
            switch flow.state {
            case "completed": state = "完了"
            case "in-progress": state = "手順 \(flow.position ?? 0) / \(flow.total ?? 0)「\(flow.stepTitle ?? "")」（\(flow.updatedAt ?? "") 更新）"
            default: state = "未着手"
            }
            print("  \(flow.title)  \(state)")
        }
    }
}
