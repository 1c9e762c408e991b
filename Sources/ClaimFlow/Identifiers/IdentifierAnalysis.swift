/// What an identifier typed by a clerk looks like, character by character (I2, I3): the
/// lookalikes to read back, the full-width or invisible characters that break 691 logins,
/// and whether the shape matches what the paper says.
public struct IdentifierAnalysis: Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case networkID = "network-id"
        case password
        case clinicCode = "clinic-code"

        public var japanese: String {
            switch self {
            case .networkID: return "ネットワークID"
            case .password: return "ネットワークパスワード"
            case .clinicCode: return "医療機関コード"
            }
        }

        /// I2: network ID 8 + @ + 8 = 17; password 8; clinic code 10.
        public var expectedLength: Int {
            switch self {
            case .networkID: return 17
            case .password: return 8
            case .clinicCode: return 10
            }
        }
    }

    public struct Problem: Equatable, Sendable {
        public enum Severity: String, Sendable { case error, warning }
        /// full-width, space, control, non-ascii, length, format, caps-lock, check-digit …
        public var kind: String
        /// 1-based; nil when it concerns the whole text.
        public var position: Int?
        public var message: String
        public var severity: Severity
    }

    public struct CharacterInfo: Equatable, Sendable {
        public var character: Character
        public var position: Int
        public var lookalike: Bool
        public var reading: String
        /// Needs attention: full-width, a space or a control character.
        public var flagged: Bool
    }

    public var kind: Kind
    public var input: String
    /// Full-width converted to half-width.
    public var normalized: String
    public var problems: [Problem]
    public var characters: [CharacterInfo]

    /// No errors (format mismatches are only warnings: the paper may say otherwise).
    /// A clinic code is valid only when its check digit matches too (I1); it is still usable with warnings.
    public var valid: Bool {
        kind == .clinicCode ? problems.isEmpty : !problems.contains { $0.severity == .error }
    }

    public init(_ input: String, kind: Kind) {
        self.kind = kind
        self.input = input
        normalized = FullWidth.toHalfWidth(input)
        characters = []
        problems = []
        for (index, character) in input.enumerated() {
            let position = index + 1
            let scalar = character.unicodeScalars.first
            let fullWidth = scalar.map(FullWidth.isFullWidthASCII) ?? false
            let control = character.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }
            let space = character == " " || scalar?.value == 0x3000
            let half = fullWidth ? Character(FullWidth.halfWidth(scalar!)) : character
            characters.append(CharacterInfo(
                character: character, position: position,
                // A clinic code is digits only: no letter can be mistaken for one of its digits.
                lookalike: kind != .clinicCode && CharacterReading.lookalikes.contains(half),
                reading: CharacterReading.reading(of: character),
                flagged: fullWidth || control || space))
            if space {
                problems.append(Problem(kind: "space", position: position, message: "\(position)文字目は空白です。空白は入れません。", severity: .error))
            } else if fullWidth {
                problems.append(Problem(kind: "full-width", position: position,
                                        message: "\(position)文字目「\(character)」は全角です。半角で入力してください。", severity: .error))
            } else if control {
                problems.append(Problem(kind: "control", position: position, message: "\(position)文字目は見えない制御文字です。消してください。", severity: .error))
            } else if !character.isASCII {
                problems.append(Problem(kind: "non-ascii", position: position,
                                        message: "\(position)文字目「\(character)」は使えない文字です。半角英数字で入力してください。", severity: .error))
            }
        }
        problems += shapeProblems()
    }

    private func shapeProblems() -> [Problem] {
        let text = normalized
        var found: [Problem] = []
        switch kind {
        case .clinicCode:
            for problem in ClinicCode.problems(in: text) {
                if case .fullWidth = problem { continue } // already reported per character
                // I1: a failed check digit is a doubt to read again, not a refusal.
                found.append(Problem(kind: problem.kindName, position: nil, message: problem.message,
                                     severity: problem.blocks ? .error : .warning))
            }
        case .networkID, .password:
            let count = text.count
            if count != kind.expectedLength {
                found.append(Problem(kind: "length", position: nil,
                                     message: "\(kind.japanese)は通常\(kind.expectedLength)文字です（いま\(count)文字）。書面と文字数を数え直してください。",
                                     severity: .warning))
            }
            if kind == .networkID {
                let parts = text.split(separator: "@", omittingEmptySubsequences: false)
                if parts.count != 2 || parts[0].count != 8 || parts[1].count != 8 {
                    found.append(Problem(kind: "format", position: nil,
                                         message: "ネットワークIDは通常「8文字 + @ + 8文字」の形です（例 12345678@tk123456）。書面と見比べてください。",
                                         severity: .warning))
                }
            } else {
                let hasDigit = text.contains { $0.isASCII && $0.isNumber }
                let hasUpper = text.contains { $0.isASCII && $0.isUppercase }
                let hasLower = text.contains { $0.isASCII && $0.isLowercase }
                if !(hasDigit && hasUpper && hasLower) {
                    found.append(Problem(kind: "format", position: nil,
                                         message: "パスワードは通常、数字・大文字・小文字がまざった8文字です。書面と見比べてください。",
                                         severity: .warning))
                }
            }
            let letters = text.filter { $0.isASCII && $0.isLetter }
            if letters.count >= 2, letters.allSatisfy(\.isUppercase) {
                found.append(Problem(kind: "caps-lock", position: nil,
                                     message: "英字がすべて大文字です。Caps Lock がオンになっていないか確かめてください。", severity: .warning))
            }
        }
        return found
    }

    /// Lines for the warning area: errors first, then the count of lookalikes to read back.
    public var summaryLines: [String] {
        var lines = problems.filter { $0.severity == .error }.prefix(2).map(\.message)
        lines += problems.filter { $0.severity == .warning }.prefix(2).map(\.message)
        return lines
    }
}
