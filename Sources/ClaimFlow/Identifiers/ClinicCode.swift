/// 医療機関コード (I1): 都道府県番号 (2) + 点数表番号 (1) + 郡市区番号 (2) + 医療機関番号 (4)
/// + 検証番号 (1).
///
/// Two check-digit schemes are in use (I1, measured on the 厚生局 lists): Luhn over the first
/// nine digits in 43 prefectures (example 0110113719), and Luhn over the six digits
/// 郡市区番号 + 医療機関番号 only in 埼玉 (11), 千葉 (12), 東京 (13) and 神奈川 (14) (example, a
/// Tokyo hospital: 1310110049). The scheme is chosen by prefecture, which flags more one-digit
/// typos than accepting either scheme everywhere. A code that fails the check is a warning that
/// names the digits to re-read; it never blocks the clerk (the paper wins over our arithmetic).
public enum ClinicCode {
    /// Which digits the check digit covers (I1).
    public enum CheckScheme: String, Sendable, Codable {
        /// Luhn over digits 1–9 (43 prefectures).
        case nineDigits = "luhn-9"
        /// Luhn over digits 4–9, 郡市区番号 + 医療機関番号 (埼玉・千葉・東京・神奈川).
        case sixDigits = "luhn-6"

        /// I1: 11–14 use the six-digit scheme, every other prefecture the nine-digit one.
        public static func forPrefecture(_ prefecture: Int) -> CheckScheme {
            (11...14).contains(prefecture) ? .sixDigits : .nineDigits
        }

        /// Which digits, in the words of the code's parts (the identifier catalog's).
        public var japanese: String { Messages.identifiers.scheme(self) }

        /// The 1-based positions the check digit covers.
        public var coveredPositions: ClosedRange<Int> {
            switch self {
            case .nineDigits: return 1...9
            case .sixDigits: return 4...9
            }
        }
    }

    public enum Problem: Equatable, Sendable {
        case fullWidth(position: Int)
        case notDigit(position: Int, character: Character)
        case wrongLength(count: Int)
        /// Seven digits: the form the 厚生局 lists print (郡市区番号 + 医療機関番号 + 検証番号).
        case sevenDigitForm
        case prefecture(String)
        case scoreTable(Character)
        case checkDigit(expected: Int, actual: Int, scheme: CheckScheme)

        /// A problem that makes the text unusable as a code; the others only warn (I1).
        public var blocks: Bool {
            switch self {
            case .fullWidth, .notDigit, .wrongLength, .sevenDigitForm: return true
            case .prefecture, .scoreTable, .checkDigit: return false
            }
        }

        /// What is wrong and what to do, worded by the identifier catalog.
        public var message: String { Messages.identifiers.clinicCode(self) }
    }

    /// The score table the third digit names (I1): 医科, 歯科, 調剤.
    public enum ScoreTable: Character, Sendable {
        case medical = "1", dental = "3", pharmacy = "4"
    }

    /// The Luhn check digit: weights 2,1,2,… from the rightmost digit, digits of each product summed.
    public static func luhnCheckDigit(of digits: [Int]) -> Int {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            let product = digit * (offset % 2 == 0 ? 2 : 1)
            sum += product / 10 + product % 10
        }
        return (10 - sum % 10) % 10
    }

    /// The check digit the prefecture's scheme expects for the first nine digits.
    public static func expectedCheckDigit(ofFirstNine digits: [Int]) -> (digit: Int, scheme: CheckScheme) {
        let scheme = CheckScheme.forPrefecture(digits[0] * 10 + digits[1])
        let covered = Array(digits[(scheme.coveredPositions.lowerBound - 1)..<scheme.coveredPositions.upperBound])
        return (luhnCheckDigit(of: covered), scheme)
    }

    /// What the check says of a text: the scheme used (nil when the text is not ten digits)
    /// and every problem in reading order.
    public struct Result: Equatable, Sendable {
        public var scheme: CheckScheme?
        public var problems: [Problem]

        public init(scheme: CheckScheme?, problems: [Problem]) {
            self.scheme = scheme
            self.problems = problems
        }

        /// Ten digits that pass the prefecture's scheme, with nothing to warn about.
        public var valid: Bool { problems.isEmpty }
        /// Usable as a code (perhaps with warnings the clerk may confirm).
        public var usable: Bool { !problems.contains(where: \.blocks) }
        public var checkDigitMatches: Bool { scheme != nil && !problems.contains { if case .checkDigit = $0 { true } else { false } } }
    }

    public static func check(_ text: String) -> Result {
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if let scalar = character.unicodeScalars.first, FullWidth.isFullWidthASCII(scalar) {
                return Result(scheme: nil, problems: [.fullWidth(position: index + 1)])
            }
            if !character.isASCII || !character.isNumber {
                return Result(scheme: nil, problems: [.notDigit(position: index + 1, character: character)])
            }
        }
        if characters.count == 7 { return Result(scheme: nil, problems: [.sevenDigitForm]) }
        guard characters.count == 10 else { return Result(scheme: nil, problems: [.wrongLength(count: characters.count)]) }
        let digits = characters.compactMap { $0.wholeNumberValue }
        var found: [Problem] = []
        let prefecture = digits[0] * 10 + digits[1]
        if !(1...47).contains(prefecture) {
            found.append(.prefecture(String(characters[0...1])))
        }
        if ScoreTable(rawValue: characters[2]) == nil {
            found.append(.scoreTable(characters[2]))
        }
        let (expected, scheme) = expectedCheckDigit(ofFirstNine: Array(digits[0..<9]))
        if expected != digits[9] {
            found.append(.checkDigit(expected: expected, actual: digits[9], scheme: scheme))
        }
        return Result(scheme: scheme, problems: found)
    }

    /// Every problem, in reading order; empty when the code is valid.
    public static func problems(in text: String) -> [Problem] { check(text).problems }

    public static func isValid(_ text: String) -> Bool { check(text).valid }
}

extension ClinicCode.Problem {
    /// A stable name for reports (`check-id --json`).
    public var kindName: String {
        switch self {
        case .fullWidth: return "full-width"
        case .notDigit: return "not-digit"
        case .wrongLength: return "length"
        case .sevenDigitForm: return "seven-digit-form"
        case .prefecture: return "prefecture"
        case .scoreTable: return "score-table"
        case .checkDigit: return "check-digit"
        }
    }
}
