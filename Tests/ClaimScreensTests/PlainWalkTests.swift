import ClaimFlow
import ClaimRuntime
import ClaimStore
@testable import ClaimScreens
import Testing

/// What a clerk walk of `seikyu --plain` found (issue 18): letter keys typed as lines, an empty
/// line said back, a cut paste refused, key sentences said as what to type.
@Suite struct PlainWalkTests {
    let catalog: FlowCatalog
    static let december7 = LocalDateTime(year: 2026, month: 12, day: 7, hour: 10, minute: 0)!

    init() throws {
        catalog = try AssetFolder.loadFlows(from: assetsDirectory)
    }

    func run(_ lines: [String]) -> [String] {
        var typed = lines[...]
        var output: [String] = []
        _ = PlainLoop.run(Session(catalog: catalog, store: nil, clock: { Self.december7 }),
                          readLine: { _ in typed.popFirst() }, write: { output += $0 })
        return output
    }

    func screen(after keys: [Key]) -> Screen {
        let session = Session(catalog: catalog, store: nil, clock: { Self.december7 })
        _ = session.handle(keys)
        return session.screen
    }

    func keys(_ line: String, on screen: Screen) -> [Key]? {
        PlainInput.keys(for: line, on: screen, reply: PlainScreen.reply(to: screen, typing: false, secret: false))
    }

    /// The lines printed after `more`, given `lines` before them.
    func after(_ lines: [String], _ more: [String]) -> ArraySlice<String> {
        run(lines + more).dropFirst(run(lines).count)
    }

    static let refused = "この画面は空の行で次へ進みます"

    @Test func theCertificatesScreensLetterIsTypedAsTheLetterOrItsWord() {
        let certificates = screen(after: Array(repeating: .down, count: 6) + [.enter])
        for line in ["a", "A", "ａ", "追加", " 追加 "] { #expect(keys(line, on: certificates) == [.character("a")], "\(line)") }
        #expect(PlainScreen.lines(certificates).last?.contains("a（追加）") == true)
        let added = after(["7"], ["A"])
        #expect(added.contains("【端末の名前】"), "\(added.joined(separator: "\n"))")
        #expect(!added.contains { $0.contains(Self.refused) })
    }

    @Test func theChangesScreensLettersIncludeTheGuidesEAndM() {
        let changes = screen(after: Array(repeating: .down, count: 4) + [.enter])
        let expected: [(String, Character)] = [("a", "a"), ("追加", "a"), ("p", "p"), ("延期", "p"), ("e", "e"), ("日付", "e"),
                                               ("m", "m"), ("メモ", "m"), ("d", "d"), ("済み", "d"), ("c", "c"), ("取り消し", "c")]
        for (line, letter) in expected { #expect(keys(line, on: changes) == [.character(letter)], "\(line)") }
        let choices = PlainScreen.lines(changes).last ?? ""
        for shown in ["a（追加）", "p（延期）", "e（日付を直す）", "m（メモを直す）", "d（済み）", "c（取り消し）"] {
            #expect(choices.contains(shown), "\(choices)")
        }
        #expect(!after(["5"], ["a"]).contains { $0.contains(Self.refused) })
    }

    @Test func theMenusMemoAndTheCalendarsMonthsAreWords() {
        let menu = Screen(place: "メインメニュー", heading: "h", body: [.item(marker: "1.", text: "セットアップ", selected: true)],
                          hints: Hints.menu(count: 1, hasMemo: true))
        #expect(keys("m", on: menu) == [.character("m")])
        #expect(keys("相談メモ", on: menu) == [.character("m")])
        #expect(keys("menu", on: menu) == [.function(2)])
        let calendar = screen(after: Array(repeating: .down, count: 3) + [.enter])
        #expect(keys("次の月", on: calendar) == [.right])
        #expect(keys("<", on: calendar) == [.left])
        #expect(keys("e", on: calendar) == [.character("e")])
        let next = after(["4"], ["次の月"])
        #expect(next.contains { $0.contains("2027年1月") }, "\(next.joined(separator: "\n"))")
        #expect(PlainScreen.lines(calendar).last?.contains("前の月・次の月") == true)
    }

    @Test func anEmptyLineOnAChoiceSaysWhatItChose() {
        let choice = Screen(place: "p", heading: "h", body: [.item(marker: "(*)", text: "1. エラーなく受け付けられた", selected: true),
                                                            .item(marker: "( )", text: "2. エラーがあった", selected: false)],
                            hints: [])
        let reply = PlainScreen.reply(to: choice, typing: false, secret: false)
        #expect(PlainInput.chosenEcho(for: "", on: choice, reply: reply) == "1. エラーなく受け付けられた を選びました。")
        #expect(PlainInput.chosenEcho(for: "2", on: choice, reply: reply) == nil)
        // The payer step of the monthly flow, answered with an empty line.
        let said = after(["2", ""], [""])
        #expect(said.first?.hasPrefix("1. ") == true && said.first?.hasSuffix(" を選びました。") == true, "\(said.joined(separator: "\n"))")
    }

    /// The monthly flow for 社保 up to 受領書の番号 (a field of at most 40 characters).
    static let toReceiptNumber = ["2", "", "2", "1", "2", "3", "4", "", "", "1", "1", ""]

    @Test func aPasteLongerThanTheFieldIsSaidAndAskedAgain() {
        let long = String(repeating: "S", count: 3000)
        let answered = after(Self.toReceiptNumber, [long])
        #expect(answered.contains { $0.hasPrefix("注意: 入力できるのは40文字までです。") }, "\(answered.joined(separator: "\n"))")
        #expect(!answered.contains { $0.hasPrefix("【") }, "the step stays: \(answered.joined(separator: "\n"))")
        // An empty line now does not accept the cut text either.
        let empty = after(Self.toReceiptNumber + [long], [""])
        #expect(!empty.contains { $0.hasPrefix("【") }, "\(empty.joined(separator: "\n"))")
        // A line that fits goes on as before.
        #expect(after(Self.toReceiptNumber + [long], ["S-20261207-0001"]).contains { $0.hasPrefix("【") })
    }

    @Test func keySentencesAreSaidAsWhatToType() {
        #expect(PlainWords.plainSentences("番号を押すか、上下キーで選んで Enter を押してください。") == "番号を入力してください。")
        #expect(PlainWords.plainSentences("確認したら Space で印を付けてください。") == "確認したら番号を入力して印を付けてください。")
        #expect(PlainWords.plainSentences("やめるときは Esc で戻ります。") == "やめるときは「戻る」で戻ります。")
        let guides = (after([], ["7"]) + after([], ["5"])).joined(separator: "\n")
        for key in ["上下", "Enter", "Esc"] { #expect(!guides.contains(key), "\(key): \(guides)") }
        let walk = run(PlainScreenTests.monthlyLines).joined(separator: "\n")
        for key in ["上下キー", "Space で", "Esc で", "F2 で", "F10 か"] { #expect(!walk.contains(key), "\(key)") }
    }

    @Test func helpListsThePlainWordsNotFunctionKeys() {
        let help = run(["ヘルプ"]).joined(separator: "\n")
        for key in ["F2", "F10", "Ctrl+L", "Space"] { #expect(!help.contains(key), "\(key): \(help)") }
        for word in ["  戻る  ", "  ヘルプ  ", "  メニュー  ", "  終了  ", "  番号  ", "  空の行  "] { #expect(help.contains(word), "\(word)") }
    }
}
