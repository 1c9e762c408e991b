/// What the clerk is told when a changed answer makes kept answers stop applying (issue 15,
/// deliverable 2), in polite Japanese.
public protocol ApplicabilityMessages: Sendable {
    /// The step whose answer was changed, and the kept answers that no longer apply.
    func noLongerApply(changed: String, answers: [String]) -> String
    /// Ticks of a checklist on items that no longer apply ("導通試験の2項目").
    func ticks(on step: String, count: Int) -> String
    /// A flow under way that copied the changed answer when it started goes on with the new one.
    func followed(flow: String, answers: [String]) -> String
}

public struct JapaneseApplicabilityMessages: ApplicabilityMessages {
    public init() {}

    public func noLongerApply(changed: String, answers: [String]) -> String {
        "「\(changed)」の答えを変えたので、次の答えは使わなくなりました: \(answers.joined(separator: "、"))。元に戻すと、また使えます。"
    }

    public func ticks(on step: String, count: Int) -> String {
        "\(step)の\(count)項目"
    }

    public func followed(flow: String, answers: [String]) -> String {
        let goesOn = "途中の「\(flow)」も、変えた答えで進めます。"
        return answers.isEmpty ? goesOn : goesOn + "そこで使わなくなった答え: \(answers.joined(separator: "、"))。"
    }
}
