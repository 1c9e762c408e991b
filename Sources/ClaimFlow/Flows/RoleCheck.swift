/// Checks the roles of the flow assets when they load (issue 10): what the code reads must be
/// there, once, on a step of the kind the code reads, in a flow where the code looks for it.
enum RoleCheck {
    /// One flow: roles unique, in scope and of the right kind; the roles its `onComplete` reads present
    /// (a flow's own roles are required by `checkEveryFlowRole`, so a test may load a small flow).
    static func check(_ flow: FlowDefinition, file: String) throws(FlowAssetError) {
        var carriers: [StepRole: String] = [:]
        for step in flow.steps {
            if let role = step.role {
                if let other = carriers[role] {
                    throw FlowAssetError(file: file, stepID: step.id, problem: RoleMessages.duplicate(role, otherStep: other))
                }
                carriers[role] = step.id
                guard applies(role.scope, to: flow) else {
                    throw FlowAssetError(file: file, stepID: step.id, problem: RoleMessages.outOfScope(role))
                }
                guard step.kind == role.kind else {
                    throw FlowAssetError(file: file, stepID: step.id, problem: RoleMessages.wrongKind(role))
                }
                for optionRole in role.optionRoles where step.option(role: optionRole) == nil {
                    throw FlowAssetError(file: file, stepID: step.id, problem: RoleMessages.missingOption(optionRole, on: role))
                }
            }
            for option in step.options {
                guard let optionRole = option.role else { continue }
                let allowed = optionRole.allowedOn.map { step.role.map($0.contains) ?? false }
                    ?? (flow.role == optionRole.flow && step.kind == .choice)
                guard allowed else {
                    throw FlowAssetError(file: file, stepID: step.id, problem: RoleMessages.optionOutOfPlace(optionRole, option: option.id))
                }
            }
            if let desk = step.desk, desk.isEmpty {
                throw FlowAssetError(file: file, stepID: step.id, problem: RoleMessages.emptyDesk)
            }
        }
        for role in StepRole.allCases where !role.optional && carriers[role] == nil {
            if case .completion(let action) = role.scope, flow.onComplete == action {
                throw FlowAssetError(file: file, problem: RoleMessages.missing(role))
            }
        }
    }

    /// All flows (the shipped assets): every flow role is carried by exactly one flow, with every
    /// step role the code reads from it.
    static func checkEveryFlowRole(_ flows: [(file: String, flow: FlowDefinition)]) throws(FlowAssetError) {
        for role in FlowRole.allCases {
            let carriers = flows.filter { $0.flow.role == role }
            guard let first = carriers.first else {
                throw FlowAssetError(file: "flows/", problem: RoleMessages.missingFlow(role))
            }
            if carriers.count > 1 {
                throw FlowAssetError(file: carriers[1].file, problem: RoleMessages.duplicateFlow(role, otherFile: first.file))
            }
            for stepRole in StepRole.allCases where stepRole.scope == .flow(role) && !stepRole.optional
                && first.flow.step(role: stepRole) == nil {
                throw FlowAssetError(file: first.file, problem: RoleMessages.missing(stepRole))
            }
        }
    }

    /// What one flow reads from another (`prefill`, a field's `compareWith`) must be there: renaming a
    /// step another flow names stops the load, naming the file and the step that names it.
    static func checkReferences(_ flows: [(file: String, flow: FlowDefinition)]) throws(FlowAssetError) {
        func target(_ reference: String) -> StepDefinition? {
            let parts = reference.split(separator: "/").map(String.init)
            guard parts.count == 2 else { return nil }
            return flows.first { $0.flow.id == parts[0] }?.flow.step(parts[1])
        }
        for (file, flow) in flows {
            for (local, source) in flow.prefill.sorted(by: { $0.key < $1.key }) {
                guard let step = target(source), step.kind == .choice else {
                    throw FlowAssetError(file: file, stepID: local, problem: RoleMessages.missingReference(source, kind: .choice))
                }
                let options = Set(flow.step(local)?.options.map(\.id) ?? [])
                if let missing = step.options.map(\.id).first(where: { !options.contains($0) }) {
                    throw FlowAssetError(file: file, stepID: local, problem: RoleMessages.prefillOptionMissing(missing, from: source))
                }
            }
            for step in flow.steps {
                guard let reference = step.field?.compareWith else { continue }
                guard target(reference)?.kind == .text else {
                    throw FlowAssetError(file: file, stepID: step.id, problem: RoleMessages.missingReference(reference, kind: .text))
                }
            }
        }
    }

    private static func applies(_ scope: StepRole.Scope, to flow: FlowDefinition) -> Bool {
        switch scope {
        case .flow(let role): return flow.role == role
        case .completion(let action): return flow.onComplete == action
        }
    }
}
