/// A `when` of a transition or a checklist item, decoded once when the flow loads: every
/// clause must hold. The asset writes it as an object, step id → what that choice must be:
/// `"option"` (chose it), `"!option"` (answered, but not that option) or `"*"` (answered at
/// all). A step not answered yet satisfies none of them. An empty guard always holds.
public struct Guard: Hashable, Sendable {
    public enum Clause: Hashable, Sendable {
        case chose(step: String, option: String)
        case notChose(step: String, option: String)
        case answered(step: String)

        /// The choice step the clause reads.
        public var step: String {
            switch self {
            case .chose(let step, _), .notChose(let step, _), .answered(let step): return step
            }
        }

        /// The option the clause names (nil for "answered").
        public var option: String? {
            switch self {
            case .chose(_, let option), .notChose(_, let option): return option
            case .answered: return nil
            }
        }

        func holds(_ answers: [String: Answer]) -> Bool {
            guard case .choice(let chosen)? = answers[step] else { return false }
            switch self {
            case .chose(_, let option): return chosen == option
            case .notChose(_, let option): return chosen != option
            case .answered: return true
            }
        }

        /// The value as the asset writes it.
        var written: String {
            switch self {
            case .chose(_, let option): return option
            case .notChose(_, let option): return "!" + option
            case .answered: return "*"
            }
        }

        /// Reads one `"step": "value"` pair; the message says what is wrong, for the asset's author.
        static func read(step: String, value: String) -> Result<Clause, GuardProblem> {
            if step.isEmpty { return .failure(GuardProblem("when の手順 id が空です。")) }
            if value == "*" { return .success(.answered(step: step)) }
            let negated = value.hasPrefix("!")
            let option = negated ? String(value.dropFirst()) : value
            if option.isEmpty {
                return .failure(GuardProblem("when の \"\(step)\" には選択肢の id、\"!選択肢の id\" か \"*\" を書いてください（いまは \"\(value)\"）。"))
            }
            if option.contains(where: { $0 == "*" || $0.isWhitespace }) || option.hasPrefix("!") {
                return .failure(GuardProblem("when の \"\(step)\": \"\(value)\" は読めません。使えるのは \"選択肢の id\"、\"!選択肢の id\"、\"*\" だけです。"))
            }
            return .success(negated ? .notChose(step: step, option: option) : .chose(step: step, option: option))
        }
    }

    /// Sorted by step id: the asset's object has no order, and equal guards compare equal.
    public let clauses: [Clause]

    public static let always = Guard(clauses: [])

    public init(clauses: [Clause]) {
        self.clauses = clauses.sorted { ($0.step, $0.written) < ($1.step, $1.written) }
    }

    public var isAlways: Bool { clauses.isEmpty }

    public func holds(_ answers: [String: Answer]) -> Bool {
        clauses.allSatisfy { $0.holds(answers) }
    }

    /// Reads the asset's object form.
    public init(written: [String: String]) throws(GuardProblem) {
        var clauses: [Clause] = []
        for (step, value) in written {
            switch Clause.read(step: step, value: value) {
            case .success(let clause): clauses.append(clause)
            case .failure(let problem): throw problem
            }
        }
        self.init(clauses: clauses)
    }

    /// The asset's object form.
    public var written: [String: String] {
        Dictionary(uniqueKeysWithValues: clauses.map { ($0.step, $0.written) })
    }
}

/// Why a `when` cannot be read; the text goes into the load error that names file and step.
public struct GuardProblem: Error, Equatable, Sendable {
    public var message: String
    init(_ message: String) { self.message = message }
}

extension Guard: ExpressibleByDictionaryLiteral {
    /// For flows written in Swift (tests): the same words as the asset. A malformed literal
    /// becomes a clause on a step with an empty id, which FlowValidator refuses.
    public init(dictionaryLiteral elements: (String, String)...) {
        let written = Dictionary(elements, uniquingKeysWith: { _, last in last })
        self = (try? Guard(written: written)) ?? Guard(clauses: [.chose(step: "", option: "")])
    }
}
