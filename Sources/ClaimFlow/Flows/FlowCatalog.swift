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
    /// its role (FlowRoles.swift), and every step must have its F1 help.
    public static func decode(files: [(name: String, data: Data)], checkingContract: Bool = false) throws(FlowAssetError) -> FlowCatalog {
        var decoded: [(file: String, flow: FlowDefinition)] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            let flow = try FlowDecoding.decode(file.data, file: file.name)
            if checkingContract { try FlowValidator.requireHelp(flow, file: file.name) }
            decoded.append((file.name, flow))
        }
        let catalog = try FlowCatalog(validating: decoded)
        if checkingContract { try RoleCheck.checkEveryFlowRole(decoded) }
        return catalog
    }

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
