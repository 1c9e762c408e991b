/// What the Swift code relies on in the flow assets (issue 10): the flows, steps and options it
/// reads answers from. Everything the code needs is named here and nowhere else, and checked
/// when the assets load, so renaming a step in the JSON stops start-up with a message naming the
/// file and the step instead of silently dropping a rule.
public enum FlowContract {
    public struct Requirement: Sendable {
        public var flow: String
        public var step: String
        public var kind: StepKind
        /// Option ids the code compares answers with (choice steps).
        public var options: [String]
        /// Why the code needs it, in the words of the error message.
        public var use: String
    }

    /// Flow ids.
    public enum Flows {
        public static let setup = "setup"
        public static let monthly = "monthly"
        public static let trouble = "trouble"
        public static let changes = "changes"
        public static let contacts = "contacts"
        public static let `extension` = "extension"
    }

    /// Steps of the setup profile that other flows, the timeline and the memo read.
    public enum Setup {
        public static let clinicName = "clinic-name"
        public static let scoreTable = "score-table"
        public static let clinicCode = "clinic-code"
        public static let receiptNumber = "receipt-number"
        /// 指定日 (S2): the timeline and the first claim month.
        public static let designation = "designation"
        public static let lineType = "line-type"
        public static let ipsecProvider = "ipsec-provider"
        public static let networkID = "network-id"
    }

    /// Option ids the code compares with.
    public enum Options {
        public static let dental = "dental"
        public static let pharmacy = "pharmacy"
        public static let ipsec = "ipsec"
        /// A troubleshooting check that solved the problem.
        public static let fixed = "fixed"
    }

    /// Steps of the troubleshooting flow the record and the memo read (T10, T11).
    public enum Trouble {
        public static let symptom = "symptom"
        public static let otherText = "other-text"
        public static let message = "message"
        public static let started = "started"
        public static let lineType = "line-type"
        public static let solved = "solved"
        public static let outageWait = "outage-wait"
        public static let deskNetwork = "desk-network"
        public static let deskPortal = "desk-portal"
        public static let deskOshiPortal = "desk-oshi-portal"
        public static let deskClaim = "desk-claim"
        public static let deskMaker = "desk-maker"
        public static let deskUsual = "desk-usual"
    }

    public static let requirements: [Requirement] = [
        Requirement(flow: Flows.setup, step: Setup.clinicName, kind: .text, options: [], use: "相談メモに医療機関名を書きます"),
        Requirement(flow: Flows.setup, step: Setup.scoreTable, kind: .choice, options: [Options.dental, Options.pharmacy],
                    use: "点数表に合う操作手順書を示します"),
        Requirement(flow: Flows.setup, step: Setup.clinicCode, kind: .text, options: [], use: "相談メモに医療機関コードを書きます"),
        Requirement(flow: Flows.setup, step: Setup.receiptNumber, kind: .text, options: [], use: "コードがまだのとき受付番号を書きます"),
        Requirement(flow: Flows.setup, step: Setup.designation, kind: .text, options: [],
                    use: "指定日から日程と最初の請求月を計算します（変更禁止の期間も）"),
        Requirement(flow: Flows.setup, step: Setup.lineType, kind: .choice, options: [Options.ipsec],
                    use: "回線の種類で窓口と確かめる順番を決めます"),
        Requirement(flow: Flows.setup, step: Setup.ipsecProvider, kind: .choice, options: [], use: "IPsec+IKE の窓口を決めます"),
        Requirement(flow: Flows.setup, step: Setup.networkID, kind: .text, options: [], use: "691 のときに入力と見比べます"),
        Requirement(flow: Flows.trouble, step: Trouble.symptom, kind: .choice, options: [], use: "記録と相談メモに症状を書きます"),
        Requirement(flow: Flows.trouble, step: Trouble.otherText, kind: .text, options: [], use: "「その他」の症状を書きます"),
        Requirement(flow: Flows.trouble, step: Trouble.message, kind: .text, options: [], use: "表示された文言を書きます"),
        Requirement(flow: Flows.trouble, step: Trouble.started, kind: .choice, options: [], use: "いつからかを書きます"),
        Requirement(flow: Flows.trouble, step: Trouble.lineType, kind: .choice, options: [Options.ipsec],
                    use: "回線の種類で窓口を決めます"),
        Requirement(flow: Flows.trouble, step: Trouble.solved, kind: .summary, options: [], use: "解決した記録を残します"),
        Requirement(flow: Flows.trouble, step: Trouble.outageWait, kind: .info, options: [], use: "障害・混雑の記録を残します"),
        Requirement(flow: Flows.trouble, step: Trouble.deskNetwork, kind: .info, options: [], use: "回線の窓口を示します"),
        Requirement(flow: Flows.trouble, step: Trouble.deskPortal, kind: .info, options: [], use: "ポータルの窓口を示します"),
        Requirement(flow: Flows.trouble, step: Trouble.deskOshiPortal, kind: .info, options: [], use: "オン資ポータルの窓口を示します"),
        Requirement(flow: Flows.trouble, step: Trouble.deskClaim, kind: .info, options: [], use: "ヘルプデスクを示します"),
        Requirement(flow: Flows.trouble, step: Trouble.deskMaker, kind: .info, options: [], use: "カードリーダーのメーカーを示します"),
        Requirement(flow: Flows.trouble, step: Trouble.deskUsual, kind: .info, options: [], use: "いつもの窓口を示します"),
    ]

    /// Every flow the menu names must exist too.
    static let requiredFlows = [Flows.setup, Flows.monthly, Flows.trouble, Flows.changes, Flows.contacts, Flows.extension]

    /// Checks the loaded flows against what the code needs; the error names the file and the step.
    public static func check(_ flows: [(file: String, flow: FlowDefinition)]) throws(FlowAssetError) {
        for id in requiredFlows where !flows.contains(where: { $0.flow.id == id }) {
            throw FlowAssetError(file: "flows/", problem: "フロー \"\(id)\" がありません（プログラムが使います）。")
        }
        for requirement in requirements {
            guard let (file, flow) = flows.first(where: { $0.flow.id == requirement.flow }) else { continue }
            guard let step = flow.step(requirement.step) else {
                throw FlowAssetError(file: file, stepID: requirement.step,
                                     problem: "この手順がありません。プログラムが使います（\(requirement.use)）。id を元に戻してください。")
            }
            guard step.kind == requirement.kind else {
                throw FlowAssetError(file: file, stepID: requirement.step,
                                     problem: "種類は \"\(requirement.kind.rawValue)\" のはずです（\(requirement.use)）。")
            }
            for option in requirement.options where !step.options.contains(where: { $0.id == option }) {
                throw FlowAssetError(file: file, stepID: requirement.step,
                                     problem: "選択肢 \"\(option)\" がありません。プログラムが使います（\(requirement.use)）。")
            }
        }
    }
}
