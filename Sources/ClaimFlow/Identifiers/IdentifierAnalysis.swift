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
    /// The value recorded at setup this one is compared with (T4, I3); nil = shape check only.
    public var recorded: String?
    /// Where the typed value and the record differ, one line each (empty when they agree).
    public var differences: [String]

    /// No errors (format mismatches are only warnings: the paper may say otherwise).
    /// A clinic code is valid only when its check digit matches too (I1); it is still usable with warnings.
    public var valid: Bool {
        kind == .clinicCode ? problems.isEmpty : !problems.contains { $0.severity == .error }
    }

    /// - Parameter recorded: the same identifier as recorded earlier (the network ID at setup).
    ///   When given, only the positions that differ from it are marked (T4, I3).
    public init(_ input: String, kind: Kind, recorded: String? = nil) {
        self.kind = kind
        self.input = input
        self.recorded = recorded
        normalized = FullWidth.toHalfWidth(input)
        characters = []
        problems = []
        differences = []
        let expected = kind == .networkID ? IdentifierAnalysis.expectedClasses(FullWidth.toHalfWidth(input)) : nil
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
                lookalike: kind != .clinicCode && CharacterReading.lookalikes.contains(half)
                    && IdentifierAnalysis.ambiguous(half, expected: expected.flatMap { index < $0.count ? $0[index] : nil }),
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
        if let recorded, kind != .clinicCode {
            let comparison = IdentifierComparison(typed: input, recorded: recorded)
            differences = comparison.lines
            // With a record, a mark means "differs from the record", nothing else.
            let differing = Set(comparison.positions)
            for index in characters.indices { characters[index].lookalike = differing.contains(characters[index].position) }
        }
    }

    /// What each position of a network ID usually holds (I2: `12345678@tk123456` — eight digits,
    /// @, two lower-case letters, six digits). When the parts are not 8 + 8 long, each part's
    /// majority (digits or letters) stands for the whole part; a tie leaves it unknown.
    enum Expected { case digit, letter, at }

    static func expectedClasses(_ text: String) -> [Expected?] {
        let chars = Array(text)
        guard let at = chars.firstIndex(of: "@") else { return majority(chars[...]) }
        let first = chars[..<at], second = chars[(at + 1)...]
        if first.count == 8 && second.count == 8 {
            return Array(repeating: .digit, count: 8) + [.at, .letter, .letter] + Array(repeating: .digit, count: 6)
        }
        return majority(first) + [.at] + majority(second)
    }

    static func majority(_ part: ArraySlice<Character>) -> [Expected?] {
        let digits = part.filter { $0.isASCII && $0.isNumber }.count
        let letters = part.filter { $0.isASCII && $0.isLetter }.count
        let guess: Expected? = digits > letters ? .digit : letters > digits ? .letter : nil
        return Array(repeating: guess, count: part.count)
    }

    /// I3, issue 13: a lookalike is worth a mark only where the context leaves it ambiguous —
    /// a letter where digits are expected, a digit where letters are, or I/l/O/o/Q among letters.
    /// A 1 or 0 among digits is just a digit. Unknown context: every lookalike is marked.
    static func ambiguous(_ c: Character, expected: Expected?) -> Bool {
        guard let expected else { return true }
        let isDigit = c.isASCII && c.isNumber
        switch expected {
        case .digit: return !isDigit
        case .letter: return isDigit || "IlOoQ|".contains(c)
        case .at: return false
        }
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
                } else {
                    // I2: letters where the sample has digits (and digits where it has letters) — a warning, never a block.
                    let expected = IdentifierAnalysis.expectedClasses(text)
                    var lettersInDigits: [String] = [], digitsInLetters: [String] = []
                    for (index, c) in text.enumerated() where c.isASCII {
                        let name = "\(index + 1)文字目 \(c)（\(CharacterReading.reading(of: c))）"
                        if expected[index] == .digit && c.isLetter { lettersInDigits.append(name) }
                        if expected[index] == .letter && c.isNumber { digitsInLetters.append(name) }
                    }
                    if !lettersInDigits.isEmpty {
                        found.append(Problem(kind: "letter-in-digits", position: nil,
                                             message: "通常は数字が並ぶ所に英字があります: " + lettersInDigits.prefix(3).joined(separator: "、")
                                                + "。書面と見比べてください。", severity: .warning))
                    }
                    if !digitsInLetters.isEmpty {
                        found.append(Problem(kind: "digit-in-letters", position: nil,
                                             message: "@ の後ろの2文字は通常英小文字ですが、数字があります: " + digitsInLetters.joined(separator: "、")
                                                + "。書面と見比べてください。", severity: .warning))
                    }
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

/// The identifier typed now against the one recorded earlier (T4, I3): only the positions that
/// differ are pointed out, each with the readings of both characters, so the clerk checks those
/// few characters instead of retyping blindly.
public struct IdentifierComparison: Equatable, Sendable {
    /// 1-based positions that differ (the first one only when the lengths differ).
    public var positions: [Int]
    public var lines: [String]

    public init(typed: String, recorded: String) {
        let a = Array(typed), b = Array(recorded)
        func line(_ position: Int) -> String {
            let index = position - 1
            let mine = index < a.count ? "入力は \(a[index])（\(CharacterReading.reading(of: a[index]))）" : "入力にはこの文字がありません"
            let theirs = index < b.count ? "セットアップで記録したのは \(b[index])（\(CharacterReading.reading(of: b[index]))）"
                : "セットアップの記録にはこの文字がありません"
            return "\(position)文字目: \(mine)、\(theirs)"
        }
        if a.count == b.count {
            positions = a.indices.filter { a[$0] != b[$0] }.map { $0 + 1 }
            lines = positions.map(line)
        } else {
            // One character too many or too few shifts everything after it: point at the first only.
            let first = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            positions = [first + 1]
            lines = ["文字数が違います（入力 \(a.count) 文字、セットアップの記録 \(b.count) 文字）。", line(first + 1)]
        }
    }
}
