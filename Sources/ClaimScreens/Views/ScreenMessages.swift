import ClaimFlow

/// The screens' own words: the menu, help, the calendar grid and its legend, key hints and the
/// demo banner. The flows' words are in Assets/flows; the rules' in ClaimFlow's catalogs.
protocol ScreenMessages: Sendable {
    func text(_ text: ScreenText) -> String
    /// The label of a key hint.
    func key(_ action: HintAction) -> String
    /// A calendar mark: one kanji (two columns, never ambiguous width) and what it means.
    func mark(_ mark: DayMark) -> (glyph: Character, meaning: String)
    /// The help screen's list of keys, one line each.
    var helpKeys: [String] { get }
    /// The menu's first line, before the window's headline.
    func today(_ date: CivilDate) -> String
    /// How far a flow on the menu is.
    func flowStanding(_ standing: FlowStanding) -> String
    /// The claim month at a glance, as it follows the monthly flow's title.
    func monthGlance(_ glance: String) -> String
    func helpHeading(_ heading: String) -> String
    /// Where the memo on screen was saved (T11), under the data folder.
    func memoSavedAs(_ name: String) -> String
    func calendarHeading(year: Int, month: Int) -> String
    func calendarDeadline(month: Int, day: Int, close: Int) -> String
    func holidays(_ holidays: [(day: Int, name: String)]) -> String
    func changes(_ changes: [(day: Int, kind: ChangeKind)]) -> String
    /// C4, C6: when 試 and 帳 can be done; `longerDownloads` are the window days downloads follow.
    func legendHours(test: Hours, download: Hours, longerDownloads: [DayHours]) -> String
}

/// The screens' fixed words.
enum ScreenText: CaseIterable {
    case menuPlace, menuHeading, menuPrompt
    case calendarEntry, calendarEntryDetail, quitEntry, quitEntryDetail
    case calendarPlace, calendarExtended, calendarSubmitted, todayMark
    case demoBanner
    case memoPlace
    case summaryFinishRow, fieldReplacesOnTyping
}

/// What a key does, as its hint says.
enum HintAction: CaseIterable {
    case open, select, pickByNumber, help, quit, next, back, tick, menu, decide, deleteCharacter
    case toHalfWidth, showOrHide, confirm, backToFix, finish, close, changeMonth, recordExtension, toMenu, demoReset
    case memo, scroll, nextPage
    case chooseAnswerToChange, openToChange, toFinishRow
}

/// What the calendar grid marks on a day (C1–C8, [S0], [HOL]).
enum DayMark: CaseIterable {
    case send, correct, test, download, closed, deadline, peak, freeze, holiday
}

/// How far a flow is, for its menu line.
enum FlowStanding: Equatable {
    case completed
    case at(step: Int, of: Int)
}

extension Messages {
    static let screen: any ScreenMessages = JapaneseScreenMessages()
}

struct JapaneseScreenMessages: ScreenMessages {
    func text(_ text: ScreenText) -> String {
        switch text {
        case .menuPlace: return "メインメニュー"
        case .menuHeading: return "何をしますか"
        case .menuPrompt: return "番号を押すか、上下キーで選んで Enter を押してください。"
        case .calendarEntry: return "カレンダー"
        case .calendarEntryDetail: return "今月の送信できる日と時間、締め切りを確かめます。"
        case .quitEntry: return "終了"
        case .quitEntryDetail: return "進み具合は自動で保存されています。"
        case .calendarPlace: return "カレンダー"
        case .calendarExtended: return "（延長）"
        case .calendarSubmitted: return "この月は送信済みです（受領書あり）"
        case .todayMark: return "今日"
        case .demoBanner: return "デモ"
        case .memoPlace: return "相談メモ（最後の接続トラブル）"
        case .summaryFinishRow: return "このまま完了する"
        case .fieldReplacesOnTyping: return "前に入力した内容です。文字を打つと置き換わります。一部を直すときは、左右キーや BS を先に押してください。"
        }
    }

