@testable import ClaimFlow
@testable import ClaimScreens
import Foundation
import Testing

/// Every sentence of every message catalog is pinned (issue 10: words apart from rules). Each
/// case of each catalog is rendered here with sample values and either found on the golden
/// screen that shows it with those values (so changing the sentence also fails that golden, with
/// a diff naming the file) or compared with the text it must read (the ones no golden shows, and
/// short words that could be found on a screen by chance). A new case belongs in its catalog's list.
@Suite struct CatalogPinTests {
    enum Where {
        /// Shown on this golden screen (Tests/Golden/screens/NAME.txt) with these values.
        case golden(String)
        /// The text it must read.
        case reads(String)
    }

    struct Pin {
        var what: String
        var rendered: String
        var pinned: Where
    }

    /// Shorter than this, a text may be on a golden screen for another reason: pin its text instead.
    static let shortestGoldenPin = 10

    static func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    func verify(_ pins: [Pin], sourceLocation: SourceLocation = #_sourceLocation) {
        for pin in pins {
            switch pin.pinned {
            case .golden(let name):
                let wanted = Self.squeezed(pin.rendered)
                #expect(wanted.count >= Self.shortestGoldenPin, "\(pin.what): too short to pin by a golden; pin its text",
                        sourceLocation: sourceLocation)
                guard let screen = try? String(contentsOf: Golden.path(name), encoding: .utf8) else {
                    Issue.record("\(pin.what): no golden file Tests/Golden/screens/\(name).txt", sourceLocation: sourceLocation)
                    continue
                }
                #expect(Self.squeezed(screen).contains(wanted),
                        "\(pin.what): 「\(pin.rendered)」 is not on Tests/Golden/screens/\(name).txt", sourceLocation: sourceLocation)
            case .reads(let expected):
                #expect(pin.rendered == expected, "\(pin.what)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func calendarMessages() {
        let say = Messages.calendar
        func date(_ text: String) -> CivilDate { CivilDate(parsing: text)! }
        let december = WindowStatus.Deadline(month: 12, day: 10, close: 24 * 60)
        var pins = [
            Pin(what: "notYetOpen", rendered: say.headline(.notYetOpen(opens: date("2026-12-05"), inDays: 4)),
                pinned: .golden("menu/01-closed-first-days")),
            Pin(what: "opensLater", rendered: say.headline(.opensLater(opensAt: 480, minutesLeft: 30, closesAt: 1260, deadline: december)),
                pinned: .golden("menu/03-window-before-opening")),
            Pin(what: "opensLaterOnDeadline", rendered: say.headline(.opensLaterOnDeadline(opensAt: 480, minutesLeft: 90, closesAt: 1440)),
                pinned: .reads("8:00 から送信できます（あと1時間30分）。締め切りは今日 24:00 です。")),
            Pin(what: "lastHour", rendered: say.headline(.lastHour(minutesLeft: 30, closesAt: 1260, deadline: december)),
                pinned: .reads("今日の受付終了まであと30分です（21:00 まで）。締め切りは 12月10日 24:00 です。")),
            Pin(what: "lastHourOnDeadline", rendered: say.headline(.lastHourOnDeadline(minutesLeft: 30, closesAt: 1440)),
                pinned: .golden("menu/07-deadline-last-hour")),
            Pin(what: "open", rendered: say.headline(.open(closesAt: 1260, deadline: december)), pinned: .golden("menu/04-window-open")),
            Pin(what: "openOnDeadline", rendered: say.headline(.openOnDeadline(closesAt: 1440)), pinned: .golden("menu/06-deadline-day")),
            Pin(what: "correctionsOnly", rendered: say.headline(.correctionsOnly(month: 12, lastDay: 12)),
                pinned: .golden("menu/08-corrections-only")),
            // The start of closedUntil's sentence: a golden would find it there, so its text is pinned.
            Pin(what: "monthOver", rendered: say.headline(.monthOver), pinned: .reads("今月の受付は終わりました。")),
            Pin(what: "closedForToday", rendered: say.headline(.closedForToday(deadline: december)),
                pinned: .golden("menu/05-window-evening-closed")),
            Pin(what: "closedUntil", rendered: say.headline(.closedUntil(next: date("2027-01-05"))), pinned: .golden("menu/09-after-corrections")),
            Pin(what: "yearEndClosure", rendered: say.headline(.yearEndClosure(from: 29, reopensOn: 5)), pinned: .golden("menu/10-year-end-closed")),
            Pin(what: "submitted", rendered: say.headline(.submitted(correctionsUntil: nil)), pinned: .reads("今月の請求は送信済みです（受領書を記録しました）。")),
            Pin(what: "submitted, corrections open", rendered: say.headline(.submitted(correctionsUntil: 12)),
                pinned: .reads("今月の請求は送信済みです（受領書を記録しました）。訂正は 12日 21:00 まで。")),
            Pin(what: "deadlineSendNow", rendered: say.caution(.deadlineSendNow(close: 1440)), pinned: .golden("menu/06-deadline-day")),
            Pin(what: "deadlineSendAtOpening", rendered: say.caution(.deadlineSendAtOpening(close: 1440, opensAt: 480)),
                pinned: .reads("今日が締め切りです（24:00まで）。8:00 になったら、すぐに送信してください。")),
            Pin(what: "peakLastDay", rendered: say.caution(.peakLastDay), pinned: .golden("menu/06-deadline-day")),
            Pin(what: "peakAfterDaysOff", rendered: say.caution(.peakAfterDaysOff(deadlineDay: 10)), pinned: .golden("menu/11-new-year-first-window-day")),
            Pin(what: "freeze", rendered: say.caution(.freeze(throughDay: 12)), pinned: .golden("menu/02-freeze-before-window")),
            Pin(what: "desksClosedOnDeadline", rendered: say.caution(.desksClosedOnDeadline(DeadlineDayOff(
                deadline: date("2027-01-10"), reason: .sunday, closedDesks: ["医療機関等向け総合ポータルサイト コールセンター"],
                sendBy: date("2027-01-09"), isToday: false))), pinned: .golden("menu/11-new-year-first-window-day")),
            Pin(what: "desksClosedOnDeadline today", rendered: say.caution(.desksClosedOnDeadline(DeadlineDayOff(
                deadline: date("2027-01-10"), reason: .sunday, closedDesks: ["A"], sendBy: nil, isToday: true))),
                pinned: .reads("締め切りの今日は日曜日で、休みの窓口があります: A。")),
            Pin(what: "desksClosedOnDeadline holiday", rendered: say.caution(.desksClosedOnDeadline(DeadlineDayOff(
                deadline: date("2028-01-10"), reason: .holiday("成人の日"), closedDesks: ["A", "B"], sendBy: nil, isToday: false))),
                pinned: .reads("締め切りの1月10日(月)は祝日（成人の日）で、休みの窓口があります: A、B。")),
            Pin(what: "span minutes", rendered: say.span(minutes: 59), pinned: .reads("59分")),
            Pin(what: "span hours", rendered: say.span(minutes: 60), pinned: .reads("1時間")),
            Pin(what: "span hours and minutes", rendered: say.span(minutes: 475), pinned: .reads("7時間55分")),
            Pin(what: "notAClockTime", rendered: say.notAClockTime("8時"), pinned: .reads("\"8時\" は 08:00 の形ではありません")),
        ]
        // The setup timeline as the golden draws it (the demo clinic: designation 2026-04-01, today 2026-12-09).
        for kind in Milestone.Kind.allCases where kind != .setupToolArrives {
            pins.append(Pin(what: "milestone \(kind)", rendered: say.milestone(kind), pinned: .golden("flows/setup/timeline")))
        }
        // Only for a PC whose オン資 certificate is installed: on screen in setup-installed-certificate.tape.
        pins.append(Pin(what: "milestone setupToolArrives", rendered: say.milestone(.setupToolArrives),
                        pinned: .reads("設定ツールが届く（月の上旬か下旬）")))
        for entry in SetupTimeline.entries(designation: date("2026-04-01"), today: date("2026-12-09")) {
            pins.append(Pin(what: "timeline \(entry.milestone.kind)", rendered: say.timelineLine(entry), pinned: .golden("flows/setup/timeline")))
        }
        let onItsDay = SetupTimeline.entries(designation: date("2027-04-01"), today: date("2027-04-01")).filter(\.isToday)
        pins += onItsDay.map {
            Pin(what: "timeline today", rendered: say.timelineLine($0),
                pinned: .reads("> 2027-04-01  設定ツールと電子証明書発行通知が届く（月の上旬か下旬）（目安） [今日]"))
        }
        #expect(onItsDay.count == 1)
        verify(pins)
    }

