import FoundationEssentials

/// Every flow the program knows, validated once at start-up.
public struct FlowCatalog: Equatable, Sendable {
    public private(set) var flows: [FlowDefinition]

    public init(validating flows: [(file: String, flow: FlowDefinition)]) throws(FlowAssetError) {
        var seen: [String: String] = [:]
        for (file, flow) in flows {
            if let other = seen[flow.id] {
                throw FlowAssetError(file: file, .duplicateFlowID(id: flow.id, otherFile: other))
            }
            seen[flow.id] = file
            try FlowValidator.validate(flow, file: file)
            try RoleCheck.check(flow, file: file)
        }
        try RoleCheck.checkReferences(flows)
        self.flows = flows.map(\.flow)
    }

    /// Decodes and validates flow files given as (name, bytes); the shell reads the disk.
    /// With `checkingContract` (the shipped assets), every flow the program opens must be there, by
    /// its role (FlowRoles.swift), and every step must have its F1 help. With `trustingCheckedFlows`,
    /// files byte-identical to the ones the test suite checked are only decoded (CheckedFlows).
    /// `decodedAlready`: files the shell decoded elsewhere (`decodeFlow`, on another core), by name.
    public static func decode(files: [(name: String, data: Data)], checkingContract: Bool = false,
                              trustingCheckedFlows: Bool = false,
                              decodedAlready: [String: Result<FlowDefinition, FlowAssetError>] = [:]) throws(FlowAssetError) -> FlowCatalog {
        let checked = trustingCheckedFlows && checkingContract && CheckedFlows.digest(of: files) == CheckedFlows.digest
        var decoded: [(file: String, flow: FlowDefinition)] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            let flow = try (decodedAlready[file.name] ?? decodeFlow(name: file.name, data: file.data)).get()
            if checkingContract, !checked { try FlowValidator.requireHelp(flow, file: file.name) }
            decoded.append((file.name, flow))
        }
        if checked { return FlowCatalog(checked: decoded.map(\.flow)) }
        let catalog = try FlowCatalog(validating: decoded)
        if checkingContract { try RoleCheck.checkEveryFlowRole(decoded) }
        return catalog
    }

    /// One flow file's bytes to a flow, before any check across files: pure, so several files may be
    /// decoded at once (issue 19: the start-up decodes on both cores).
    public static func decodeFlow(name: String, data: Data) -> Result<FlowDefinition, FlowAssetError> {
        Result { () throws(FlowAssetError) in try FlowDecoding.decode(data, file: name) }
    }

    /// Flows the test suite has checked (CheckedFlows): no check again.
    private init(checked flows: [FlowDefinition]) { self.flows = flows }

    public func flow(_ id: String) -> FlowDefinition? { flows.first { $0.id == id } }
    public func flow(role: FlowRole) -> FlowDefinition? { flows.first { $0.role == role } }
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
