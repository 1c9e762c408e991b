/// The reducer's messages, in polite Japanese: what happened and what to do, one line each.
public protocol ReducerMessages: Sendable {
    var closeHelp: String { get }
    var calendarKeys: String { get }
    /// A key the changes screen's list does not use: which keys it does [S0].
    var changesKeys: String { get }
    /// The changes screen with nothing recorded yet.
    var noChangesYet: String { get }
    var menuEscape: String { get }
    var controlDropped: String { get }
    var converted: String { get }
    var nothingToConvert: String { get }
    var convertHint: String { get }
    var enterAgainToKeep: String { get }
    var fixAndRetry: String { get }
    var demoReset: String { get }
    /// What the keys do while the 相談メモ is on screen.
    var memoKeys: String { get }
    /// `m` on the menu before any triage was finished.
    var noMemoYet: String { get }
    func memoSaved(_ path: String) -> String
    func flowMissing(_ id: String) -> String
    func pickRange(_ count: Int) -> String
    func unusableOnMenu(_ key: String) -> String
    func uncheckedRequired(_ item: String) -> String
    func flowCompleted(_ title: String) -> String
    func tooLong(_ limit: Int) -> String
    /// A key or text a step of `stepKind` cannot use, and what it takes instead.
    func unusable(_ event: Event, stepKind: StepKind) -> String
}

public struct JapaneseReducerMessages: ReducerMessages {
    public init() {}

    public var closeHelp: String { "ヘルプを閉じるには Esc か F1 を押してください。" }
    public var calendarKeys: String { "左右キーで月を変えます。Esc でメニューに戻ります。" }
    public var changesKeys: String { "上下キーで変更を選び、Enter で何をするかを選びます（a 追加、p 延期、d 済み、c 取り消し）。" }
    public var noChangesYet: String { "まだ変更は記録されていません。a を押すと追加できます。" }
    public var menuEscape: String { "ここはメニューです。終了するには F10 か q を押してください。" }
    public var controlDropped: String { "制御文字は入力できないため、取り除きました。" }
    public var converted: String { "全角の文字を半角に直しました。もう一度、書面と見比べてください。" }
    public var nothingToConvert: String { "全角の文字はありません。" }
    public var convertHint: String { "F5 を押すと、全角の文字をまとめて半角に直せます。" }
    public var enterAgainToKeep: String { "通知書のとおりなら、もう一度 Enter を押すと、このまま進みます。" }
    public var fixAndRetry: String { "Backspace で消して、書面を見ながら打ち直してください。" }
    public var demoReset: String { "デモを最初の状態に戻しました。" }
    public var memoKeys: String { "上下キーと PageUp・PageDown で読み進めます。Esc でメニューに戻ります。" }
    public var noMemoYet: String { "相談メモはまだありません。「接続トラブル」を最後まで進めると作られます。" }

    public func memoSaved(_ path: String) -> String {
        "相談メモを保存しました: \(path)（メニューで m を押すと読めます）"
    }

    public func flowMissing(_ id: String) -> String {
        "保存されていた手順「\(id)」が見つかりません。メニューから選び直してください。"
    }

    public func pickRange(_ count: Int) -> String {
        "数字は 1〜\(count) で選んでください。"
    }

    public func unusableOnMenu(_ key: String) -> String {
        "「\(key)」はここでは使えません。上下キーで選び、Enter を押してください。"
    }

    public func uncheckedRequired(_ item: String) -> String {
        "まだ確認していない項目があります:「\(item)」。確認したら Space で印を付けてください。"
    }

    public func flowCompleted(_ title: String) -> String {
        "「\(title)」を最後まで進めました。おつかれさまでした。"
    }

    public func tooLong(_ limit: Int) -> String {
        "入力できるのは\(limit)文字までです。超えた分は入力していません。"
    }

    public func unusable(_ event: Event, stepKind: StepKind) -> String {
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
        case .info: return what + "ここでは使えません。Enter で次へ、Esc で戻ります。"
        case .summary: return what + "ここでは使えません。直す答えを上下キーで選んで Enter を押すか、一番上の行で Enter を押して完了してください。"
        case .confirm: return what + "ここでは使えません。Enter で確定、Esc で戻って直します。"
        }
    }
}
