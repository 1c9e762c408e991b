/// How to read a character aloud so a second person can compare it with the paper (I3):
/// 大文字アイ, 小文字エル, 数字イチ … and which characters are easily confused.
public enum CharacterReading {
    /// The confusable groups named in the ID procedure (seed 000) and the issue: I l 1 | ,
    /// O Q 0 o, S s 5, B 8, Z 2.
    public static let lookalikes: Set<Character> = ["I", "l", "1", "|", ",", "O", "Q", "0", "o", "S", "s", "5", "B", "8", "Z", "2"]

    static let letterNames: [Character: String] = [
        "A": "エー", "B": "ビー", "C": "シー", "D": "ディー", "E": "イー", "F": "エフ", "G": "ジー", "H": "エイチ",
        "I": "アイ", "J": "ジェー", "K": "ケー", "L": "エル", "M": "エム", "N": "エヌ", "O": "オー", "P": "ピー",
        "Q": "キュー", "R": "アール", "S": "エス", "T": "ティー", "U": "ユー", "V": "ブイ", "W": "ダブリュー",
        "X": "エックス", "Y": "ワイ", "Z": "ゼット",
    ]
    static let digitNames = ["ゼロ", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ"]
    static let symbolNames: [Character: String] = [
        "@": "アットマーク", ".": "ピリオド", "-": "ハイフン", "_": "アンダーバー", "|": "縦線", ",": "カンマ",
        " ": "空白（スペース）", "/": "スラッシュ", ":": "コロン", "!": "びっくりマーク", "#": "シャープ",
    ]

    /// `大文字アイ`, `数字ゼロ`, `全角の数字イチ`, `空白（スペース）`.
    public static func reading(of character: Character) -> String {
        if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 {
            if scalar.value == 0x3000 { return "全角の空白" }
            if FullWidth.isFullWidthASCII(scalar) {
                let half = Character(FullWidth.halfWidth(scalar))
                return "全角の" + reading(of: half)
            }
            if scalar.properties.generalCategory == .control { return "制御文字（U+\(String(scalar.value, radix: 16, uppercase: true))）" }
        }
        if character.isASCII, let digit = character.wholeNumberValue { return "数字" + digitNames[digit] }
        if character.isASCII, character.isLetter {
            let upper = Character(character.uppercased())
            let name = letterNames[upper] ?? String(character)
            return (character.isUppercase ? "大文字" : "小文字") + name
        }
        if let name = symbolNames[character] { return name }
        return "「\(character)」"
    }

    /// The class of a character, for a password read back without showing it.
    public static func characterClass(of character: Character) -> String {
        if character.isASCII, character.isNumber { return "数字" }
        if character.isASCII, character.isUppercase { return "大文字" }
        if character.isASCII, character.isLowercase { return "小文字" }
        if character == " " { return "空白" }
        if !character.isASCII { return "全角など" }
        return "記号"
    }
}