    @Test func monthlyMessages() {
        let say = Messages.monthly
        let at = LocalDateTime(parsing: "2026-12-13T10:00")!
        func standing(_ state: PayerStanding.State) -> PayerStanding { PayerStanding(payer: .shaho, state: state, returnsDownloaded: false) }
        var month = MonthStanding(month: "2026-12", progress: SavedProgress(), now: at, calendar: SubmissionCalendar())
        month.payers = [PayerStanding(payer: .shaho, state: .notSent, returnsDownloaded: false),
                        PayerStanding(payer: .kokuho, state: .notSent, returnsDownloaded: false)]
        let states: [(String, PayerStanding.State, short: String, long: String)] = [
            ("notSent", .notSent, "社保 未送信", "社保 未送信"),
            ("rejected", .sent(.rejected), "社保 受付不能", "社保 受付不能あり（直して送り直し）"),
            ("toCheck", .sent(.toCheck), "社保 確定まだ", "社保 送信済み・要確認（請求確定がまだ）"),
            ("accepted", .sent(.accepted), "社保 確定まだ", "社保 送信済み（請求確定がまだ）"),
            ("sent, no result", .sent(nil), "社保 確定まだ", "社保 送信済み（請求確定がまだ）"),
            ("confirmed", .confirmed, "社保 確定済み", "社保 請求確定済み（受領書の記録がまだ）"),
            ("receipt", .receipt(Receipt(number: "A-123", printedAt: at, recordedAt: at)), "社保 受領書あり", "社保 請求確定・受領書 A-123"),
        ]
        var pins = [
            Pin(what: "payerName shaho", rendered: say.payerName(.shaho), pinned: .reads("社保（支払基金）")),
            Pin(what: "payerName kokuho", rendered: say.payerName(.kokuho), pinned: .reads("国保（国保連）")),
            Pin(what: "payerShort shaho", rendered: say.payerShort(.shaho), pinned: .reads("社保")),
            Pin(what: "payerShort kokuho", rendered: say.payerShort(.kokuho), pinned: .reads("国保")),
            Pin(what: "payerShort unknown", rendered: say.payerShort(nil), pinned: .reads("請求先不明")),
            Pin(what: "agency shaho", rendered: say.agency(.shaho), pinned: .reads("支払基金")),
            Pin(what: "agency kokuho", rendered: say.agency(.kokuho), pinned: .reads("国保連")),
            Pin(what: "receiptKept", rendered: say.receiptKept(.kokuho, number: "A-123"), pinned: .reads("国保（国保連）の受領書（番号 A-123）を記録しました。")),
            Pin(what: "receiptDoubt closed", rendered: say.receiptDoubt(.printedWhileClosed(at)),
                pinned: .reads("2026年12月13日(日) 10:00 はシステムが閉まっている時間です。受領書に印刷された日時を確かめてください。")),
            Pin(what: "receiptDoubt future", rendered: say.receiptDoubt(.printedInFuture(at)),
                pinned: .reads("2026年12月13日(日) 10:00 はまだ来ていない日時です。受領書に印刷された日時を確かめてください。")),
            Pin(what: "missedDeadline", rendered: say.missedDeadline(month: 12, payers: [.shaho, .kokuho]).joined(separator: "\n"),
                pinned: .golden("menu/08-corrections-only")),
            Pin(what: "glance", rendered: say.glance(month, claimMonth: 12), pinned: .golden("menu/01-closed-first-days")),
        ]
        for (name, state, short, long) in states {
            pins.append(Pin(what: "shortStanding \(name)", rendered: say.shortStanding(standing(state)), pinned: .reads(short)))
            pins.append(Pin(what: "standing \(name)", rendered: say.standing(standing(state)), pinned: .reads(long)))
        }
        verify(pins)
    }

