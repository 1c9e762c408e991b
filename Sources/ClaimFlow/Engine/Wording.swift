/// The reducer's messages, in polite Japanese: what happened and what to do, one line each.
enum Wording {
    static let closeHelp = "ヘルプを閉じるには Esc か F1 を押してください。"
    static let calendarKeys = "左右キーで月を変えます。Esc でメニューに戻ります。"
    static let menuEscape = "ここはメニューです。終了するには F10 か q を押してください。"
    static let controlDropped = "制御文字は入力できないため、取り除きました。"
    static let converted = "全角の文字を半角に直しました。もう一度、書面と見比べてください。"
    static let nothingToConvert = "全角の文字はありません。"
    static let convertHint = "F5 を押すと、全角の文字をまとめて半角に直せます。"
    static let enterAgainToKeep = "通知書のとおりなら、もう一度 Enter を押すと、このまま進みます。"
    static let fixAndRetry = "Backspace で消して、書面を見ながら打ち直してください。"

    static let demoReset = "デモを最初の状態に戻しました。"

    static func memoSaved(_ path: String) -> String {
        "相談メモを保存しました: \(path)"
    }

    static func flowMissing(_ id: String) -> String {
        "保存されていた手順「\(id)」が見つかりません。メニューから選び直してください。"
    }

    static func pickRange(_ count: Int) -> String {
        "数字は 1〜\(count) で選んでください。"
    }

    static func unusableOnMenu(_ key: String) -> String {
        "「\(key)」はここでは使えません。上下キーで選び、Enter を押してください。"
    }

    static func uncheckedRequired(_ item: String) -> String {
        "まだ確認していない項目があります:「\(item)」。確認したら Space で印を付けてください。"
    }

    static func flowCompleted(_ title: String) -> String {
        "「\(title)」を最後まで進めました。おつかれさまでした。"
    }

    static func tooLong(_ limit: Int) -> String {
        "入力できるのは\(limit)文字までです。超えた分は入力していません。"
    }

    static func unusable(_ event: Event, stepKind: StepKind) -> String {
        let what: String
        switch event {
        case .unusable(let name): what = "「\(name)」は"
        case .insert(let text): what = "「\(text.prefix(8))」は"
        case .toggle: what = "Space は"
        default: what = "そのキーは"
        }
        switch stepKind {
        case .checklist: return what + "ここでは使えません。Space で印を付け、Enter で次へ進みます。"
        case .choice: return what + "ここでは使えません。上下キーで選び、Enter で決めます。"
        case .text, .readback: return what + "ここでは使えません。文字を入力し、Enter で決めます。"
        case .info, .summary: return what + "ここでは使えません。Enter で次へ、Esc で戻ります。"
        case .confirm: return what + "ここでは使えません。Enter で確定、Esc で戻って直します。"
        }
    }
}
