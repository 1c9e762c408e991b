import FoundationEssentials

/// A flow as written in `Assets/flows/*.json`: the words and the order of the steps are data,
/// so trainers and support staff can correct wording without touching code.
public struct FlowDefinition: Equatable, Sendable {
    public var id: String
    public var title: String
    /// One line under the menu entry.
    public var summary: String
    public var steps: [StepDefinition] {
        didSet { stepIndex = Self.index(of: steps) }
    }
    /// Each step's place by id (the first, should an id repeat): every key asks for steps by id along
    /// the path, and a scan comparing ids was a quarter of the shipped tape suite (issue 19).
    var stepIndex: [String: Int] = [:]
    /// What finishing the flow records (a 受領書, a change, an extension).
    public var onComplete: CompletionAction?
    /// A flow done again and again (every month, every change): finishing clears its answers.
    public var repeatable: Bool
    /// Answers copied from another flow when this one starts (step id → "flow/step"): the
    /// troubleshooting knows the line type from the setup profile and skips asking.
    public var prefill: [String: String]
    /// What the program knows this flow as (FlowRoles.swift); nil for a flow the code never names.
    public var role: FlowRole?

    public init(id: String, title: String, summary: String, steps: [StepDefinition],
                onComplete: CompletionAction? = nil, repeatable: Bool = false, role: FlowRole? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.steps = steps
        self.stepIndex = Self.index(of: steps)
        self.onComplete = onComplete
        self.repeatable = repeatable
        self.prefill = [:]
        self.role = role
    }

    public func step(_ id: String) -> StepDefinition? { stepIndex[id].map { steps[$0] } }

    static func index(of steps: [StepDefinition]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (place, step) in steps.enumerated() where index[step.id] == nil { index[step.id] = place }
        return index
    }
    /// The step that carries a role (checked unique at load).
    public func step(role: StepRole) -> StepDefinition? { steps.first { $0.role == role } }
    public var firstStep: StepDefinition? { steps.first }
}

public enum StepKind: String, Codable, Sendable, CaseIterable {
    /// Text to read; Enter goes on.
    case info
    /// Items ticked with Space; Enter goes on only when every required item is ticked.
    case checklist
    /// Exactly one option; Enter picks the highlighted one.
    case choice
    /// A second person reads an identifier back against the paper, character by character,
    /// and types their name (I3); who and when go to the audit trail.
    case readback
    /// One line of text checked by a named validator.
    case text
    /// "Is this right?" — Enter confirms, Esc goes back to correct.
    case confirm
    /// The answers given on the way here.
    case summary
}

public struct StepDefinition: Equatable, Sendable {
    public var id: String
    public var kind: StepKind
    public var title: String
    /// What a sentence calls this step's answer ("ネットワークID"), when the title is too long for
    /// one ("ネットワークID を入力する（IP-VPN IPv4）"); nil: the title.
    public var short: String?
    public var body: [String]
    /// F1 text for this step.
    public var help: [String]
    /// Domain rule tags (domain.md) this step encodes, e.g. ["S2", "C3"]: for reviewers.
    public var rules: [String]
    public var items: [ChecklistItem]
    public var options: [ChoiceOption]
    public var field: TextField?
    /// For `readback`: the text step whose answer is read back.
    public var source: String?
    public var next: [Transition]
    /// What accepting this step writes to the records (the monthly submission per payer).
    public var record: StepRecord?
    /// What the code reads this step's answer as (FlowRoles.swift).
    public var role: StepRole?
    /// The desk this step hands the clinic over to (an id of contacts.json, or `line`: the desk of
    /// the clinic's line, T10); the triage's record names it.
    public var desk: String?

    /// The `desk` value for the desk of the clinic's own line (T10).
    public static let lineDesk = "line"

    public init(id: String, kind: StepKind, title: String, body: [String] = [], help: [String] = [],
                rules: [String] = [], items: [ChecklistItem] = [], options: [ChoiceOption] = [],
                field: TextField? = nil, source: String? = nil, next: [Transition] = [], record: StepRecord? = nil,
                role: StepRole? = nil, desk: String? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.body = body
        self.help = help
        self.rules = rules
        self.items = items
        self.options = options
        self.field = field
        self.source = source
        self.next = next
        self.record = record
        self.role = role
        self.desk = desk
    }

    /// The name of this step's answer in a sentence.
    public var shortName: String { short ?? title }

    /// The id of this step's option that carries a role.
    public func option(role: OptionRole) -> String? { options.first { $0.role == role }?.id }

    /// The label of a chosen option.
    public func label(ofOption id: String) -> String? { options.first { $0.id == id }?.label }

    /// Takes typed text (a text field, or the checker's name on a readback).
    public var takesText: Bool { flowStep.takesText }

    /// Checklist items that apply, given the answers (an item's `when` names earlier choices).
    public func visibleItems(_ answers: [String: Answer]) -> [ChecklistItem] {
        items.filter { $0.when.holds(answers) }
    }
}

public struct ChecklistItem: Equatable, Sendable {
    public var id: String
    public var text: String
    /// Extra line shown under the highlighted item (what to prepare, where to find it).
    public var detail: String?
    public var required: Bool
    /// Shown only when earlier choices match, e.g. the certificate fee only when the PC has
    /// no オン資 certificate.
    public var when: Guard

    public init(id: String, text: String, detail: String? = nil, required: Bool = true, when: Guard = .always) {
        self.id = id
        self.text = text
        self.detail = detail
        self.required = required
        self.when = when
    }
}

public struct ChoiceOption: Equatable, Sendable {
    public var id: String
    public var label: String
    public var detail: String?
    /// What the code compares an answer with (FlowRoles.swift).
    public var role: OptionRole?

    public init(id: String, label: String, detail: String? = nil, role: OptionRole? = nil) {
        self.id = id
        self.label = label
        self.detail = detail
        self.role = role
    }
}

public struct TextField: Equatable, Sendable {
    public var label: String
    public var validator: TextValidatorName
    public var maxLength: Int
    /// Secret fields (the network password) are never written anywhere (design.md §6).
    public var secret: Bool
    public var example: String?
    /// Shows the lookalike-safe ID entry (each character in its own cell, with its reading).
    public var identifier: IdentifierAnalysis.Kind?
    /// What is entered goes to the audit trail too (names of the people responsible).
    public var audit: Bool
    /// `flow/step` of an earlier text answer to compare an identifier with, position by position
    /// (T4: the network ID typed in the triage against the one recorded at setup).
    public var compareWith: String?

    public init(label: String, validator: TextValidatorName = .nonEmpty, maxLength: Int = 60,
                secret: Bool = false, example: String? = nil, identifier: IdentifierAnalysis.Kind? = nil, audit: Bool = false) {
        self.label = label
        self.validator = validator
        self.maxLength = maxLength
        self.secret = secret
        self.example = example
        self.identifier = identifier
        self.audit = audit
    }

    /// The earlier answer named by `compareWith`, when there is one and it applies (a network ID
    /// typed before the line became IPv6 is not compared with).
    public func recordedValue(in progress: SavedProgress, catalog: FlowCatalog) -> String? {
        guard let compareWith, case .text(let text)? = catalog.applicableAnswer(compareWith, in: progress), !text.isEmpty else { return nil }
        return text
    }
}

/// Where to go after a step. The first transition whose `when` matches the answers wins;
/// the last one must be unconditional so the path is always known.
public struct Transition: Equatable, Sendable {
    /// What earlier choices must be for this transition to be taken.
    public var when: Guard
    public var goto: String

    public init(when: Guard = .always, goto: String) {
        self.when = when
        self.goto = goto
    }

}
