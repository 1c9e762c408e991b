@testable import ClaimFlow
import ClaimStore
import Testing

/// T11 (issue 15, deliverable 6): what a desk reads in the 相談メモ of a real run through the
/// shipped flows — who calls and how to call back, the message and since when, the done changes,
/// each check with its result, the network ID against the setup record (T4), wording per symptom
/// (T3, T4), the card-reader memo for the maker without claim credentials (S4), one file per run.
@Suite struct MemoContentTests {
    let catalog: FlowCatalog
    static let morning = LocalDateTime(year: 2026, month: 12, day: 9, hour: 10, minute: 0)!

    let desks: DeskDirectory

    init() throws {
        catalog = try shippedCatalog()
        desks = try AssetFolder.loadDesks(from: assetsDirectory)
    }

    /// A clinic whose setup recorded its name, number, line (IPv4) and network ID.
    func clinic(phone: String? = "03-1234-5678", networkID: String = "12345678@tk123456") -> Driver {
        var driver = Driver(catalog, now: Self.morning, desks: desks)
        var setup = FlowProgress(start: "intro", at: Self.morning)
        setup.answers = ["clinic-name": .text("みなと内科"), "line-type": .choice("ipvpn-v4"), "network-id": .text(networkID),
                         "clinic-code": .text("0110113719")]
        if let phone { setup.answers["clinic-phone"] = .text(phone) }
        driver.state.progress.flows["setup"] = setup
        return driver
    }

    /// The memo the last effect wrote, with its file name.
    func written(_ driver: Driver) throws -> (name: String, text: String) {
        let effect = try #require(driver.effects.last { if case .writeMemo = $0 { return true }; return false })
        guard case .writeMemo(let name, let text) = effect else { throw MemoMissing() }
        return (name, text)
    }
    struct MemoMissing: Error {}

    /// Error 651 or 691 on IPv4, the ID retyped as `typed`, nothing fixed, to the network desk.
    func claimRun(_ driver: inout Driver, symptom: String, message: String, typed: String) {
        driver.open("trouble")
        driver.choose(symptom, on: "symptom")
        driver.type(message, on: "message")
        driver.choose("days", on: "started")
        driver.choose("none", on: "outage")
        if symptom == "e651" {
            driver.choose("not-fixed", on: "physical")
            driver.choose("not-fixed", on: "ipv6-setting")
        }
        driver.type(typed, on: "credentials-id")
        if driver.current == "credentials-id" { driver.send(.accept) } // a doubt is confirmed with a second Enter
        driver.tick(on: "credentials-check")
        driver.choose("not-fixed", on: "credentials-result")
        if symptom == "e651" {
            driver.choose("not-fixed", on: "certificate")
            driver.choose("not-fixed", on: "sending")
        }
        driver.next(on: "desk-network")
    }

    @Test func the651MemoSays651AndItsMeaningAndNever691() throws {
        var driver = clinic()
        claimRun(&driver, symptom: "e651", message: "エラー 651", typed: "12345678@tk123456")
        let memo = try written(driver).text
        for expected in ["症状: エラー 651 が出る", "エラー 651 は、ネットワークやパソコンの環境", "表示された文言・コード: エラー 651",
                         "いつから: 数日前から", "- ケーブルと電源: 直らない", "- 送信: 直らない",
                         "- ネットワークID を打ち直して確かめる: セットアップの記録と同じ", "セットアップで記録したものと同じです。"] {
            #expect(memo.contains(expected), "\(expected)\n\(memo)")
        }
        #expect(!memo.contains("691"), "\(memo)")
    }

    @Test func the691MemoSays691AndWhatDiffersFromTheSetupID() throws {
        var driver = clinic()
        claimRun(&driver, symptom: "e691", message: "691", typed: "I2345678@tk123456")
        let memo = try written(driver).text
        for expected in ["エラー 691 は、ネットワークID・パスワードが合わないか、認証の方式（プロトコル）が許可されていない",
                         "ネットワークID（今回打ち直したものと、セットアップで記録したもの）:",
                         "1文字目: 入力は I（大文字アイ）、セットアップで記録したのは 1（数字イチ）"] {
            #expect(memo.contains(expected), "\(expected)\n\(memo)")
        }
        #expect(!memo.contains("651"), "\(memo)")
        #expect(!memo.contains("I2345678@tk123456"), "the memo gives the difference, not the retyped ID")
        let record = try #require(driver.state.progress.triages.last)
        #expect(record.idComparison?.differences.count == 1)
        #expect(!record.steps.contains { $0.answer.contains("I2345678") }, "the record keeps no retyped ID either")
    }

    @Test func theMemoGivesTheClinicsCallBackNumberOrWhereToRecordIt() throws {
        var driver = clinic()
        claimRun(&driver, symptom: "e691", message: "691", typed: "12345678@tk123456")
        #expect(try written(driver).text.contains("折り返しの電話番号: 03-1234-5678"))
        var unknown = clinic(phone: nil)
        claimRun(&unknown, symptom: "e691", message: "691", typed: "12345678@tk123456")
        #expect(try written(unknown).text.contains("折り返しの電話番号: （未登録。セットアップの「医療機関・薬局の電話番号」で登録できます）"))
    }