    @Test func changeMessages() {
        let say = Messages.changes
        let conflict = FreezeCheck.Conflict(date: CivilDate(parsing: "2026-12-08")!, firstSafeDay: CivilDate(parsing: "2026-12-13")!)
        let kinds: [(ChangeKind, String)] = [(.lineContract, "回線の契約"), (.router, "ルータ"), (.hubLAN, "ハブ・LAN の配線"),
                                             (.certificate, "電子証明書"), (.terminal, "端末・OS"), (.other, "その他")]
        #expect(kinds.map(\.0) == ChangeKind.allCases)
        var pins = kinds.map { Pin(what: "kind \($0.0)", rendered: say.kind($0.0), pinned: .reads($0.1)) }
        pins += [
            Pin(what: "dateInFreeze", rendered: say.dateInFreeze(conflict),
                pinned: .reads("2026年12月8日(火) は変更禁止の期間（月次請求の前後）です。回線・機器の変更は 2026年12月13日(日) 以降にしてください。")),
            Pin(what: "plannedChangeInFreeze", rendered: say.plannedChangeInFreeze(FreezeCheck.PlannedConflict(kind: .router, conflict: conflict)),
                pinned: .golden("menu/01-closed-first-days")),
        ]
        // Issue 15 (5): states, what the clerk's commands do, why they are refused (the demo's router change, on 12-20).
        let states: [(ChangeState, String)] = [(.planned, "予定"), (.done, "済み"), (.cancelled, "取り消し")]
        #expect(states.map(\.0) == ChangeState.allCases)
        pins += states.map { Pin(what: "state \($0.0)", rendered: say.state($0.0), pinned: .reads($0.1)) }
        let now = LocalDateTime(parsing: "2026-12-20T10:00")!
        func day(_ text: String) -> CivilDate { CivilDate(parsing: text)! }
        let router = ChangeRecord(id: 2, date: day("2026-12-08"), kind: .router, note: "交換", recordedAt: LocalDateTime(parsing: "2026-11-25T12:00")!)
        func after(_ command: ChangeCommand) -> ChangeRecord { (try? router.applying(command, at: now).get()) ?? router }
        let commands: [(String, ChangeCommand, proposal: Where, applied: Where)] = [
            ("postpone", .postpone(to: day("2027-01-08")), .reads("「ルータ」を 2026年12月8日(火) から 2027年1月8日(金) に延期します。予定のまま残ります。"),
             .reads("「ルータ」を 2027年1月8日(金) に延期しました（元の予定は 2026年12月8日(火)）。")),
            ("edit date", .edit(date: day("2026-12-09"), note: nil), .reads("「ルータ」の日付を 2026年12月8日(火) から 2026年12月9日(水) に直します。"),
             .reads("「ルータ」の日付を 2026年12月8日(火) から 2026年12月9日(水) に直しました。")),
            ("edit note", .edit(date: nil, note: "ルータを交換（日程は未定）"),
             .reads("「ルータ」のメモを「ルータを交換（日程は未定）」に直します。"), .reads("「ルータ」のメモを「ルータを交換（日程は未定）」に直しました。")),
            ("edit both", .edit(date: day("2026-12-09"), note: "機種を変える"),
             .reads("「ルータ」の日付を 2026年12月8日(火) から 2026年12月9日(水) に、メモを「機種を変える」に直します。"),
             .reads("「ルータ」の日付を 2026年12月8日(火) から 2026年12月9日(水) に、メモを「機種を変える」に直しました。")),
            ("markDone", .markDone(on: day("2026-12-18")), .reads("「ルータ」（2026年12月8日(火) の予定）を、2026年12月18日(金) に済んだと記録します。"),
             .reads("「ルータ」を 2026年12月18日(金) に済んだ変更として記録しました。")),
            ("cancel", .cancel, .reads("「ルータ」（2026年12月8日(火) の予定）を取り消します。記録は一覧に「取り消し」として残ります。"),
             .reads("「ルータ」（2026年12月8日(火) の予定）を取り消しました。")),
        ]
        for (name, command, proposal, applied) in commands {
            pins.append(Pin(what: "proposal \(name)", rendered: say.proposal(command, before: router, after: after(command)), pinned: proposal))
            pins.append(Pin(what: "applied \(name)", rendered: say.applied(command, before: router, after: after(command)), pinned: applied))
        }
        let done = after(.markDone(on: day("2026-12-08"))), cancelled = after(.cancel)
        let refusals: [(String, ChangeRefusal, Where)] = [
            ("noSuchChange", .noSuchChange(id: 7), .reads("番号 7 の変更は記録されていません。一覧で番号を確かめてください。")),
            ("notPlanned done", .notPlanned(done), .reads("「ルータ」（2026年12月8日(火)）は済んだ変更として記録されています。済んだ記録はそのまま残します。")),
            ("notPlanned cancelled", .notPlanned(cancelled),
             .reads("「ルータ」（2026年12月8日(火)）は取り消してあります。もう一度予定するときは、新しく追加してください。")),
            ("postponeNotLater", .postponeNotLater(router, to: day("2026-12-01")),
             .reads("2026年12月1日(火) は予定日（2026年12月8日(火)）より後ではありません。早めるときは日付を直してください。")),
            ("postponeIntoPast", .postponeIntoPast(to: day("2026-12-10"), today: now.date),
             .reads("2026年12月10日(木) はもう過ぎています。延期する日は今日（2026年12月20日(日)）以降にしてください。")),
            ("doneInFuture", .doneInFuture(on: day("2026-12-25"), today: now.date),
             .reads("2026年12月25日(金) はまだ来ていません。済んだ日は今日（2026年12月20日(日)）までの日にしてください。")),
            ("nothingToEdit", .nothingToEdit, .reads("いまの記録と同じです。直す日付かメモを入力してください。")),
            ("emptyNote", .emptyNote, .reads("メモが空です。何を変えるか（変えたか）を短く書いてください。")),
        ]
        pins += refusals.map { Pin(what: "refusal \($0.0)", rendered: say.refusal($0.1), pinned: $0.2) }
        pins += [
            Pin(what: "recorded planned", rendered: say.recorded(ChangeRecord.recorded(id: 1, date: day("2026-12-20"), kind: .router, note: "", at: now)),
                pinned: .golden("messages/records")),
            Pin(what: "recorded done", rendered: say.recorded(ChangeRecord.recorded(id: 1, date: day("2026-12-01"), kind: .router, note: "", at: now)),
                pinned: .golden("messages/records")),
            Pin(what: "overdue one", rendered: say.overdue([router]), pinned: .reads("12月8日の「ルータ」は予定のままです。「変更の記録」で確かめてください。")),
            Pin(what: "overdue many", rendered: say.overdue([router, done, cancelled]),
                pinned: .reads("12月8日の「ルータ」ほか2件は予定のままです。「変更の記録」で確かめてください。")),
            Pin(what: "overdue none", rendered: say.overdue([]), pinned: .reads("")),
        ]
        verify(pins)
    }

