/// A flow asset that cannot be used, with enough detail to fix it without reading code.
public struct FlowAssetError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var stepID: String?
    public var problem: String

    public init(file: String, stepID: String? = nil, problem: String) {
        self.file = file
        self.stepID = stepID
        self.problem = problem
    }

    public var description: String {
        if let stepID {
            return "\(file): 手順 \"\(stepID)\": \(problem)"
        }
        return "\(file): \(problem)"
    }
}
