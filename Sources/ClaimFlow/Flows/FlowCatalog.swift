import Foundation

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

/// JSON decoding with errors that name the step, not a coding path.
enum FlowDecoding {
    static func decode(_ data: Data, file: String) throws(FlowAssetError) -> FlowDefinition {
        do {
            return try JSONDecoder().decode(FlowDefinition.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, data: data, file: file)
        } catch {
            throw FlowAssetError(file: file, .unreadable(detail: "\(error)"))
        }
    }

    private static func describe(_ error: DecodingError, data: Data, file: String) -> FlowAssetError {
        let path: [CodingKey]
        let what: AssetProblem
        switch error {
        case .dataCorrupted(let context):
            path = context.codingPath
            what = context.codingPath.isEmpty ? .notJSON : .badValue(detail: context.debugDescription)
        case .keyNotFound(let key, let context):
            path = context.codingPath
            what = .missingKey(key.stringValue)
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            path = context.codingPath
            what = .wrongShape(field: context.codingPath.last?.stringValue ?? "?", detail: context.debugDescription)
        @unknown default:
            return FlowAssetError(file: file, .described("\(error)"))
        }
        return FlowAssetError(file: file, stepID: stepID(at: path, in: data), what)
    }

    /// The `id` of the step a coding path points into, read leniently from the raw JSON.
    private static func stepID(at path: [CodingKey], in data: Data) -> String? {
        guard path.count >= 2, path[0].stringValue == "steps", let index = path[1].intValue,
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let steps = root["steps"] as? [[String: Any]], index < steps.count else { return nil }
        return (steps[index]["id"] as? String) ?? "#\(index + 1)"
    }
}
