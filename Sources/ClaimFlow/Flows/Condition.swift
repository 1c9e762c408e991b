/// A `when` condition: step id → option id of a choice; `"!option"` means any answer but that
/// one, `"*"` any answer at all (an unanswered step matches none of them).
public enum Condition {
    public static func matches(_ when: [String: String], _ answers: [String: Answer]) -> Bool {
        when.allSatisfy { stepID, option in
            guard case .choice(let chosen)? = answers[stepID] else { return false }
            if option == "*" { return true }
            return option.hasPrefix("!") ? chosen != option.dropFirst() : chosen == option
        }
    }

    /// The option id a condition names, without the negation (nil for the wildcard).
    static func optionID(_ option: String) -> String? {
        if option == "*" { return nil }
        return option.hasPrefix("!") ? String(option.dropFirst()) : option
    }
}
