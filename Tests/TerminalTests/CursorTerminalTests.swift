import Foundation
import Testing

/// Issue 18: the terminal's own cursor is on the focus, so screen readers and magnifiers follow it.
@Suite(.serialized) struct CursorTerminalTests {
    /// `#{cursor_x},#{cursor_y}` of the pane once it shows what the last key did.
    func cursor(_ terminal: TmuxTerminal) -> (x: Int, y: Int)? {
        let text = terminal.tmux("display-message", "-p", "-t", "main", "#{cursor_x},#{cursor_y}")
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }

    /// Waits (up to 10 s) until the cursor is at the place; timing is never the thing under test.
    func cursorReaches(_ terminal: TmuxTerminal, _ place: () -> (x: Int, y: Int)?) -> Bool {
        for _ in 0..<200 {
            if let want = place(), let now = cursor(terminal), now == want { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// The row of the highlighted item ("> ") on the captured pane.
    func highlightedRow(_ terminal: TmuxTerminal) -> Int? {
        terminal.screen.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("  > ") }
    }

    @Test func theCursorFollowsTheHighlightAndTheCaret() throws {
        let terminal = TmuxTerminal()
        defer { terminal.stop() }
        terminal.start()
        #expect(terminal.waitFor("メインメニュー"), "\(terminal.screen)")
        #expect(cursorReaches(terminal) { highlightedRow(terminal).map { (4, $0) } }, "\(String(describing: cursor(terminal))) \(terminal.screen)")
        var rows: [Int] = []
        for _ in 0..<3 {
            let before = highlightedRow(terminal)
            terminal.send("Down")
            #expect(terminal.waitFor("> ") && cursorReaches(terminal) {
                guard let row = highlightedRow(terminal), row != before else { return nil }
                return (4, row)
            }, "after Down the cursor is on the highlighted row: \(String(describing: cursor(terminal)))\n\(terminal.screen)")
            rows += highlightedRow(terminal).map { [$0] } ?? []
        }
        #expect(rows.count == 3 && Set(rows).count == 3, "\(rows)")

        terminal.send("Home")
        terminal.send("1")
        #expect(terminal.waitFor("オンライン請求を始める準備"), "\(terminal.screen)")
        terminal.send("Enter")
        #expect(terminal.waitFor("医療機関・薬局の名前"), "\(terminal.screen)")
        let fieldRow = try #require(terminal.screen.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("[ ") })
        // "  [ " : the caret starts in column 4 of the field's row.
        #expect(cursorReaches(terminal) { (4, fieldRow) }, "\(String(describing: cursor(terminal)))\n\(terminal.screen)")
        terminal.tmux("send-keys", "-t", "main", "-l", "ab")
        #expect(cursorReaches(terminal) { (6, fieldRow) }, "one column per ASCII letter: \(String(describing: cursor(terminal)))")
        terminal.tmux("send-keys", "-t", "main", "-l", "さくら")
        #expect(cursorReaches(terminal) { (12, fieldRow) }, "two columns per Japanese letter: \(String(describing: cursor(terminal)))")
        terminal.send("Left")
        #expect(cursorReaches(terminal) { (10, fieldRow) }, "the caret moved back over ら: \(String(describing: cursor(terminal)))")
        #expect(terminal.screen.contains("F1"), "the key hints say how to reach help")
    }
}
