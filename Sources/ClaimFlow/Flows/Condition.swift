/// A `when` condition: step id → option id of a choice; `"!option"` means any answer but that
/// one (an unanswered step matches neither).
public enum Condition {
    public static func matches(_ when: [String: String], _ answers: [String: Answer]) -> Bool {
        when.allSatisfy { stepID, option in
            guard case .choice(let chosen)? = answers[stepID] else { return false }
            return option.hasPrefix("!") ? chosen != option.dropFirst() : chosen == option
        }
    }

    /// The option id a condition names, without the negation.
    static func optionID(_ option: String) -> String {
        option.hasPrefix("!") ? String(option.dropFirst()) : option
    }
}
