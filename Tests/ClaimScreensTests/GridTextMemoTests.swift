@testable import ClaimScreens
import Testing

/// The headless player's `Output` writes every frame's text through `GridTextMemo` (issue 19): the
/// file must hold exactly what the grid's own text is, frame after frame, whatever changed.
@Suite struct GridTextMemoTests {
    private func text(_ grid: CellGrid, _ memo: GridTextMemo) -> String {
        var bytes: [UInt8] = Array("---- header\n".utf8)
        memo.appendText(of: grid, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func everyFrameIsTheGridsOwnText() {
        let memo = GridTextMemo()
        var grid = CellGrid(width: 20, height: 4)
        grid.write("受領書を保存します", row: 0, column: 0)
        grid.write("> 1. 送信", row: 1, column: 0, role: .selected)
        grid.write("  2. 請求確定", row: 2, column: 0)
        var frames = [grid]
        // The highlight moves: the same characters in another role, and a row that changes text.
        grid.write("  1. 送信", row: 1, column: 0, role: .plain)
        grid.write("> 2. 請求確定", row: 2, column: 0, role: .selected)
        frames.append(grid)
        // A wide character written over half of another; a row emptied; the last row filled.
        grid.write("x", row: 0, column: 1)
        grid.fill(row: 2, role: .plain)
        grid.write("12345678901234567890+", row: 3, column: 0)
        frames.append(grid)
        // A character of two scalars (e + accent) only in this frame, then gone again.
        grid.write("e\u{301}", row: 1, column: 5)
        frames.append(grid)
        frames.append(frames[0])
        // Another size: nothing of the last frame is reused.
        var small = CellGrid(width: 6, height: 2)
        small.write("返戻", row: 1, column: 0)
        frames.append(small)
        frames.append(CellGrid(width: 0, height: 0))
        frames.append(frames[1])
        for (number, frame) in frames.enumerated() {
            #expect(text(frame, memo) == "---- header\n" + frame.text, "frame \(number)")
        }
    }

    /// A row with the same characters in another role (the highlight moved) has the same text: reused.
    @Test func rolesAloneDoNotChangeTheText() {
        let memo = GridTextMemo()
        var grid = CellGrid(width: 10, height: 1)
        grid.write("回線認証", row: 0, column: 0, role: .selected)
        _ = text(grid, memo)
        grid.write("回線認証", row: 0, column: 0, role: .plain)
        #expect(text(grid, memo) == "---- header\n回線認証")
    }
}
