import ArgumentParser
import ClaimFlow
import ClaimStore
import FoundationEssentials

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
        /// A flow run again and again (monthly, troubleshooting…) between runs: what it has kept.
        var summary: String?
    }

    struct Report: Encodable {
        var dataDirectory: String
        var flows: [FlowStatus]
    }

    func run() throws {
        let catalog = try reportingFailure { try options.settings.catalog() }
        let folder = options.settings.dataDirectory()
        let progress: SavedProgress
        let now = try options.settings.fixedNow() ?? JapanClock.now()
        switch SQLiteProgressStore.peek(directory: folder, now: now) {
        case .success(let loaded): progress = loaded
        case .failure(let problem):
            throw ExitWith(message: problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
        }
        let context = Context(catalog: catalog, now: now, rules: try reportingFailure { try options.settings.rules() },
                              desks: try reportingFailure { try options.settings.desks() })
        // Titles speak of today ({{claim.month}} …) as they do on the screen.
        let facts = Facts(AppState(progress: progress), context)
        let flows = MainMenu.flows(catalog).map { flow -> FlowStatus in
            guard let p = progress.flows[flow.id] else {
                if flow.repeatable {
                    return FlowStatus(id: flow.id, title: flow.title, state: "idle", summary: Self.kept(flow.role, progress, context))
                }
                return FlowStatus(id: flow.id, title: flow.title, state: "not-started")
            }
            let position = StepPath.position(in: flow, progress: p)
            return FlowStatus(id: flow.id, title: flow.title, state: p.completed ? "completed" : "in-progress",
                              step: p.current, stepTitle: flow.step(p.current).map { facts.fill($0.title) },
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
            case "idle": state = flow.summary ?? ""
            case "in-progress": state = "手順 \(flow.position ?? 0) / \(flow.total ?? 0)「\(flow.stepTitle ?? "")」（\(flow.updatedAt ?? "") 更新）"
            default: state = "未着手"
            }
            print("  \(flow.title)  \(state)")
        }
    }

    /// What a flow that is run again and again has kept, for the line between its runs.
    static func kept(_ role: FlowRole?, _ progress: SavedProgress, _ context: Context) -> String {
        switch role {
        case .monthly?:
            return Messages.monthly.glance(Today(progress, context).month, claimMonth: context.now.date.month)
        case .trouble?:
            guard let last = progress.triages.last else { return "記録はまだありません" }
            return "最後の記録: \(last.at.japanese) \(last.outcome)"
        case .changes?:
            return progress.changes.isEmpty ? "記録はまだありません" : "\(progress.changes.count) 件の記録"
        case .contacts?:
            return progress.contacts.isEmpty ? "登録はまだありません" : "\(progress.contacts.count) 件の登録"
        case .certificates?:
            return progress.certificates.isEmpty ? "登録はまだありません" : "\(progress.certificates.count) 台の登録"
        default:
            return ""
        }
    }
}
