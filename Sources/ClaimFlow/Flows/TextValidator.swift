import FoundationEssentials

/// The validators a text step may name in its asset. Each returns what is wrong as a value;
/// `EntryMessages` words it as what to do.
public enum TextValidatorName: String, Codable, Sendable, CaseIterable {
    /// Anything but blank.
    case nonEmpty
    /// 医療機関コード (I1).
    case clinicCode
    /// A date as clerks write it (2027/4/1, 令和9年4月1日…: `ClerkDate`); the answer is the date.
    case date
    /// Anything, even nothing (an error message the clerk may not have).
    case optional
    /// A date as `date`, or nothing (issue 14: a certificate not downloaded yet, an expiry not
    /// on the notice); nothing answers as empty text.
    case optionalDate
    /// A telephone number: digits and hyphens.
    case phone
    /// A date and time as printed on a 受領書: 2026-12-07 10:15.
    case dateTime

    /// Why a text cannot be accepted.
    public enum Problem: Equatable, Sendable {
        case empty
        /// I1: a text that cannot be a clinic code.
        case clinicCode(ClinicCode.Problem)
        case notAPhoneNumber
        case notADate(ClerkDate.Problem)
        case notADateTime
        /// A moment the calendar cannot compute with (issue 16): a year outside 2000–2099.
        case dateTimeOutsideSupportedYears
    }

    /// Doubts about an acceptable text that the clerk may confirm by pressing Enter again (I1).
    public func doubts(in text: String) -> [ClinicCode.Problem] {
        guard self == .clinicCode else { return [] }
        let result = ClinicCode.check(text.trimmingSpaces)
        guard result.usable else { return [] }
        return result.problems
    }

    /// The answer an acceptable text gives (a date step's is the date), else the message for
    /// the warning area.
    public func answer(for typed: String) -> Result<Answer, TextProblem> {
        let text = normalized(FullWidth.toHalfWidth(typed))
        if let problem = problem(in: text) { return .failure(TextProblem(message: problem)) }
        let trimmed = text.trimmingSpaces
        if self == .date || self == .optionalDate, case .success(let date) = ClerkDate.read(trimmed) { return .success(.date(date)) }
        return .success(.text(trimmed))
    }

    /// The text as it is recorded, once full-width characters are half-width: a telephone number
    /// typed with an IME's dash (ー − ‐), spaces or brackets (03(1234)5678) is written with hyphens.
    public func normalized(_ text: String) -> String {
        guard self == .phone else { return text }
        func separates(_ scalar: Unicode.Scalar) -> Bool {
            FullWidth.isDashLike(scalar) || "-() \u{3000}".unicodeScalars.contains(scalar)
        }
        return text.unicodeScalars.split(whereSeparator: separates)
            .map { String(String.UnicodeScalarView($0)) }.joined(separator: "-")
    }

    /// nil when the text is acceptable.
    public func check(_ text: String) -> Problem? {
        let trimmed = text.trimmingSpaces
        if self == .optional || (self == .optionalDate && trimmed.isEmpty) { return nil }
        if trimmed.isEmpty { return .empty }
        switch self {
        case .nonEmpty, .optional:
            return nil
        case .clinicCode:
            // I1: only a text that cannot be a code stops here; the check digit only warns.
            return ClinicCode.check(trimmed).problems.first(where: \.blocks).map(Problem.clinicCode)
        case .phone:
            let digits = trimmed.filter(\.isNumber).count
            if trimmed.contains(where: { !($0.isASCII && ($0.isNumber || $0 == "-")) }) || !(10...11).contains(digits) {
                return .notAPhoneNumber
            }
            return nil
        case .date, .optionalDate:
            // Dates as clerks type them (2027/4/1, 令和9年4月1日); a wrong one says what is wrong.
            if case .failure(let problem) = ClerkDate.read(trimmed) { return .notADate(problem) }
            return nil
        case .dateTime:
            guard let moment = Self.anyDateTime(trimmed) else { return .notADateTime }
            return moment.date.isSupported ? nil : .dateTimeOutsideSupportedYears
        }
    }

    /// `doubts(in:)` worded by the identifier catalog (the reducer's warning lines).
    public func warnings(in text: String) -> [String] { doubts(in: text).map(\.message) }

    /// `check(_:)` worded by the entry catalog: a message for the warning area.
    public func problem(in text: String) -> String? { check(text).map(Messages.entry.problem) }

    /// 「2026-12-07 10:15」 (or with a T, or in full-width digits) as a moment, in the supported years.
    public static func dateTime(_ text: String) -> LocalDateTime? {
        anyDateTime(text).flatMap { $0.date.isSupported ? $0 : nil }
    }

    /// The same form, any year `CivilDate` holds (to tell the form from the range).
    private static func anyDateTime(_ text: String) -> LocalDateTime? {
        let halfWidth = FullWidth.toHalfWidth(text.trimmingSpaces)
        let parts = halfWidth.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard parts.count == 2 else { return nil }
        let time = parts[1].count == 4 ? "0" + parts[1] : String(parts[1]) // 9:05 as 09:05
        return LocalDateTime(parsing: parts[0] + "T" + time)
    }
}

/// Why a typed text is not accepted, in the words the warning area shows.
public struct TextProblem: Error, Equatable, Sendable {
    public var message: String
}
