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
    /// One row of the changes list: date, state, kind, note, and a mark when a planned change is in the freeze [S0].
    func changeRow(_ change: ChangeRecord, inFreeze: Bool) -> String
    /// Under the highlighted row: the earlier date and when it was postponed, done or cancelled.
    func changeHistory(_ change: ChangeRecord) -> String?
    /// The changes screen's heading at each stage, about `change` (nil on the list).
    func changesHeading(_ stage: ChangesStage, change: ChangeRecord?) -> String
    /// A row of the "what to do" list, with its letter.
    func changeOperation(_ operation: ChangeOperation) -> String
    /// The label of the field an operation takes.
    func changeField(_ operation: ChangeOperation) -> String
}

/// The screens' fixed words.
enum ScreenText: CaseIterable {
    case menuPlace, menuHeading, menuPrompt
    case calendarEntry, calendarEntryDetail, quitEntry, quitEntryDetail
    case calendarPlace, calendarExtended, calendarSubmitted, todayMark
    case demoBanner
    case memoPlace
    case summaryFinishRow, fieldReplacesOnTyping
    /// The changes screen [S0]: where, the rule, its keys, the confirmation.
    case changesPlace, changesRule, changesKeyGuide, changesConfirm, changesHelp
}

/// What a key does, as its hint says.
enum HintAction: CaseIterable {
    case open, select, pickByNumber, help, quit, next, back, tick, menu, decide, deleteCharacter
    case toHalfWidth, showOrHide, confirm, backToFix, finish, close, changeMonth, recordExtension, toMenu, demoReset
    case memo, scroll, nextPage
    case chooseAnswerToChange, openToChange, toFinishRow
    case chooseWhatToDo, addChange, postponeChange, markChangeDone, cancelChange, record
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
        case .changesPlace: return "変更の記録"
        case .changesRule:
            return "予定の変更は、済んだら「済み」に、延びたら「延期」にしてください。日付が過ぎても予定のままで、サポートに伝える変更の記録には済んだ変更だけが入ります。"
        case .changesKeyGuide: return "Enter 何をするか選ぶ  a 追加する  Esc メニューへ\np 延期する  e 日付を直す  m メモを直す  d 済みにする  c 取り消す"
        case .changesConfirm: return "よろしければ Enter を押してください。やめるときは Esc で戻ります。"
        case .changesHelp:
            return """
                予定: まだしていない変更です。日付が過ぎても、済んだと記録するまで予定のままです。
                済み: 変更したことを記録したものです。接続トラブルの相談メモに、サポートに伝える変更として入ります。
                取り消し: しないことにした変更です。この一覧にだけ残ります。
                延期すると、元の日付は記録に残ります。締め切り前の変更禁止の期間に入る日には注意が出ます。
                seikyu changes list でも同じ一覧を見られます（左の数字は変更の番号です）。
                """
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
        case .chooseWhatToDo: return "操作"
        case .addChange: return "追加"
        case .postponeChange: return "延期"
        case .markChangeDone: return "済み"
        case .cancelChange: return "取り消し"
        case .record: return "記録する"
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

    func changeRow(_ change: ChangeRecord, inFreeze: Bool) -> String {
        let state = Messages.changes.state(change.state)
        let note = change.note.isEmpty ? "" : "  \(change.note)"
        return "\(change.date.description)(\(CivilDate.weekdayNames[change.date.weekday]))  \(state)  \(change.kind.japanese)\(note)"
            + (inFreeze ? "  [変更禁止]" : "")
    }

    func changeHistory(_ change: ChangeRecord) -> String? {
        var lines: [String] = []
        for revision in change.history {
            let day = "\(revision.at.date.month)月\(revision.at.date.day)日"
            switch revision.action {
            case .postponed:
                if let from = revision.fromDate { lines.append("\(day)に \(from.description) から延期しました。") }
            case .edited:
                if let from = revision.fromDate { lines.append("\(day)に日付を \(from.description) から直しました。") }
                if revision.fromNote != nil { lines.append("\(day)にメモを直しました。") }
            case .done:
                lines.append(revision.fromDate.map { "\(day)に済みと記録しました（予定は \($0.description)）。" } ?? "\(day)に済みと記録しました。")
            case .cancelled:
                lines.append("\(day)に取り消しました。")
            }
        }
        return lines.isEmpty ? nil : lines.joined(separator: " ")
    }

    func changesHeading(_ stage: ChangesStage, change: ChangeRecord?) -> String {
        guard let change else { return "変更の予定と記録" }
        let what = "「\(change.kind.japanese)」（\(change.date.description)）"
        switch stage {
        case .list: return "変更の予定と記録"
        case .choosing: return what + "をどうしますか"
        case .typing(.postpone): return what + "をいつに延期しますか"
        case .typing(.editDate): return what + "の正しい日付"
        case .typing(.editNote): return what + "のメモを直す"
        case .typing(.markDone): return what + "を変更した日"
        case .typing(.cancel): return what + "を取り消す"
        case .confirming: return "記録する内容を確かめる"
        }
    }

    func changeOperation(_ operation: ChangeOperation) -> String {
        switch operation {
        case .postpone: return "延期する（p）: 予定のまま、後の日に移します"
        case .editDate: return "日付を直す（e）: 入力した日付の誤りを直します"
        case .editNote: return "メモを直す（m）"
        case .markDone: return "済みにする（d）: 変更したことを記録します"
        case .cancel: return "取り消す（c）: この変更はしません（記録は一覧に残ります）"
        }
    }

    func changeField(_ operation: ChangeOperation) -> String {
        switch operation {
        case .postpone: return "延期する日（例 2026-12-20）"
        case .editDate: return "正しい日付（例 2026-12-20）"
        case .editNote: return "メモ（何を変えるか）"
        case .markDone: return "変更した日（例 2026-12-20）"
        case .cancel: return ""
        }
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
