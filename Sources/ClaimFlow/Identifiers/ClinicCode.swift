/// 医療機関コード (I1): 都道府県番号 (2) + 点数表番号 (1) + 郡市区番号 (2) + 医療機関番号 (4)
/// + 検証番号 (1). The check digit is Luhn over the first nine digits, weights 2,1,2,… from
/// the rightmost of the nine. Example: 0110113719.
public enum ClinicCode {
    public enum Problem: Equatable, Sendable {
        case fullWidth(position: Int)
        case notDigit(position: Int, character: Character)
        case wrongLength(count: Int)
        case prefecture(String)
        case scoreTable(Character)
        case checkDigit(expected: Int, actual: Int)

        /// Japanese, saying what is wrong and what to do.
        public var message: String {
            switch self {
            case .fullWidth(let position):
                return "\(position)桁目が全角です。半角の数字で入力してください。"
            case .notDigit(let position, let character):
                return "\(position)桁目「\(character)」は数字ではありません。数字だけを入力してください。"
            case .wrongLength(let count):
                return "医療機関コードは10桁です（いま\(count)桁）。通知書と桁数を見比べてください。"
            case .prefecture(let code):
                return "1〜2桁目の都道府県番号「\(code)」は01〜47のどれかです。"
            case .scoreTable(let digit):
                return "3桁目の点数表番号「\(digit)」は 1（医科）・3（歯科）・4（調剤）のどれかです。"
            case .checkDigit(let expected, let actual):
                return "10桁目（検証番号）が合いません。入力は\(actual)、1〜9桁目から計算すると\(expected)です。"
                    + "どこかの数字を読み違えていないか、1桁ずつ見比べてください。"
            }
        }
    }

    /// The score table the third digit names (I1): 医科, 歯科, 調剤.
    public enum ScoreTable: Character, Sendable {
        case medical = "1", dental = "3", pharmacy = "4"
    }

    /// The Luhn check digit for nine digits.
    public static func checkDigit(ofFirstNine digits: [Int]) -> Int {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            let product = digit * (offset % 2 == 0 ? 2 : 1)
            sum += product / 10 + product % 10
        }
        return (10 - sum % 10) % 10
    }

    /// Every problem, in reading order; empty when the code is valid.
    public static func problems(in text: String) -> [Problem] {
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if let scalar = character.unicodeScalars.first, FullWidth.isFullWidthASCII(scalar) {
                return [.fullWidth(position: index + 1)]
            }
            if !character.isASCII || !character.isNumber {
                return [.notDigit(position: index + 1, character: character)]
            }
        }
        guard characters.count == 10 else { return [.wrongLength(count: characters.count)] }
        let digits = characters.compactMap { $0.wholeNumberValue }
        var found: [Problem] = []
        let prefecture = digits[0] * 10 + digits[1]
        if !(1...47).contains(prefecture) {
            found.append(.prefecture(String(characters[0...1])))
        }
        if ScoreTable(rawValue: characters[2]) == nil {
            found.append(.scoreTable(characters[2]))
        }
        let expected = checkDigit(ofFirstNine: Array(digits[0..<9]))
        if expected != digits[9] {
            found.append(.checkDigit(expected: expected, actual: digits[9]))
        }
        return found
    }

    public static func isValid(_ text: String) -> Bool { problems(in: text).isEmpty }
}
