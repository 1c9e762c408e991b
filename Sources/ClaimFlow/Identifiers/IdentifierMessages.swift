/// The identifiers' sentences (I1–I3): the names of the identifiers, what is wrong with one as
/// typed, and where it differs from the record, each a function of the values the checks return.
/// Character readings (大文字アイ …) are data in CharacterReading.
public protocol IdentifierMessages: Sendable {
    func kind(_ kind: IdentifierAnalysis.Kind) -> String
    func problem(_ reason: IdentifierAnalysis.Reason) -> String
    func difference(_ difference: IdentifierComparison.Difference) -> String
    func clinicCode(_ problem: ClinicCode.Problem) -> String
    func scheme(_ scheme: ClinicCode.CheckScheme) -> String
}

public struct JapaneseIdentifierMessages: IdentifierMessages {
    public init() {}

    public func kind(_ kind: IdentifierAnalysis.Kind) -> String {
        switch kind {
        case .networkID: return "ネットワークID"
        case .password: return "ネットワークパスワード"
        case .clinicCode: return "医療機関コード"
        }
    }

    public func problem(_ reason: IdentifierAnalysis.Reason) -> String {
        func named(_ slot: IdentifierAnalysis.Slot) -> String {
            "\(slot.position)文字目 \(slot.character)（\(CharacterReading.reading(of: slot.character))）"
        }
        switch reason {
        case .space(let position):
            return "\(position)文字目は空白です。空白は入れません。"
        case .fullWidth(let position, let character):
            return "\(position)文字目「\(character)」は全角です。半角で入力してください。"
        case .control(let position):
            return "\(position)文字目は見えない制御文字です。消してください。"
        case .notASCII(let position, let character):
            return "\(position)文字目「\(character)」は使えない文字です。半角英数字で入力してください。"
        case .length(let kind, let count):
            return "\(self.kind(kind))は通常\(kind.expectedLength)文字です（いま\(count)文字）。書面と文字数を数え直してください。"
        case .networkIDShape:
            return "ネットワークIDは通常「8文字 + @ + 8文字」の形です（例 12345678@tk123456）。書面と見比べてください。"
        case .lettersAmongDigits(let slots):
            // Three at most: the warning area has room for the sentence, not a list.
            return "通常は数字が並ぶ所に英字があります: " + slots.prefix(3).map(named).joined(separator: "、") + "。書面と見比べてください。"
        case .digitsAmongLetters(let slots):
            return "@ の後ろの2文字は通常英小文字ですが、数字があります: " + slots.map(named).joined(separator: "、") + "。書面と見比べてください。"
        case .passwordMix:
            return "パスワードは通常、数字・大文字・小文字がまざった8文字です。書面と見比べてください。"
        case .capsLock:
            return "英字がすべて大文字です。Caps Lock がオンになっていないか確かめてください。"
        case .clinicCode(let problem):
            return clinicCode(problem)
        }
    }

    public func difference(_ difference: IdentifierComparison.Difference) -> String {
        switch difference {
        case .length(let typed, let recorded):
            return "文字数が違います（入力 \(typed) 文字、セットアップの記録 \(recorded) 文字）。"
        case .character(let position, let typed, let recorded):
            let mine = typed.map { "入力は \($0)（\(CharacterReading.reading(of: $0))）" } ?? "入力にはこの文字がありません"
            let theirs = recorded.map { "セットアップで記録したのは \($0)（\(CharacterReading.reading(of: $0))）" }
                ?? "セットアップの記録にはこの文字がありません"
            return "\(position)文字目: \(mine)、\(theirs)"
        }
    }

    public func clinicCode(_ problem: ClinicCode.Problem) -> String {
        switch problem {
        case .fullWidth(let position):
            return "\(position)桁目が全角です。半角の数字で入力してください。"
        case .notDigit(let position, let character):
            return "\(position)桁目「\(character)」は数字ではありません。数字だけを入力してください。"
        case .wrongLength(let count):
            return "医療機関コードは10桁です（いま\(count)桁）。通知書と桁数を見比べてください。"
        case .sevenDigitForm:
            return "7桁は厚生局の一覧に載る形（郡市区番号・医療機関番号・検証番号）です。"
                + "前に都道府県番号（2桁）と点数表番号（1桁: 医科1・歯科3・調剤4）を付けて、10桁で入力してください。"
        case .prefecture(let code):
            return "1〜2桁目の都道府県番号「\(code)」は01〜47のどれかです。通知書と見比べてください。"
        case .scoreTable(let digit):
            return "3桁目の点数表番号「\(digit)」は、ふつう 1（医科）・3（歯科）・4（調剤）のどれかです。通知書と見比べてください。"
        case .checkDigit(_, _, let scheme):
            // The typo may be in any covered digit: name them all, never suggest changing the 10th.
            return "検証番号（10桁目）が合いません。\(scheme.coveredPositions.lowerBound)〜10桁目を通知書と見比べてください。"
        }
    }

    public func scheme(_ scheme: ClinicCode.CheckScheme) -> String {
        switch scheme {
        case .nineDigits: return "1〜9桁目から（都道府県番号・点数表番号・郡市区番号・医療機関番号）"
        case .sixDigits: return "4〜9桁目から（郡市区番号・医療機関番号。埼玉・千葉・東京・神奈川の方式）"
        }
    }
}
