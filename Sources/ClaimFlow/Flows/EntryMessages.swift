/// What the clerk is told when a text step cannot take what was typed (the flows' validators).
public protocol EntryMessages: Sendable {
    func problem(_ problem: TextValidatorName.Problem) -> String
}

public struct JapaneseEntryMessages: EntryMessages {
    public init() {}

    public func problem(_ problem: TextValidatorName.Problem) -> String {
        switch problem {
        case .empty:
            return "まだ何も入力されていません。入力してから Enter を押してください。"
        case .clinicCode(let problem):
            return Messages.identifiers.clinicCode(problem)
        case .notAPhoneNumber:
            return "電話番号は 0120-000-000 のように、数字とハイフンで入力してください（数字は10〜11桁）。"
        case .notADate(let problem):
            return DateWording.problem(problem)
        case .dateTimeOutsideSupportedYears:
            return "日時は\(SupportedYearsWording.span)の範囲で入力してください。"
        case .notADateTime:
            return "日時は 2026-12-07 10:15 の形で入力してください（24時間制）。"
        }
    }
}