    @Test func identifierMessages() {
        let say = Messages.identifiers
        let kinds: [(IdentifierAnalysis.Kind, String)] = [(.networkID, "ネットワークID"), (.password, "ネットワークパスワード"), (.clinicCode, "医療機関コード")]
        #expect(kinds.map(\.0) == IdentifierAnalysis.Kind.allCases)
        var pins = kinds.map { Pin(what: "kind \($0.0)", rendered: say.kind($0.0), pinned: .reads($0.1)) }
        func slot(_ position: Int, _ character: Character) -> IdentifierAnalysis.Slot { .init(position: position, character: character) }
        let reasons: [(String, IdentifierAnalysis.Reason, Where)] = [
            ("space", .space(position: 3), .reads("3文字目は空白です。空白は入れません。")),
            ("fullWidth", .fullWidth(position: 1, character: "１"), .golden("notice/id-full-width")),
            ("control", .control(position: 5), .reads("5文字目は見えない制御文字です。消してください。")),
            ("notASCII", .notASCII(position: 2, character: "あ"), .reads("2文字目「あ」は使えない文字です。半角英数字で入力してください。")),
            ("length", .length(kind: .networkID, count: 16), .reads("ネットワークIDは通常17文字です（いま16文字）。書面と文字数を数え直してください。")),
            ("networkIDShape", .networkIDShape, .reads("ネットワークIDは通常「8文字 + @ + 8文字」の形です（例 12345678@tk123456）。書面と見比べてください。")),
            ("lettersAmongDigits", .lettersAmongDigits([slot(1, "I"), slot(2, "l"), slot(3, "O"), slot(4, "S")]),
             .reads("通常は数字が並ぶ所に英字があります: 1文字目 I（大文字アイ）、2文字目 l（小文字エル）、3文字目 O（大文字オー）。書面と見比べてください。")),
            ("digitsAmongLetters", .digitsAmongLetters([slot(10, "1")]),
             .reads("@ の後ろの2文字は通常英小文字ですが、数字があります: 10文字目 1（数字イチ）。書面と見比べてください。")),
            ("passwordMix", .passwordMix, .golden("flows/setup/network-password")),
            ("capsLock", .capsLock, .reads("英字がすべて大文字です。Caps Lock がオンになっていないか確かめてください。")),
            ("clinicCode", .clinicCode(.sevenDigitForm), .golden("notice/clinic-code-seven-digits")),
        ]
        pins += reasons.map { Pin(what: "problem \($0.0)", rendered: say.problem($0.1), pinned: $0.2) }
        let differences: [(String, IdentifierComparison.Difference, String)] = [
            ("length", .length(typed: 16, recorded: 17), "文字数が違います（入力 16 文字、セットアップの記録 17 文字）。"),
            ("character", .character(position: 1, typed: "I", recorded: "1"), "1文字目: 入力は I（大文字アイ）、セットアップで記録したのは 1（数字イチ）"),
            ("missing", .character(position: 17, typed: nil, recorded: "6"), "17文字目: 入力にはこの文字がありません、セットアップで記録したのは 6（数字ロク）"),
            ("extra", .character(position: 18, typed: "6", recorded: nil), "18文字目: 入力は 6（数字ロク）、セットアップの記録にはこの文字がありません"),
        ]
        pins += differences.map { Pin(what: "difference \($0.0)", rendered: say.difference($0.1), pinned: .reads($0.2)) }
        let problems: [(String, ClinicCode.Problem, Where)] = [
            ("fullWidth", .fullWidth(position: 1), .reads("1桁目が全角です。半角の数字で入力してください。")),
            ("notDigit", .notDigit(position: 4, character: "a"), .reads("4桁目「a」は数字ではありません。数字だけを入力してください。")),
            ("wrongLength", .wrongLength(count: 9), .reads("医療機関コードは10桁です（いま9桁）。通知書と桁数を見比べてください。")),
            ("sevenDigitForm", .sevenDigitForm, .golden("notice/clinic-code-seven-digits")),
            ("prefecture", .prefecture("48"), .reads("1〜2桁目の都道府県番号「48」は01〜47のどれかです。通知書と見比べてください。")),
            ("scoreTable", .scoreTable("2"), .reads("3桁目の点数表番号「2」は、ふつう 1（医科）・3（歯科）・4（調剤）のどれかです。通知書と見比べてください。")),
            ("checkDigit", .checkDigit(expected: 9, actual: 8, scheme: .nineDigits), .golden("notice/clinic-code-check-digit")),
            ("checkDigit six", .checkDigit(expected: 9, actual: 8, scheme: .sixDigits),
             .reads("検証番号（10桁目）が合いません。4〜10桁目を通知書と見比べてください。")),
        ]
        pins += problems.map { Pin(what: "clinicCode \($0.0)", rendered: say.clinicCode($0.1), pinned: $0.2) }
        pins.append(Pin(what: "scheme nine", rendered: say.scheme(.nineDigits), pinned: .reads("1〜9桁目から（都道府県番号・点数表番号・郡市区番号・医療機関番号）")))
        pins.append(Pin(what: "scheme six", rendered: say.scheme(.sixDigits), pinned: .reads("4〜9桁目から（郡市区番号・医療機関番号。埼玉・千葉・東京・神奈川の方式）")))
        verify(pins)
    }

