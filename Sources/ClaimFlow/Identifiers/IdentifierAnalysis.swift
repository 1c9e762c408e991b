/// What an identifier typed by a clerk looks like, character by character (I2, I3): the
/// lookalikes to read back, the full-width or invisible characters that break 691 logins,
/// and whether the shape matches what the paper says.
public struct IdentifierAnalysis: Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case networkID = "network-id"
        case password
        case clinicCode = "clinic-code"

        /// What the papers call it, worded by the identifier catalog.
        public var japanese: String { Messages.identifiers.kind(self) }

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
        /// What is wrong, with what the message needs.
        public var reason: Reason
        /// 1-based; nil when it concerns the whole text.
        public var position: Int?
        public var severity: Severity

        /// A stable name for reports (`check-id --json`): full-width, space, control, non-ascii,
        /// length, format, caps-lock, letter-in-digits, digit-in-letters, or a clinic code's kindName.
        public var kind: String { reason.kindName }
        /// Worded by the identifier catalog.
        public var message: String { Messages.identifiers.problem(reason) }
    }

    /// What can be wrong with an identifier (I1–I3); `IdentifierMessages` words each.
    public enum Reason: Equatable, Sendable {
        case space(position: Int)
        case fullWidth(position: Int, character: Character)
        /// An invisible control or format character.
        case control(position: Int)
        case notASCII(position: Int, character: Character)
        /// I2: not the usual number of characters for `kind`.
        case length(kind: Kind, count: Int)
        /// I2: a network ID that is not 8 + @ + 8.
        case networkIDShape
        /// I2: letters where the usual network ID has digits (the first three named).
        case lettersAmongDigits([Slot])
        /// I2: digits where the usual network ID has its two lower-case letters.
        case digitsAmongLetters([Slot])
        /// I2: a password without digits, upper- and lower-case letters mixed.
        case passwordMix
        /// I3: every letter upper-case.
        case capsLock
        /// I1: what the clinic code check found.
        case clinicCode(ClinicCode.Problem)

        public var kindName: String {
            switch self {
            case .space: return "space"
            case .fullWidth: return "full-width"
            case .control: return "control"
            case .notASCII: return "non-ascii"
            case .length: return "length"
            case .networkIDShape, .passwordMix: return "format"
            case .lettersAmongDigits: return "letter-in-digits"
            case .digitsAmongLetters: return "digit-in-letters"
            case .capsLock: return "caps-lock"
            case .clinicCode(let problem): return problem.kindName
            }
        }
    }

    /// One character at its 1-based position.
    public struct Slot: Equatable, Sendable {
        public var position: Int
        public var character: Character
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
    /// Where the typed value and the record differ (empty when they agree or nothing was recorded).
    public var mismatches: [IdentifierComparison.Difference]
    /// `mismatches`, one line each, worded by the identifier catalog.
    public var differences: [String] { mismatches.map(Messages.identifiers.difference) }

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
        mismatches = []
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
                problems.append(Problem(reason: .space(position: position), position: position, severity: .error))
            } else if fullWidth {
                problems.append(Problem(reason: .fullWidth(position: position, character: character), position: position, severity: .error))
            } else if control {
                problems.append(Problem(reason: .control(position: position), position: position, severity: .error))
            } else if !character.isASCII {
                problems.append(Problem(reason: .notASCII(position: position, character: character), position: position, severity: .error))
            }
        }
        problems += shapeProblems()
        if let recorded, kind != .clinicCode {
            let comparison = IdentifierComparison(typed: input, recorded: recorded)
            mismatches = comparison.differences
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
                found.append(Problem(reason: .clinicCode(problem), position: nil, severity: problem.blocks ? .error : .warning))
            }
        case .networkID, .password:
            if text.count != kind.expectedLength {
                found.append(Problem(reason: .length(kind: kind, count: text.count), position: nil, severity: .warning))
            }
            if kind == .networkID {
                let parts = text.split(separator: "@", omittingEmptySubsequences: false)
                if parts.count != 2 || parts[0].count != 8 || parts[1].count != 8 {
                    found.append(Problem(reason: .networkIDShape, position: nil, severity: .warning))
                } else {
                    // I2: letters where the sample has digits (and digits where it has letters) — a warning, never a block.
                    let expected = IdentifierAnalysis.expectedClasses(text)
                    var lettersInDigits: [Slot] = [], digitsInLetters: [Slot] = []
                    for (index, c) in text.enumerated() where c.isASCII {
                        let slot = Slot(position: index + 1, character: c)
                        if expected[index] == .digit && c.isLetter { lettersInDigits.append(slot) }
                        if expected[index] == .letter && c.isNumber { digitsInLetters.append(slot) }
                    }
                    if !lettersInDigits.isEmpty {
                        found.append(Problem(reason: .lettersAmongDigits(lettersInDigits), position: nil, severity: .warning))
                    }
                    if !digitsInLetters.isEmpty {
                        found.append(Problem(reason: .digitsAmongLetters(digitsInLetters), position: nil, severity: .warning))
                    }
                }
            } else {
                let hasDigit = text.contains { $0.isASCII && $0.isNumber }
                let hasUpper = text.contains { $0.isASCII && $0.isUppercase }
                let hasLower = text.contains { $0.isASCII && $0.isLowercase }
                if !(hasDigit && hasUpper && hasLower) {
                    found.append(Problem(reason: .passwordMix, position: nil, severity: .warning))
                }
            }
            let letters = text.filter { $0.isASCII && $0.isLetter }
            if letters.count >= 2, letters.allSatisfy(\.isUppercase) {
                found.append(Problem(reason: .capsLock, position: nil, severity: .warning))
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
    /// One place where the typed identifier and the record differ; `IdentifierMessages` words it.
    public enum Difference: Equatable, Sendable {
        /// The two have different lengths (only the first differing position follows).
        case length(typed: Int, recorded: Int)
        /// A character that differs, or is missing (nil) on one side.
        case character(position: Int, typed: Character?, recorded: Character?)
    }

    /// 1-based positions that differ (the first one only when the lengths differ).
    public var positions: [Int]
    public var differences: [Difference]
    /// `differences`, one line each, worded by the identifier catalog.
    public var lines: [String] { differences.map(Messages.identifiers.difference) }

    public init(typed: String, recorded: String) {
        let a = Array(typed), b = Array(recorded)
        func difference(_ position: Int) -> Difference {
            let index = position - 1
            return .character(position: position, typed: index < a.count ? a[index] : nil, recorded: index < b.count ? b[index] : nil)
        }
        if a.count == b.count {
            positions = a.indices.filter { a[$0] != b[$0] }.map { $0 + 1 }
            differences = positions.map(difference)
        } else {
            // One character too many or too few shifts everything after it: point at the first only.
            let first = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            positions = [first + 1]
            differences = [.length(typed: a.count, recorded: b.count), difference(first + 1)]
        }
    }
}
