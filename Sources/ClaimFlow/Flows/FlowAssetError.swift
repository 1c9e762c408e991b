/// A flow asset that cannot be used, with enough detail to fix it without reading code.
public struct FlowAssetError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var stepID: String?
    /// What is wrong, as a value; `AssetMessages` words it.
    public var reason: AssetProblem

    public init(file: String, stepID: String? = nil, _ reason: AssetProblem) {
        self.file = file
        self.stepID = stepID
        self.reason = reason
    }

    /// For callers that word their own problem (FlowContract, the asset folder): kept as given.
    public init(file: String, stepID: String? = nil, problem: String) {
        self.init(file: file, stepID: stepID, .described(problem))
    }

    /// The problem, worded by the asset catalog.
    public var problem: String { Messages.assets.problem(reason) }

    public var description: String { Messages.assets.error(file: file, stepID: stepID, problem: problem) }
}

/// Why a flow asset cannot be used (what FlowValidator and the decoder find).
public enum AssetProblem: Equatable, Sendable {
    case emptyFlowID
    case noSteps
    case emptyStepID(title: String)
    case duplicateStepID
    case emptyTitle
    /// A shipped step without F1 help (issue 15): every step explains itself.
    case helpMissing
    /// A `{{name}}` that is not a fact; `known` lists the ones that are.
    case unknownFact(name: String, known: [String])
    case checklistWithoutItems
    case duplicateItemID(String)
    case choiceWithoutOptions
    case duplicateOptionID(String)
    /// A text or readback step without its field.
    case fieldMissing(kind: StepKind)
    case readbackSourceNotText
    case maxLengthOutOfRange
    /// A field both `secret` and `audit`: the password would be written to the audit trail.
    case secretAudited
    case recordOnWrongKind(record: String, kind: StepKind)
    case recordNeedsPayer(record: String)
    case receiptNeedsNumberStep
    case nextStepMissing(String)
    case lastTransitionConditional
    /// A `when` that cannot be decided on the way to this step: on a checklist item (its id) or on `next` (nil).
    case badCondition(item: String?, ConditionProblem)
    case prefillShape
    case cycle(to: String)
    case duplicateFlowID(id: String, otherFile: String)
    /// The bytes are not JSON at all.
    case notJSON
    case badValue(detail: String)
    case missingKey(String)
    /// A member of the wrong kind of value: a number where a string goes, and so on.
    case wrongType(field: String, expected: JSONShape, found: JSONShape)
    /// A word the program does not know where one of a fixed set goes (a role, a kind).
    case unknownValue(field: String, value: String, allowed: [String])
    /// Words given by code outside the catalog, kept as they are.
    case described(String)
}

/// What is wrong with one clause of a well-formed `when` on its flow (FlowValidator); a malformed
/// clause is a `GuardProblem` of the decoder.
public enum ConditionProblem: Equatable, Sendable {
    case stepMissing(String)
    case notAChoice(String)
    /// The step is not passed before this one (nor prefilled from another flow).
    case notEarlier(String)
    case optionMissing(step: String, option: String)
}
