@testable import ClaimScreens
import Testing

/// Units that a line never breaks inside (issue 15, deliverable 8). Each case puts the unit where
/// a break by the column would fall inside it, and checks it sits whole on one line.
@Suite struct TextWrapUnitTests {
    static let before = "あいうえおかきくけこさしすせそたちつてと"

    /// `before + unit + "です。"` wrapped at every width that would cut `unit` by the column
    /// count: `unit` must sit whole on one line, and only spaces at breaks may be dropped.
    func expectWhole(_ unit: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = Self.before + unit + "です。"
        for into in 1..<DisplayWidth.of(unit) {
            let lines = TextWrap.wrap(text, width: DisplayWidth.of(Self.before) + into)
            #expect(lines.contains { $0.contains(unit) }, "\(unit) at +\(into): \(lines)", sourceLocation: sourceLocation)
            #expect(lines.joined() == text, "\(unit) at +\(into): \(lines)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: ["ASP", "IPv6", "0120-123-456", "IPsec+IKE", "https://example.jp/a"])
    func anAsciiWordStaysWhole(_ word: String) {
        expectWhole(word)
    }

    @Test(arguments: ["10日", "3年", "180日", "10桁", "3か月", "5営業日", "１０日", "第3回"])
    func aNumberStaysWithItsUnit(_ number: String) {
        expectWhole(number)
    }

    @Test(arguments: ["21:00", "24:00", "09:15", "8:00〜21:00", "10日24:00"])
    func aTimeStaysWhole(_ time: String) {
        expectWhole(time)
    }

    @Test(arguments: ["2026年12月10日", "12/10", "2026-12-10", "令和9年4月1日", "5〜7日", "12月12日 21:00"])
    func aDateStaysWhole(_ date: String) {
        expectWhole(date)
    }

    @Test(arguments: ["(日) 09:15", "（日）", "12月10日(木)", "2026年12月10日(木) 24:00"])
    func aWeekdayStaysWithItsDateAndTime(_ text: String) {
        expectWhole(text)
    }

    @Test(arguments: ["[過ぎました]", "（任意）", "「受領書」", "（事務点検ASP）"])
    func aShortBracketedPhraseStaysWhole(_ phrase: String) {
        expectWhole(phrase)
    }

    @Test func japaneseAgainstAnAsciiWordIsOneTerm() {
        expectWhole("事務点検ASP")
        expectWhole("IPv6回線")
    }

    @Test func theSeenBreaksAtTheFloorAreGone() {
        let menu = "今日は 2026年12月11日(金) です。新しい請求は締め切りました。訂正（事務点検ASP）は 12月12日 21:00 までです。"
        let lines = TextWrap.wrap(menu, width: 76)
        #expect(lines.contains { $0.contains("（事務点検ASP）") }, "\(lines)")
        #expect(lines.contains { $0.contains("12月12日 21:00") }, "\(lines)")
    }

    @Test func aLongBracketedPhraseBreaksAsJapanese() {
        // Past ~12 columns a bracket is ordinary text again; only its kinsoku holds.
        let lines = TextWrap.wrap("あいうえお（これはとても長い括弧の中の説明です）。", width: 14)
        #expect(lines.first == "あいうえお（こ", "\(lines)")
    }

    @Test func aJapaneseBreakNeedsNoSpace() {
        #expect(TextWrap.wrap("あいうえおかきくけこ", width: 10) == ["あいうえお", "かきくけこ"])
    }

    @Test func aSpaceAtABreakIsDroppedAndLeadingSpaceKept() {
        #expect(TextWrap.wrap("  abc def", width: 6) == ["  abc", "def"])
    }
}

/// What must hold for any text at any width: no line too wide, nothing lost but the spaces at
/// breaks, kinsoku kept while there is another place to break, and no loop on a unit longer than a line.
@Suite struct TextWrapLimitTests {
    static let samples = [
        "今日は 2026年12月11日(金) です。新しい請求は締め切りました。訂正（事務点検ASP）は 12月12日 21:00 までです。",
        "送信できる時間: 5〜7日は 8:00〜21:00、8〜10日は 8:00〜24:00 です。",
        "次の当番日は 2026年12月13日(日) 09:15 から、[過ぎました] の予定は（任意）で消せます。",
        "IPv6 の回線では、0120-123-456 に電話して https://example.jp/support/ipv6/connection/check を開いてください。",
        "🏥医療機関コード１２３４５６７と、ｱｲｳｴｵの半角カナ、e\u{301}の結合文字。",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "2026年12月10日(木)24:00まで2026年12月10日(木)24:00まで2026年12月10日(木)24:00まで",
        "「」（）。。。、、、」」」",
    ]

    @Test(arguments: samples)
    func noLineIsWiderThanTheWidthAndNothingIsLost(_ text: String) {
        for width in 2...80 {
            let lines = TextWrap.wrap(text, width: width)
            for line in lines {
                #expect(DisplayWidth.of(line) <= width, "\(width): \(line)")
            }
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "\(width): \(lines)")
        }
    }

    @Test func aUnitLongerThanTheLineStillBreaks() {
        let url = "https://example.jp/support/ipv6/connection/check"
        let lines = TextWrap.wrap(url, width: 20)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.joined() == url)
        let date = TextWrap.wrap("2026年12月10日(木) 24:00", width: 10)
        #expect(date.count > 1 && date.allSatisfy { DisplayWidth.of($0) <= 10 }, "\(date)")
        // The weakest joint inside goes first: after 年, not between two digits.
        #expect(TextWrap.wrap("2026年12月10日", width: 12) == ["2026年12月", "10日"])
    }

    @Test func wideCharactersAreNeverSplit() {
        // Odd widths leave one column that a wide character cannot take.
        for width in stride(from: 3, through: 21, by: 2) {
            for line in TextWrap.wrap("請求の送信は受領書の確認まで続きます。", width: width) {
                #expect(DisplayWidth.of(line) <= width)
                #expect(line.allSatisfy { DisplayWidth.of($0) == 2 })
            }
        }
    }

    @Test func noLineStartsWithClosingPunctuationOrEndsWithAnOpeningBracket() {
        let text = "送信中に回線が切れると、データは消えます。「受付番号」を確かめて（画面の右上）、最初から送り直してください。"
        for width in 8...40 {
            for line in TextWrap.wrap(text, width: width) {
                #expect(!(line.first.map { TextWrap.noLineStart.contains($0) } ?? false), "\(width): \(line)")
                #expect(!(line.last.map { LineBreaks.closerOf[$0] != nil } ?? false), "\(width): \(line)")
            }
        }
    }
}