    @Test func entryMessages() {
        let say = Messages.entry
        let problems: [(String, TextValidatorName.Problem, Where)] = [
            ("empty", .empty, .golden("notice/text-empty")),
            ("clinicCode", .clinicCode(.sevenDigitForm), .golden("notice/clinic-code-seven-digits")),
            ("phone", .notAPhoneNumber, .reads("電話番号は 0120-000-000 のように、数字とハイフンで入力してください（数字は10〜11桁）。")),
            ("date", .notADate(.noSuchDay(year: 2027, month: 2, day: 30)), .golden("notice/date-impossible")),
            ("dateTime", .notADateTime, .reads("日時は 2026-12-07 10:15 の形で入力してください（24時間制）。")),
        ]
        verify(problems.map { Pin(what: $0.0, rendered: say.problem($0.1), pinned: $0.2) })
    }

    /// No golden shows a broken asset: every problem is pinned by its text.
    @Test func assetMessages() {
        let say = Messages.assets
        let problems: [(AssetProblem, String)] = [
            (.emptyFlowID, "フローの id が空です。"),
            (.noSteps, "手順 (steps) が1つもありません。"),
            (.emptyStepID(title: "T"), "id が空の手順があります（\"T\"）。"),
            (.duplicateStepID, "同じ id の手順が2つあります。"),
            (.emptyTitle, "title が空です。"),
            (.helpMissing, "help がありません。F1 で出す説明（何のための手順か・見分け方・どこを見るか・次に何をするか）を \"help\" に書いてください。"),
            (.unknownFact(name: "x", known: ["a", "b"]), "{{x}} は使えません。使えるのは a, b です。"),
            (.checklistWithoutItems, "checklist に items がありません。"),
            (.badCondition(item: "i", .optionMissing(step: "c", option: "o")), "項目 \"i\" の when: 手順 \"c\" に選択肢 \"o\" がありません。"),
            (.badCondition(item: nil, .stepMissing("c")), "next の when: 手順 \"c\" がありません。"),
            (.badCondition(item: nil, .notAChoice("c")), "next の when: 手順 \"c\" は choice ではありません（条件には選択肢の手順だけを書けます）。"),
            (.badCondition(item: nil, .notEarlier("c")),
             "next の when: 手順 \"c\" はこの手順より前にありません（条件にはここまでの道で答える手順を書いてください）。"),
            (.duplicateItemID("i"), "項目 id \"i\" が重複しています。"),
            (.choiceWithoutOptions, "choice に options がありません。"),
            (.duplicateOptionID("o"), "選択肢 id \"o\" が重複しています。"),
            (.fieldMissing(kind: .readback), "readback に field がありません。"),
            (.readbackSourceNotText, "readback の source には text の手順の id を書いてください。"),
            (.maxLengthOutOfRange, "field.maxLength は 1〜1000 にしてください。"),
            (.secretAudited, "field に secret と audit の両方は付けられません（パスワードが監査記録に残ります）。"),
            (.recordOnWrongKind(record: "sent", kind: .choice), "record \"sent\" は choice の手順に付けてください。"),
            (.recordNeedsPayer(record: "sent"), "record \"sent\" には payer（shaho か kokuho）が必要です。"),
            (.receiptNeedsNumberStep, "record \"receipt\" の number には、受領書の番号を入れる text の手順の id を書いてください。"),
            (.nextStepMissing("b"), "次の手順 \"b\" がありません。"),
            (.lastTransitionConditional, "next の最後は条件なし (when なし) にしてください。"),
            (.prefillShape, "prefill は \"choice の手順\": \"フロー/手順\" の形で書いてください。"),
            (.cycle(to: "a"), "手順が \"a\" に戻る輪になっています。"),
            (.duplicateFlowID(id: "x", otherFile: "flows/a.json"), "フロー id \"x\" は flows/a.json でも使われています。"),
            (.notJSON, "JSON として読めません（括弧・カンマ・引用符を確認してください）。"),
            (.badValue(detail: "d"), "値が正しくありません: d"),
            (.missingKey("k"), "項目 \"k\" がありません。"),
            (.wrongType(field: "f", expected: .string, found: .number), "項目 \"f\" には文字列を書いてください（いまは数です）。"),
            (.wrongType(field: "f", expected: .bool, found: .null), "項目 \"f\" には true か false を書いてください（いまは null です）。"),
            (.wrongType(field: "f", expected: .object, found: .array), "項目 \"f\" にはオブジェクト（{ }）を書いてください（いまはリスト（[ ]）です）。"),
            (.unknownValue(field: "role", value: "x", allowed: ["a", "b"]), "項目 \"role\" の \"x\" は使えません。使えるのは a, b です。"),
            (.described("as given"), "as given"),
        ]
        var pins = problems.map { Pin(what: "\($0.0)", rendered: say.problem($0.0), pinned: .reads($0.1)) }
        pins.append(Pin(what: "error with step", rendered: say.error(file: "flows/x.json", stepID: "a", problem: "P"),
                        pinned: .reads("flows/x.json: 手順 \"a\": P")))
        pins.append(Pin(what: "error without step", rendered: say.error(file: "flows/x.json", stepID: nil, problem: "P"),
                        pinned: .reads("flows/x.json: P")))
        verify(pins)
    }

