@testable import ClaimScreens
import Testing

@Suite struct GridTests {
    @Test func widthsFollowEastAsianWidth() {
        #expect(DisplayWidth.of("受領書") == 6)
        #expect(DisplayWidth.of("ABC") == 3)
        #expect(DisplayWidth.of("１２") == 4)
        #expect(DisplayWidth.of("ｱｲ") == 2) // half-width katakana
        #expect(DisplayWidth.of("e\u{301}") == 1) // combining accent
        #expect(DisplayWidth.of("\u{1B}") == 0)
    }

    @Test func aWideCharacterThatDoesNotFitIsNotSplit() {
        var grid = CellGrid(width: 5, height: 1)
        let end = grid.write("あいう", row: 0, column: 0)
        #expect(end == 4)
        #expect(grid.lines == ["あい"])
        #expect(!grid[0, 4].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = CellGrid(width: 6, height: 1)
        grid.write("請求", row: 0, column: 0)
        grid.write("x", row: 0, column: 1)
        #expect(grid.lines == [" x求"])
        #expect(grid[0, 0].character == " " && !grid[0, 0].isContinuation)
    }

    @Test func writesOutsideTheGridAreIgnored() {
        var grid = CellGrid(width: 3, height: 2)
        grid.write("abc", row: 5, column: 0)
        grid.write("abcdef", row: 1, column: 2)
        #expect(grid.lines == ["", "  a"])
    }

    @Test func wrappingNeverExceedsTheWidthAndKeepsPunctuationOffLineStarts() {
        let text = "送信中に回線が切れると、データは消えます。回線が戻ったら、最初から送り直してください。"
        for width in 2...40 {
            for line in TextWrap.wrap(text, width: width) {
                #expect(DisplayWidth.of(line) <= width)
            }
        }
        for line in TextWrap.wrap(text, width: 20) {
            #expect(!(line.first.map { TextWrap.noLineStart.contains($0) } ?? false), "\(line)")
        }
        #expect(TextWrap.wrap(text, width: 20).joined() == text)
    }

    @Test func aClosingParenthesisPullsTheCharacterBeforeIt() {
        let lines = TextWrap.wrap("今月の送信は（あと4日）です", width: 22)
        #expect(lines.allSatisfy { $0.first != "）" }, "\(lines)")
    }

    @Test func aNumberStaysWithItsUnit() {
        let lines = TextWrap.wrap("今月の送信は 12月5日 8:00 からです（あと2日）。", width: 36)
        #expect(lines.allSatisfy { !$0.hasSuffix("2") }, "\(lines)")
        #expect(lines.joined() == "今月の送信は 12月5日 8:00 からです（あと2日）。")
    }

    @Test func asciiWordsStayWhole() {
        #expect(TextWrap.wrap("IPsec+IKE connection", width: 12) == ["IPsec+IKE", "connection"])
    }
}

@Suite struct WrapRegressionTests {
    @Test func theMenuHeadlineKeepsItsParenthesis() {
        let text = "今日は 2026年12月1日(火) です。今月の送信は 12月5日 8:00 からです（あと4日）。準備を進めておきましょう。"
        let lines = TextWrap.wrap(text, width: 76)
        #expect(lines.allSatisfy { $0.first != "）" }, "\(lines)")
    }
}
