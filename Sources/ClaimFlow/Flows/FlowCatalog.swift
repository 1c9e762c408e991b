import FoundationEssentials

/// Every flow the program knows, validated once at start-up.
public struct FlowCatalog: Equatable, Sendable {
    public private(set) var flows: [FlowDefinition]

    public init(validating flows: [(file: String, flow: FlowDefinition)]) throws(FlowAssetError) {
        try self.init(validating: flows, ownChecksMade: [:])
    }

    /// `ownChecksMade`: the result of `ownChecks` for files checked already (on another core), by name;
    /// the errors are said in the order a check of one file after another says them.
    init(validating flows: [(file: String, flow: FlowDefinition)],
         ownChecksMade: [String: Result<Void, FlowAssetError>]) throws(FlowAssetError) {
        // Sized up front: growing a [String: String] checks String: Hashable by a scan (JSONFields.stringMap).
        var seen = [String: String](minimumCapacity: flows.count)
        for (file, flow) in flows {
            if let other = seen[flow.id] {
                throw FlowAssetError(file: file, .duplicateFlowID(id: flow.id, otherFile: other))
            }
            seen[flow.id] = file
            try (ownChecksMade[file] ?? Self.ownChecks(flow, file: file)).get()
        }
        try RoleCheck.checkReferences(flows)
        self.flows = flows.map(\.flow)
    }

    /// Decodes and validates flow files given as (name, bytes); the shell reads the disk.
    /// With `checkingContract` (the shipped assets), every flow the program opens must be there, by
    /// its role (FlowRoles.swift), and every step must have its F1 help. With `trustingCheckedFlows`,
    /// files byte-identical to the ones the test suite checked are only decoded (CheckedFlows).
    /// `decodedAlready`: files the shell decoded (and perhaps checked) elsewhere, on another core, by name;
    /// `trusted`: `trusts(files)`, when the shell worked it out already (the digest is not taken twice).
    public static func decode(files: [(name: String, data: Data)], checkingContract: Bool = false,
                              trustingCheckedFlows: Bool = false, decodedAlready: [String: DecodedFlow] = [:],
                              trusted: Bool? = nil) throws(FlowAssetError) -> FlowCatalog {
        let checked = trustingCheckedFlows && checkingContract && (trusted ?? trusts(files))
        var decoded: [(file: String, flow: FlowDefinition)] = []
        var ownChecksMade: [String: Result<Void, FlowAssetError>] = [:]
        for file in files.sorted(by: { $0.name < $1.name }) {
            let already = decodedAlready[file.name]
            let flow = try (already?.flow ?? decodeFlow(name: file.name, data: file.data).flow).get()
            if checkingContract, !checked { try FlowValidator.requireHelp(flow, file: file.name) }
            if let made = already?.ownChecks { ownChecksMade[file.name] = made }
            decoded.append((file.name, flow))
        }
        if checked { return FlowCatalog(checked: decoded.map(\.flow)) }
        let catalog = try FlowCatalog(validating: decoded, ownChecksMade: ownChecksMade)
        if checkingContract { try RoleCheck.checkEveryFlowRole(decoded) }
        return catalog
    }

    /// Whether `files` are the shipped flows the test suite checked (CheckedFlows), byte for byte.
    public static func trusts(_ files: [(name: String, data: Data)]) -> Bool {
        CheckedFlows.digest(of: files) == CheckedFlows.digest
    }

    /// One flow file decoded, and with `checkingItself` given the checks that concern it alone: pure, so
    /// several files may be decoded and checked at once (issue 19: the start-up does so on both cores).
    public static func decodeFlow(name: String, data: Data, checkingItself: Bool = false) -> DecodedFlow {
        let flow = Result { () throws(FlowAssetError) in try FlowDecoding.decode(data, file: name) }
        guard checkingItself, case .success(let definition) = flow else { return DecodedFlow(flow: flow, ownChecks: nil) }
        return DecodedFlow(flow: flow, ownChecks: ownChecks(definition, file: name))
    }

    /// The checks of one flow that need no other flow: its steps and transitions, its roles.
    static func ownChecks(_ flow: FlowDefinition, file: String) -> Result<Void, FlowAssetError> {
        Result { () throws(FlowAssetError) in
            try FlowValidator.validate(flow, file: file)
            try RoleCheck.check(flow, file: file)
        }
    }

    /// Flows the test suite has checked (CheckedFlows): no check again.
    private init(checked flows: [FlowDefinition]) { self.flows = flows }

    public func flow(_ id: String) -> FlowDefinition? { flows.first { $0.id == id } }
    public func flow(role: FlowRole) -> FlowDefinition? { flows.first { $0.role == role } }
}

/// A flow file decoded elsewhere (FlowCatalog.decodeFlow), with its own checks when they were made.
public struct DecodedFlow: Sendable {
    public let flow: Result<FlowDefinition, FlowAssetError>
    let ownChecks: Result<Void, FlowAssetError>?
}

/// A flow file's bytes to a flow, with errors that name the step, not a coding path.
enum FlowDecoding {
    static func decode(_ data: some Collection<UInt8>, file: String) throws(FlowAssetError) -> FlowDefinition {
        let json: JSONValue
        do { json = try JSONParser.parse(data) } catch { throw FlowAssetError(file: file, .notJSON) }
        do {
            return try FlowDefinition(json: json)
        } catch {
            throw FlowAssetError(file: file, stepID: error.stepID, error.problem)
        }
    }
}
