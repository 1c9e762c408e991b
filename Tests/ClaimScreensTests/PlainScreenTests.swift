import ClaimFlow
import ClaimRuntime
import ClaimStore
@testable import ClaimScreens
import Testing

/// `seikyu --plain` (issue 18): the Screen as plain lines, and lines as the keys the full screen gets.
@Suite struct PlainScreenTests {
    let catalog: FlowCatalog
    static let december7 = LocalDateTime(year: 2026, month: 12, day: 7, hour: 10, minute: 0)!

    init() throws {
        catalog = try AssetFolder.loadFlows(from: assetsDirectory)
    }

    func session() -> Session {
        Session(catalog: catalog, store: nil, clock: { Self.december7 })
    }

    /// The monthly flow for 社保 alone, as lines a clerk would type.
    static let monthlyLines = ["2", "", "2", "1", "2", "3", "4", "", "", "1", "1", "", "S-20261207-0001", "2026-12-07 09:55", "1", "", ""]
    /// The same answers as keys (what `Assets/tapes/plain-monthly-shaho.tape` types).
    static let monthlyKeys: [Key] = [.character("2"), .enter, .down, .enter] + Array(repeating: .character(" "), count: 4)
        + [.enter, .enter, .enter, .character(" "), .enter] + "S-20261207-0001".map(Key.character) + [.enter]
        + "2026-12-07 09:55".map(Key.character) + [.enter, .character(" "), .enter, .enter]

    @Test func theMenuReadsAsNumberedLinesWithWarningsAndWhatToType() {
        let lines = PlainScreen.lines(session().screen)
        #expect(lines[0] == "メインメニュー")
        #expect(lines.contains { $0.hasPrefix("1. ") })
        #expect(lines.contains { $0.hasPrefix("2. 月次請求") })
        #expect(lines.contains { $0.hasPrefix("注意: ") })
        #expect(lines.last?.contains("番号（1〜8）") == true)
        // An empty line is Enter on the highlight, which plain lines do not show: the number is said.
        #expect(lines.last?.contains("空の行は 1 番です。") == true)
        let moved = session()
        _ = moved.handle([.down, .down])
        #expect(PlainScreen.lines(moved.screen).last?.contains("空の行は 3 番です。") == true)
        #expect(!lines.joined().contains("\u{1B}"))
        #expect(!lines.contains { $0.hasPrefix("> ") }) // no highlight: nothing to see
    }

    @Test func aChoiceIsNumberedOnceWithItsMark() {
        #expect(PlainScreen.itemLine(number: 2, marker: "(*)", text: "2. 社保のみ") == "2. (*) 社保のみ")
        #expect(PlainScreen.itemLine(number: 1, marker: "1.", text: "セットアップ") == "1. セットアップ")
        #expect(PlainScreen.itemLine(number: 3, marker: "[x]", text: "受付を確かめた") == "3. [x] 受付を確かめた")
        #expect(PlainScreen.itemLine(number: nil, marker: "-", text: "請求先: 社保") == "- 請求先: 社保")
    }

    @Test func linesBecomeTheFullScreensKeys() {
        let menu = session().screen
        let reply = PlainScreen.reply(to: menu, typing: false, secret: false)
        #expect(PlainInput.keys(for: "3", on: menu, reply: reply) == [.down, .down, .enter])
        #expect(PlainInput.keys(for: "３", on: menu, reply: reply) == [.down, .down, .enter])
        #expect(PlainInput.keys(for: "99", on: menu, reply: reply) == nil)
        #expect(PlainInput.keys(for: "hello", on: menu, reply: reply) == nil)
        #expect(PlainInput.keys(for: " 終了 ", on: menu, reply: reply) == [.function(10)])
        #expect(PlainInput.keys(for: "q", on: menu, reply: reply) == [.function(10)])
        #expect(PlainInput.keys(for: "ヘルプ", on: menu, reply: reply) == [.function(1)])
        #expect(PlainInput.keys(for: "Back", on: menu, reply: reply) == [.escape])
        #expect(PlainInput.keys(for: "menu", on: menu, reply: reply) == [.function(2)])
        // In a field "q" is typed; 戻る still goes back; an earlier value is erased first.
        let field = Screen(place: "p", heading: "h", body: [.field(label: "番号", value: "ab", note: nil, caret: nil)], hints: [])
        #expect(PlainInput.keys(for: "q", on: field, reply: .text(secret: false)) == [.end, .backspace, .backspace, .character("q"), .enter])
        #expect(PlainInput.keys(for: "戻る", on: field, reply: .text(secret: false)) == [.escape])
        let replacing = Screen(place: "p", heading: "h", body: [.field(label: "番号", value: "ab", note: nil, caret: nil, replacing: true)], hints: [])
        #expect(PlainInput.keys(for: "c", on: replacing, reply: .text(secret: false)) == [.character("c"), .enter])
    }

