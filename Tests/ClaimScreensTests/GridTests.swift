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

/// The pure cell-grid diff the terminal draws from (issue 10; ratatui's Buffer::diff).
@Suite struct GridDiffTests {
    func grid(_ lines: [String], width: Int = 8) -> CellGrid {
        var grid = CellGrid(width: width, height: lines.count)
        for (row, line) in lines.enumerated() { grid.write(line, row: row, column: 0) }
        return grid
    }

    @Test func noPreviousFrameDrawsEveryCellButContinuations() {
        let updates = grid(["あい", "ab"], width: 4).updates(since: nil)
        #expect(updates.count == 2 + 4, "two wide characters on row 0, four cells on row 1")
        #expect(updates.allSatisfy { !$0.cell.isContinuation })
    }

    @Test func anUnchangedFrameDrawsNothing() {
        let frame = grid(["請求 ok", "abc"])
        #expect(frame.updates(since: frame).isEmpty)
    }

    @Test func oneChangedCellIsOneUpdate() {
        let updates = grid(["abcd"]).updates(since: grid(["abXd"]))
        #expect(updates == [CellUpdate(row: 0, column: 2, cell: Cell(character: "c", role: .plain, isContinuation: false))])
    }

    @Test func aNarrowCharacterReplacingAWideOneRedrawsTheCoveredCell() {
        // "あ" covered columns 0–1; now "ab": column 1 must be drawn, or the terminal keeps half of "あ".
        let updates = grid(["ab"]).updates(since: grid(["あ"]))
        #expect(updates.map(\.column) == [0, 1])
    }

    @Test func aWideCharacterReplacingNarrowOnesIsOneUpdateAtItsLeftCell() {
        let updates = grid(["あ"]).updates(since: grid(["ab"]))
        #expect(updates.map(\.column) == [0])
        #expect(updates.first?.cell.character == "あ")
    }

    @Test func anUnchangedWideCharacterIsNotDrawnAgainWhenWhatFollowsChanges() {
        // The same "あ" at 0; what follows changed from a wide character to two narrow ones.
        let updates = grid(["あcd"]).updates(since: grid(["あい"]))
        #expect(updates.map(\.column) == [2, 3])
    }

    @Test func aResizedFrameDrawsEverything() {
        let updates = grid(["ab"], width: 4).updates(since: grid(["ab"], width: 5))
        #expect(updates.count == 4)
    }

    @Test func aRoleChangeIsAnUpdate() {
        var highlighted = grid(["ab"])
        highlighted.write("a", row: 0, column: 0, role: .selected)
        #expect(highlighted.updates(since: grid(["ab"])).map(\.column) == [0])
    }
}
