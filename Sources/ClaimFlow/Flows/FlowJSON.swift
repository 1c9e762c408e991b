/// The flow assets read from their JSON tree (issue 19): the same members, defaults and checks
/// the Codable decoding had, without its run-time type lookups, and with errors in Japanese that
/// name the member (and, through `FlowDefinition(json:)`, the step).
extension FlowDefinition {
    public init(json: JSONValue) throws(AssetReadError) {
        let fields = try JSONFields(json, field: "flow")
        id = try fields.string("id")
        title = try fields.string("title")
        summary = try fields.optionalString("summary") ?? ""
        guard fields.value("steps") != nil else { throw AssetReadError(.missingKey("steps")) }
        var steps: [StepDefinition] = []
        for (index, element) in try fields.list("steps").enumerated() {
            do {
                steps.append(try StepDefinition(json: element))
            } catch {
                // The step's own id when it has one, else its place: the author finds it either way.
                var located = error
                if case .string(let id)? = element["id"] { located.stepID = id } else { located.stepID = "#\(index + 1)" }
                throw located
            }
        }
        self.steps = steps
        stepIndex = Self.index(of: steps)
        onComplete = try fields.optionalWord("onComplete", as: CompletionAction.self)
        repeatable = try fields.bool("repeatable", default: false)
        prefill = try fields.stringMap("prefill")
        role = try fields.optionalWord("role", as: FlowRole.self)
    }
}

extension StepDefinition {
    public init(json: JSONValue) throws(AssetReadError) {
        let fields = try JSONFields(json, field: "steps")
        id = try fields.string("id")
        kind = try fields.word("kind", as: StepKind.self)
        title = try fields.string("title")
        short = try fields.optionalString("short")
        body = try fields.strings("body")
        help = try fields.strings("help")
        rules = try fields.strings("rules")
        items = try fields.objects("items", ChecklistItem.init(fields:))
        options = try fields.objects("options", ChoiceOption.init(fields:))
        field = try fields.optionalObject("field").map { (fields) throws(AssetReadError) in try TextField(fields: fields) }
        source = try fields.optionalString("source")
        record = try fields.optionalObject("record").map { (fields) throws(AssetReadError) in try StepRecord(fields: fields) }
        role = try fields.optionalWord("role", as: StepRole.self)
        desk = try fields.optionalString("desk")
        // "next": "step-id" is shorthand for one unconditional transition.
        if case .string(let single)? = fields.value("next") {
            next = [Transition(goto: single)]
        } else {
            next = try fields.objects("next", Transition.init(fields:))
        }
    }
}

extension ChecklistItem {
    init(fields: JSONFields) throws(AssetReadError) {
        id = try fields.string("id")
        text = try fields.string("text")
        detail = try fields.optionalString("detail")
        required = try fields.bool("required", default: true)
        when = try Guard(fields: fields, key: "when")
    }
}

extension ChoiceOption {
    init(fields: JSONFields) throws(AssetReadError) {
        id = try fields.string("id")
        label = try fields.string("label")
        detail = try fields.optionalString("detail")
        role = try fields.optionalWord("role", as: OptionRole.self)
    }
}

extension TextField {
    init(fields: JSONFields) throws(AssetReadError) {
        label = try fields.string("label")
        validator = try fields.optionalWord("validator", as: TextValidatorName.self) ?? .nonEmpty
        maxLength = try fields.optionalInt("maxLength") ?? 60
        secret = try fields.bool("secret", default: false)
        example = try fields.optionalString("example")
        identifier = try fields.optionalWord("identifier", as: IdentifierAnalysis.Kind.self)
        audit = try fields.bool("audit", default: false)
        compareWith = try fields.optionalString("compareWith")
        if let compareWith, compareWith.split(separator: "/").count != 2 {
            throw AssetReadError(.badValue(detail: "compareWith は \"setup/network-id\" のように flow/step で書きます"))
        }
    }
}

extension Transition {
    init(fields: JSONFields) throws(AssetReadError) {
        when = try Guard(fields: fields, key: "when")
        goto = try fields.string("goto")
    }
}

extension StepRecord {
    init(fields: JSONFields) throws(AssetReadError) {
        kind = try fields.word("kind", as: Kind.self)
        payer = try fields.optionalWord("payer", as: Payer.self)
        number = try fields.optionalString("number")
    }
}

extension Guard {
    /// The `when` member of an item or a transition; absent always holds.
    init(fields: JSONFields, key: String) throws(AssetReadError) {
        let written = try fields.stringMap(key)
        do {
            try self.init(written: written)
        } catch {
            throw AssetReadError(.badValue(detail: error.message))
        }
    }
}