    @Test func aSecretFieldsValueIsNeverPrinted() {
        let screen = Screen(place: "p", heading: "h", body: [.field(label: "パスワード", value: "********", note: "8 文字", caret: nil),
                                                             .spans([Span("A"), Span("b")])], hints: [])
        let lines = PlainScreen.lines(screen, typing: true, secret: true)
        #expect(!lines.joined().contains("*"))
        #expect(!lines.joined().contains("Ab"))
        #expect(lines.contains("パスワード"))
    }

    @Test func theSameScreenIsNotPrintedAgainOnlyWhatChanged() {
        let session = session()
        let menu = session.screen
        #expect(PlainScreen.update(from: menu, to: menu).isEmpty)
        _ = session.handle([.character("2"), .enter, .down, .enter]) // to the checklist
        let list = session.screen
        _ = session.handle(.character(" "))
        let ticked = PlainScreen.update(from: list, to: session.screen)
        #expect(ticked.count == 2, "\(ticked)") // the ticked row and the count
        #expect(ticked.first?.hasPrefix("1. [x]") == true, "\(ticked)")
    }

    /// Issue 18, 3: the same answers as lines or as keys leave the same state.
    @Test func linesAndKeysLeaveTheSameProgress() {
        let plain = session()
        var typed = Self.monthlyLines[...]
        var output: [String] = []
        let ending = PlainLoop.run(plain, readLine: { _ in typed.popFirst() }, write: { output += $0 })
        #expect(ending == .endOfInput)
        let keyed = session()
        _ = keyed.handle(Self.monthlyKeys)
        #expect(output.contains { $0.hasPrefix("2. 月次請求（12月請求分 社保 受領書あり") }, "\(output.joined(separator: "\n"))")
        #expect(plain.state.progress == keyed.state.progress)
        #expect(!output.joined().contains("\u{1B}"))
        #expect(!output.contains { $0.hasPrefix("1 から") }, "no line was refused: \(output.joined(separator: "\n"))")
    }

    @Test func aLineThatIsNoAnswerIsToldWhatToType() {
        var typed = ["abc", "0"][...]
        var output: [String] = []
        _ = PlainLoop.run(session(), readLine: { _ in typed.popFirst() }, write: { output += $0 })
        #expect(output.filter { $0.contains("1 から 8 までの番号か、戻る・ヘルプ・メニュー・終了 のどれかを入力してください。") }.count == 2,
                "\(output.joined(separator: "\n"))")
    }

    /// A list of one row is not spoken of as a range (「1 から 1 までの番号」).
    @Test func aListOfOneIsNotARange() {
        #expect(PlainWords.refusal(.number(count: 1, ticks: false, current: 1))
            == "番号 1 か、戻る・ヘルプ・メニュー・終了 のどれかを入力してください。")
        #expect(PlainWords.choices(.number(count: 1, ticks: false, current: 1)).hasPrefix("入力: 番号（1）を入力してください。"))
        #expect(PlainWords.choices(.number(count: 1, ticks: true, current: 1)).hasPrefix("入力: 番号（1）で印を付けるか外します。"))
        #expect(PlainWords.choices(.number(count: 8, ticks: false, current: 2)).hasPrefix("入力: 番号（1〜8）を入力してください。空の行は 2 番です。"))
    }

    /// Random lines over every screen they lead to: nothing crashes, no escape byte is printed, and
    /// every line is either taken or answered with what to type.
    @Test func randomLinesNeverBreakPlainMode() {
        var generator = SystemRandomNumberGenerator()
        let samples = ["", "1", "2", "3", "4", "5", "8", "9", "0", "-1", "戻る", "ヘルプ", "メニュー", "x", "さくら", "2026-12-07 09:55",
                       "Ｓ－１", "\u{1B}[A", "  ", "b", "h", "?", "menu", "9999999999999999999999"]
        var lines = (0..<1500).map { _ in samples.randomElement(using: &generator) ?? "" }[...]
        var output: [String] = []
        let ending = PlainLoop.run(session(), readLine: { _ in lines.popFirst() }, write: { output += $0 })
        #expect(ending == .endOfInput || ending == .quit)
        #expect(!output.joined().contains("\u{1B}"))
    }

    @Test func noControlCharacterIsPrintedWhateverATextHolds() {
        let screen = Screen(place: "p\u{1B}[2J", heading: "h", body: [.paragraph("a\u{1B}[31mb\u{7}"),
                                                                      .field(label: "名前", value: "x\u{9B}y", note: nil, caret: nil)],
                            warnings: [Warning("w\u{1B}")], hints: [])
        let lines = PlainScreen.lines(screen)
        #expect(lines.allSatisfy { !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } }, "\(lines)")
        #expect(lines.contains("a[31mb"))
        let changed = PlainScreen.update(from: Screen(place: "p\u{1B}[2J", heading: "h", body: [], hints: []), to: screen)
        #expect(changed.allSatisfy { !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } }, "\(changed)")
    }
}