    func key(_ action: HintAction) -> String {
        switch action {
        case .open: return "開く"
        case .select: return "選ぶ"
        case .pickByNumber: return "番号で選ぶ"
        case .help: return "ヘルプ"
        case .quit: return "終了"
        case .next: return "次へ"
        case .back: return "戻る"
        case .tick: return "印を付ける/外す"
        case .menu: return "メニュー"
        case .decide: return "決定"
        case .deleteCharacter: return "1字消す"
        case .toHalfWidth: return "半角に直す"
        case .showOrHide: return "表示/隠す"
        case .confirm: return "確定"
        case .backToFix: return "戻って直す"
        case .finish: return "完了"
        case .close: return "閉じる"
        case .changeMonth: return "月を変える"
        case .recordExtension: return "延長を記録"
        case .toMenu: return "メニューへ"
        case .demoReset: return "デモを最初から"
        case .memo: return "相談メモ"
        case .scroll: return "読み進める"
        case .nextPage: return "次のページ"
        case .chooseAnswerToChange: return "直す答えを選ぶ"
        case .openToChange: return "開いて直す"
        case .toFinishRow: return "完了の行へ"
        }
    }

    func mark(_ mark: DayMark) -> (glyph: Character, meaning: String) {
        switch mark {
        case .send: return ("送", "送信できる")
        case .correct: return ("訂", "訂正だけ")
        case .test: return ("試", "導通・確認試験")
        case .download: return ("帳", "返戻・帳票の取得")
        case .closed: return ("閉", "システム停止")
        case .deadline: return ("締", "締め切り")
        case .peak: return ("混", "混む日")
        case .freeze: return ("止", "変更禁止")
        case .holiday: return ("祝", "祝日")
        }
    }

    var helpKeys: [String] {
        [
            "キーの使い方",
            "  Enter  決める・次へ進む",
            "  Esc    1つ前の手順に戻る（入力した内容は残ります）",
            "  上下   項目を選ぶ",
            "  Space  確認した項目に印を付ける・外す",
            "  左右   入力欄の中でカーソルを動かす（Home で先頭、End で末尾）",
            "  BS / Delete  カーソルの前 / カーソルの字を消す",
            "  F2     メインメニューへ",
            "  F10 / q  終了（進み具合は自動で保存されています）",
            "  Ctrl+L 画面を描き直す",
        ]
    }

    func today(_ date: CivilDate) -> String { "今日は \(date.japanese) です。" }

    func flowStanding(_ standing: FlowStanding) -> String {
        switch standing {
        case .completed: return "（完了）"
        case .at(let step, let of): return "（手順 \(step) / \(of) まで）"
        }
    }

    func monthGlance(_ glance: String) -> String { "（" + glance + "）" }

    func helpHeading(_ heading: String) -> String { "ヘルプ: " + heading }

    func memoSavedAs(_ name: String) -> String { "保存先: データのフォルダの memos/\(name)" }

    func calendarHeading(year: Int, month: Int) -> String { "\(year)年\(month)月の送信スケジュール" }

    func calendarDeadline(month: Int, day: Int, close: Int) -> String {
        "締め切り: \(month)月\(day)日 \(Hours.text(close))"
    }

    func holidays(_ holidays: [(day: Int, name: String)]) -> String {
        "祝日: " + holidays.map { "\($0.day)日 \($0.name)" }.joined(separator: "、")
    }

    func changes(_ changes: [(day: Int, kind: ChangeKind)]) -> String {
        "変更の予定・記録: " + changes.map { "\($0.day)日 \($0.kind.japanese)" }.joined(separator: "、")
    }

    func legendHours(test: Hours, download: Hours, longerDownloads: [DayHours]) -> String {
        let (tests, downloads) = (mark(.test).glyph, mark(.download).glyph)
        var hours = test == download ? "\(tests)・\(downloads)は \(test.japanese)" : "\(tests)は \(test.japanese)、\(downloads)は \(download.japanese)"
        hours += "、\(mark(.send).glyph)・\(mark(.correct).glyph)の日にもできます"
        let longer = longerDownloads.map { "\($0.from)〜\($0.to)日 \($0.hours.closeText)" }
        if !longer.isEmpty { hours += "（\(downloads)は" + longer.joined(separator: "、") + "まで）" }
        return hours
    }
}