    /// S4, T10: the reader's memo is for its maker and never carries the claim network's credentials,
    /// not even an ID the clerk pasted into the message; it still says what was seen and since when.
    @Test func theCardReaderMemoIsForTheMakerWithoutClaimCredentials() throws {
        var driver = clinic()
        driver.open("trouble")
        driver.choose("oshi", on: "symptom")
        driver.type("011 12345678@tk123456", on: "message")
        driver.choose("days", on: "started")
        driver.choose("e011", on: "oshi-code")
        driver.choose("not-fixed", on: "oshi-power")
        driver.next(on: "desk-maker")
        let memo = try written(driver).text
        for expected in ["相談メモ（オンライン資格確認のカードリーダー・端末）", "宛先: カードリーダー・オン資端末のメーカー",
                         "折り返しの電話番号: 03-1234-5678", "いつから: 数日前から", "表示された文言・コード: 011",
                         "- オン資のカードリーダー・端末の表示: エラー 011", "- 電源と再起動（エラー 011・008）: 直らない", "パナソニック"] {
            #expect(memo.contains(expected), "\(expected)\n\(memo)")
        }
        for withheld in ["12345678@tk123456", "ネットワークID:", "回線の種類", "レセプトオンライン請求の接続", "今日の状況"] {
            #expect(!memo.contains(withheld), "\(withheld)\n\(memo)")
        }
    }

    /// Done changes with their dates; a plan is never listed as done [S0].
    @Test func doneChangesAreListedWithDatesAndPlansApart() throws {
        var driver = clinic()
        // Recorded the day after it was made: done (on its own day it would still be a plan until marked done).
        _ = driver.state.progress.addChange(date: CivilDate(year: 2026, month: 12, day: 8)!, kind: .router, note: "交換",
                                            at: LocalDateTime(year: 2026, month: 12, day: 9, hour: 8, minute: 0)!)
        _ = driver.state.progress.addChange(date: CivilDate(year: 2026, month: 12, day: 20)!, kind: .hubLAN, note: "ハブの交換",
                                            at: LocalDateTime(year: 2026, month: 12, day: 1, hour: 9, minute: 0)!)
        claimRun(&driver, symptom: "e691", message: "691", typed: "12345678@tk123456")
        let memo = try written(driver).text
        let done = try #require(memo.range(of: "最近の変更（済んだもの、60日前まで）:\n  2026-12-08 ルータ 交換"), "\(memo)")
        let planned = try #require(memo.range(of: "予定の変更（済んだとは記録されていません）:\n  2026-12-20 \(ChangeKind.hubLAN.japanese) ハブの交換"), "\(memo)")
        #expect(done.lowerBound < planned.lowerBound)
        #expect(!memo[done.lowerBound..<planned.lowerBound].contains("2026-12-20"), "a plan is not listed as done\n\(memo)")
    }

    /// One file per run: the second run of a minute gets the next name, the record knows its file
    /// and keeps the text written, and lists the first run as earlier.
    @Test func twoRunsInOneMinuteGetTwoNamesAndTheSecondListsTheFirst() throws {
        var driver = clinic()
        claimRun(&driver, symptom: "e691", message: "691", typed: "12345678@tk123456")
        let first = try written(driver)
        claimRun(&driver, symptom: "e651", message: "651", typed: "12345678@tk123456")
        let second = try written(driver)
        #expect(first.name == "memo-20261209-1000.txt")
        #expect(second.name == "memo-20261209-1000-2.txt")
        let records = driver.state.progress.triages
        #expect(records.map(\.memoFile) == [first.name, second.name])
        #expect(records.map(\.memo) == [first.text, second.text])
        #expect(second.text.contains("以前の記録:\n  2026年12月9日(水) 10:00 エラー 691 が出る"), "\(second.text)")
    }

    /// `m` on the menu shows the last memo, arrows scroll it, Esc closes it; before any run it says so.
    @Test func mOnTheMenuShowsTheLastMemo() throws {
        var driver = clinic()
        driver.send(.showMemo)
        #expect(!driver.state.showingMemo)
        #expect(driver.state.notice?.lines == [Messages.reducer.noMemoYet])
        claimRun(&driver, symptom: "e691", message: "691", typed: "12345678@tk123456")
        driver.send(.showMemo, .pageDown)
        #expect(driver.state.showingMemo)
        #expect(driver.state.bodyScroll == 10)
        driver.send(.pick(3))
        #expect(driver.state.showingMemo && driver.state.progress.location == .menu, "a digit does not open a flow behind the memo")
        driver.send(.back)
        #expect(!driver.state.showingMemo && driver.state.bodyScroll == 0)
    }
}
