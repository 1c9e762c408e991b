/// Answers read by role (FlowRoles.swift): the code asks for "the designation date of the setup",
/// and the catalog knows which flow and step carry it. Only answers that apply are read
/// (Applicability.swift): a network ID typed before the line became IPv6 is no one's answer.
extension FlowCatalog {
    /// The flow and step of a role that belongs to a flow the code knows by its role.
    public func step(role: StepRole) -> (flow: FlowDefinition, step: StepDefinition)? {
        guard case .flow(let flowRole) = role.scope, let flow = flow(role: flowRole),
              let step = flow.step(role: role) else { return nil }
        return (flow, step)
    }

    /// The saved run of the flow that carries a role.
    public func run(_ role: FlowRole, in progress: SavedProgress) -> FlowProgress? {
        flow(role: role).flatMap { progress.flows[$0.id] }
    }

    public func answer(_ role: StepRole, in progress: SavedProgress) -> Answer? {
        guard let (flow, _) = step(role: role), let run = progress.flows[flow.id] else { return nil }
        return flow.answer(role, in: run)
    }

    /// A text answer (a date answer in its written form).
    public func text(_ role: StepRole, in progress: SavedProgress) -> String? {
        answer(role, in: progress)?.textValue
    }

    /// A date answer (typed as a date; a text date saved by an older version is read too).
    public func date(_ role: StepRole, in progress: SavedProgress) -> CivilDate? {
        answer(role, in: progress)?.dateValue
    }

    /// The label of the chosen option, as the clerk saw it.
    public func chosenLabel(_ role: StepRole, in progress: SavedProgress) -> String? {
        guard case .choice(let id)? = answer(role, in: progress) else { return nil }
        return step(role: role)?.step.label(ofOption: id)
    }

    /// Whether the chosen option is the one that carries an option role.
    public func chose(_ option: OptionRole, for role: StepRole, in progress: SavedProgress) -> Bool {
        guard case .choice(let id)? = answer(role, in: progress) else { return false }
        return step(role: role)?.step.option(role: option) == id
    }
}

extension FlowDefinition {
    /// The answer a run of this flow gave to the step of a role, when it applies.
    public func answer(_ role: StepRole, in run: FlowProgress) -> Answer? {
        step(role: role).flatMap { applicableAnswers(run.answers)[$0.id] }
    }

    public func text(_ role: StepRole, in run: FlowProgress) -> String? {
        answer(role, in: run)?.textValue
    }

    public func date(_ role: StepRole, in run: FlowProgress) -> CivilDate? {
        answer(role, in: run)?.dateValue
    }

    /// The chosen option's id, for options whose ids are values the code decodes (a ChangeKind).
    public func choice(_ role: StepRole, in run: FlowProgress) -> String? {
        guard case .choice(let id)? = answer(role, in: run) else { return nil }
        return id
    }

    public func chose(_ option: OptionRole, for role: StepRole, in run: FlowProgress) -> Bool {
        guard let id = choice(role, in: run), let step = step(role: role) else { return false }
        return step.option(role: option) == id
    }
}