    @Test func reducerMessages() {
        let say = Messages.reducer
        var pins = [
            Pin(what: "closeHelp", rendered: say.closeHelp, pinned: .golden("notice/help-other-key")),
            Pin(what: "calendarKeys", rendered: say.calendarKeys, pinned: .golden("notice/calendar-other-key")),
            Pin(what: "changesKeys", rendered: say.changesKeys, pinned: .golden("changes/list")),
            Pin(what: "noChangesYet", rendered: say.noChangesYet, pinned: .golden("changes/list")),
            Pin(what: "menuEscape", rendered: say.menuEscape, pinned: .golden("notice/menu-escape")),
            Pin(what: "controlDropped", rendered: say.controlDropped, pinned: .golden("notice/text-control-dropped")),
            Pin(what: "converted", rendered: say.converted, pinned: .golden("notice/id-converted")),
            Pin(what: "nothingToConvert", rendered: say.nothingToConvert, pinned: .golden("notice/id-nothing-to-convert")),
            Pin(what: "convertHint", rendered: say.convertHint, pinned: .golden("notice/id-full-width")),
            Pin(what: "enterAgainToKeep", rendered: say.enterAgainToKeep, pinned: .golden("notice/clinic-code-check-digit")),
            Pin(what: "fixAndRetry", rendered: say.fixAndRetry, pinned: .reads("Backspace で消して、書面を見ながら打ち直してください。")),
            Pin(what: "demoReset", rendered: say.demoReset, pinned: .reads("デモを最初の状態に戻しました。")),
            Pin(what: "memoKeys", rendered: say.memoKeys, pinned: .golden("notice/memo-other-key")),
            Pin(what: "noMemoYet", rendered: say.noMemoYet, pinned: .golden("notice/memo-none-yet")),
            Pin(what: "memoSaved", rendered: say.memoSaved("memos/example.txt"), pinned: .golden("notice/memo-written")),
            Pin(what: "flowMissing", rendered: say.flowMissing("old"), pinned: .reads("保存されていた手順「old」が見つかりません。メニューから選び直してください。")),
            Pin(what: "pickRange", rendered: say.pickRange(8), pinned: .golden("notice/menu-pick-out-of-range")),
            Pin(what: "unusableOnMenu", rendered: say.unusableOnMenu("x"), pinned: .golden("notice/menu-unusable-key")),
            // notice/checklist-unticked stands on a step the demo clinic has already ticked: the message is not drawn there.
            Pin(what: "uncheckedRequired", rendered: say.uncheckedRequired("item"),
                pinned: .reads("まだ確認していない項目があります:「item」。確認したら Space で印を付けてください。")),
            Pin(what: "flowCompleted", rendered: say.flowCompleted("セットアップ"), pinned: .golden("notice/finished-setup-done")),
            Pin(what: "tooLong", rendered: say.tooLong(40), pinned: .golden("notice/text-too-long")),
        ]
        // What a step takes instead, per kind (the key named by a typed letter)…
        let byKind: [(StepKind, Where)] = [
            (.info, .golden("notice/info-unusable-key")),
            (.summary, .golden("notice/summary-unusable-key")),
            (.choice, .golden("notice/choice-unusable-key")),
            (.checklist, .reads("「x」はここでは使えません。Space で印を付け、Enter で次へ進みます。")),
            (.text, .reads("「x」はここでは使えません。文字を入力し、Enter で決めます。")),
            (.readback, .reads("「x」はここでは使えません。文字を入力し、Enter で決めます。")),
            (.confirm, .reads("「x」はここでは使えません。Enter で確定、Esc で戻って直します。")),
        ]
        #expect(Set(byKind.map(\.0)) == Set(StepKind.allCases))
        pins += byKind.map { Pin(what: "unusable on \($0.0)", rendered: say.unusable(.insert("x"), stepKind: $0.0), pinned: $0.1) }
        // …and how the key is named.
        pins += [
            Pin(what: "unusable Space", rendered: say.unusable(.toggle, stepKind: .text), pinned: .golden("notice/checklist-space-on-text")),
            Pin(what: "unusable named key", rendered: say.unusable(.unusable(keyName: "F4"), stepKind: .info),
                pinned: .reads("「F4」はここでは使えません。Enter で次へ、Esc で戻ります。")),
            Pin(what: "unusable long text", rendered: say.unusable(.insert("1234567890"), stepKind: .info),
                pinned: .reads("「12345678」はここでは使えません。Enter で次へ、Esc で戻ります。")),
            Pin(what: "unusable other key", rendered: say.unusable(.pageUp, stepKind: .info),
                pinned: .reads("そのキーはここでは使えません。Enter で次へ、Esc で戻ります。")),
        ]
        verify(pins)
    }

    @Test func applicabilityMessages() {
        let say = Messages.applicability
        verify([
            Pin(what: "noLongerApply", rendered: say.noLongerApply(changed: "回線の種類", answers: [
                "ネットワークID", "ネットワークパスワード", say.ticks(on: "導通試験", count: 2)]),
                pinned: .golden("notice/line-type-changed")),
            Pin(what: "ticks", rendered: say.ticks(on: "導通試験", count: 2), pinned: .reads("導通試験の2項目")),
            Pin(what: "followed", rendered: say.followed(flow: "接続トラブル", answers: []),
                pinned: .reads("途中の「接続トラブル」も、変えた答えで進めます。")),
            Pin(what: "followed, answers", rendered: say.followed(flow: "接続トラブル", answers: ["打ち直したネットワークID"]),
                pinned: .reads("途中の「接続トラブル」も、変えた答えで進めます。そこで使わなくなった答え: 打ち直したネットワークID。")),
        ])
    }

    @Test func screenMessages() {
        let say = Messages.screen
        let texts: [(ScreenText, Where)] = [
            (.menuPlace, .reads("メインメニュー")),
            (.menuHeading, .reads("何をしますか")),
            (.menuPrompt, .golden("menu/01-closed-first-days")),
            (.calendarEntry, .reads("カレンダー")),
            (.calendarEntryDetail, .golden("menu/cursor")),
            (.quitEntry, .reads("終了")),
            (.quitEntryDetail, .golden("menu/cursor")),
            (.calendarPlace, .reads("カレンダー")),
            (.calendarExtended, .reads("（延長）")),
            (.calendarSubmitted, .reads("この月は送信済みです（受領書あり）")),
            (.todayMark, .reads("今日")),
            (.demoBanner, .reads("デモ")),
            (.memoPlace, .golden("memo/last-memo")),
            (.summaryFinishRow, .reads("このまま完了する")),
            (.fieldReplacesOnTyping, .golden("flows/setup/clinic-name")),
            (.changesPlace, .reads("変更の記録")),
            (.changesRule, .golden("changes/list")),
            (.changesKeyGuide, .golden("changes/list")),
            (.changesConfirm, .golden("changes/cancel")),
            (.changesHelp, .golden("changes/list")),
        ]
        #expect(texts.map(\.0) == ScreenText.allCases)
        var pins = texts.map { Pin(what: "text \($0.0)", rendered: say.text($0.0), pinned: $0.1) }
        let keys: [(HintAction, String)] = [
            (.open, "開く"), (.select, "選ぶ"), (.pickByNumber, "番号で選ぶ"), (.help, "ヘルプ"), (.quit, "終了"), (.next, "次へ"),
            (.back, "戻る"), (.tick, "印を付ける/外す"), (.menu, "メニュー"), (.decide, "決定"), (.deleteCharacter, "1字消す"),
            (.toHalfWidth, "半角に直す"), (.showOrHide, "表示/隠す"), (.confirm, "確定"), (.backToFix, "戻って直す"), (.finish, "完了"),
            (.close, "閉じる"), (.changeMonth, "月を変える"), (.recordExtension, "延長を記録"), (.toMenu, "メニューへ"),
            (.demoReset, "デモを最初から"), (.memo, "相談メモ"), (.scroll, "読み進める"), (.nextPage, "次のページ"),
            (.chooseAnswerToChange, "直す答えを選ぶ"), (.openToChange, "開いて直す"),
            (.toFinishRow, "完了の行へ"),
            (.chooseWhatToDo, "操作"), (.addChange, "追加"), (.postponeChange, "延期"),
            (.markChangeDone, "済み"), (.cancelChange, "取り消し"), (.record, "記録する"),
        ]
        #expect(keys.map(\.0) == HintAction.allCases)
        pins += keys.map { Pin(what: "key \($0.0)", rendered: say.key($0.0), pinned: .reads($0.1)) }
        let marks: [(DayMark, String)] = [
            (.send, "送=送信できる"), (.correct, "訂=訂正だけ"), (.test, "試=導通・確認試験"), (.download, "帳=返戻・帳票の取得"),
            (.closed, "閉=システム停止"), (.deadline, "締=締め切り"), (.peak, "混=混む日"), (.freeze, "止=変更禁止"), (.holiday, "祝=祝日"),
        ]
        #expect(marks.map(\.0) == DayMark.allCases)
        pins += marks.map { Pin(what: "mark \($0.0)", rendered: "\(say.mark($0.0).glyph)=\(say.mark($0.0).meaning)", pinned: .reads($0.1)) }
        let rules = SubmissionRules.standard
        pins += [
            Pin(what: "help keys", rendered: say.helpKeys.joined(separator: "\n"), pinned: .golden("menu/help")),
            Pin(what: "today", rendered: say.today(CivilDate(parsing: "2026-12-10")!), pinned: .golden("menu/06-deadline-day")),
            Pin(what: "flowStanding completed", rendered: say.flowStanding(.completed), pinned: .reads("（完了）")),
            Pin(what: "flowStanding at", rendered: say.flowStanding(.at(step: 3, of: 7)), pinned: .reads("（手順 3 / 7 まで）")),
            Pin(what: "monthGlance", rendered: say.monthGlance("12月請求分 社保 未送信・国保 未送信"), pinned: .golden("menu/01-closed-first-days")),
            Pin(what: "helpHeading", rendered: say.helpHeading("何をしますか"), pinned: .golden("menu/help")),
            Pin(what: "memoSavedAs", rendered: say.memoSavedAs("memo-20261209-1000.txt"), pinned: .golden("memo/last-memo")),
            Pin(what: "calendarHeading", rendered: say.calendarHeading(year: 2026, month: 12), pinned: .golden("calendar/2026-12")),
            Pin(what: "calendarDeadline", rendered: say.calendarDeadline(month: 12, day: 10, close: 1440), pinned: .golden("calendar/2026-12")),
            Pin(what: "holidays", rendered: say.holidays([(day: 1, name: "元日"), (day: 11, name: "成人の日")]), pinned: .golden("calendar/2027-01")),
            Pin(what: "changes", rendered: say.changes([(day: 8, kind: .router)]), pinned: .golden("calendar/2026-12")),
            Pin(what: "legendHours", rendered: say.legendHours(test: rules.testHours, download: rules.downloadHours, longerDownloads: [rules.windows[1]]),
                pinned: .golden("calendar/2026-12")),
            Pin(what: "legendHours apart", rendered: say.legendHours(test: Hours(open: 480, close: 1260), download: Hours(open: 540, close: 1020),
                                                                      longerDownloads: []),
                pinned: .reads("試は 8:00〜21:00、帳は 9:00〜17:00、送・訂の日にもできます")),
        ]
        // The changes screen [S0], on the demo clinic's router change.
        let at = LocalDateTime(parsing: "2026-12-20T10:00")!
        func day(_ text: String) -> CivilDate { CivilDate(parsing: text)! }
        let router = ChangeRecord(id: 2, date: day("2026-12-08"), kind: .router, note: "ルータを新しい機種に交換（業者の予定）",
                                  recordedAt: LocalDateTime(parsing: "2026-11-25T12:00")!)
        func after(_ command: ChangeCommand) -> ChangeRecord { (try? router.applying(command, at: at).get()) ?? router }
        pins += [
            Pin(what: "changeRow", rendered: say.changeRow(router, inFreeze: false), pinned: .golden("changes/list")),
            Pin(what: "changeRow in freeze", rendered: say.changeRow(router, inFreeze: true),
                pinned: .reads("2026-12-08(火)  予定  ルータ  ルータを新しい機種に交換（業者の予定）  [変更禁止]")),
            Pin(what: "changeRow no note", rendered: say.changeRow(ChangeRecord(id: 1, date: day("2026-12-08"), kind: .other, note: "", recordedAt: at),
                                                                   inFreeze: false), pinned: .reads("2026-12-08(火)  予定  その他")),
            Pin(what: "changeHistory none", rendered: say.changeHistory(router) ?? "nil", pinned: .reads("nil")),
            Pin(what: "changeHistory postponed", rendered: say.changeHistory(after(.postpone(to: day("2027-01-08")))) ?? "",
                pinned: .golden("changes/postpone")),
            Pin(what: "changeHistory edited date", rendered: say.changeHistory(after(.edit(date: day("2026-12-09"), note: nil))) ?? "",
                pinned: .golden("changes/edit-date")),
            Pin(what: "changeHistory edited note", rendered: say.changeHistory(after(.edit(date: nil, note: "x"))) ?? "",
                pinned: .reads("12月20日にメモを直しました。")),
            Pin(what: "changeHistory done", rendered: say.changeHistory(after(.markDone(on: day("2026-12-18")))) ?? "", pinned: .golden("changes/done")),
            Pin(what: "changeHistory done on the day", rendered: say.changeHistory(after(.markDone(on: day("2026-12-08")))) ?? "",
                pinned: .reads("12月20日に済みと記録しました。")),
            Pin(what: "changeHistory cancelled", rendered: say.changeHistory(after(.cancel)) ?? "", pinned: .reads("12月20日に取り消しました。")),
            Pin(what: "changesHeading list", rendered: say.changesHeading(.list, change: router), pinned: .reads("変更の予定と記録")),
            Pin(what: "changesHeading none", rendered: say.changesHeading(.typing(.postpone), change: nil), pinned: .reads("変更の予定と記録")),
            Pin(what: "changesHeading choosing", rendered: say.changesHeading(.choosing(cursor: 0), change: router), pinned: .golden("changes/choosing")),
            Pin(what: "changesHeading confirming", rendered: say.changesHeading(.confirming(.cancel), change: router),
                pinned: .reads("記録する内容を確かめる")),
            Pin(what: "changesHeading typing cancel", rendered: say.changesHeading(.typing(.cancel), change: router),
                pinned: .reads("「ルータ」（2026-12-08）を取り消す")),
        ]
        let typing: [(ChangeOperation, Where)] = [(.postpone, .golden("changes/postpone")), (.editDate, .golden("changes/edit-date")),
                                                   (.editNote, .golden("changes/edit-note")), (.markDone, .golden("changes/done"))]
        pins += typing.map { Pin(what: "changesHeading typing \($0.0)", rendered: say.changesHeading(.typing($0.0), change: router), pinned: $0.1) }
        #expect(typing.map(\.0) + [.cancel] == ChangeOperation.allCases)
        pins += ChangeOperation.allCases.map { operation in
            Pin(what: "changeOperation \(operation)", rendered: say.changeOperation(operation),
                pinned: operation == .editNote ? .reads("メモを直す（m）") : .golden("changes/choosing"))
        }
        let fields: [(ChangeOperation, Where)] = [(.postpone, .golden("changes/postpone")), (.editDate, .golden("changes/edit-date")),
                                                  (.editNote, .reads("メモ（何を変えるか）")), (.markDone, .golden("changes/done")), (.cancel, .reads(""))]
        pins += fields.map { Pin(what: "changeField \($0.0)", rendered: say.changeField($0.0), pinned: $0.1) }
        verify(pins)
    }
}
