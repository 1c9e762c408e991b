@testable import ClaimScreens
import Testing

/// Issue 19: the layout keeps the last frame's body lines block by block. Whatever changes between
/// two frames — a highlight, a text, a tick, the width, the number of blocks — the frame laid out
/// with the memo must be the frame laid out without it.
@Suite struct BlockLinesMemoTests {
    func screen(selected: Int, texts: [String] = ["レセコンの確認", "請求用端末", "回線の見積もり"], ticked: Int? = nil) -> Screen {
        var body: [Block] = [.paragraph("十項目の確認です。Space で印を付けます。"), .blank]
        for (index, text) in texts.enumerated() {
            body.append(.item(marker: index == ticked ? "[x]" : "[ ]", text: text, selected: index == selected,
                              role: index == ticked ? .checked : .plain, detail: "準備するものは、届いた書類に書いてあります。"))
        }
        body.append(.paragraph("確認済み \(ticked == nil ? 0 : 1) / \(texts.count)", .dim))
        return Screen(place: "初期設定  手順 1 / 9", heading: "機器の準備", body: body, focus: 2 + selected, hints: [KeyHint("F10", "終了")])
    }

    @Test func everyFrameIsTheFrameWithoutTheMemo() {
        let memo = WrapMemo()
        let frames: [(Screen, Int)] = [
            (screen(selected: 0), 80), (screen(selected: 1), 80), (screen(selected: 1), 80),
            (screen(selected: 0), 80), (screen(selected: 1), 80), (screen(selected: 2), 80), // back and forth: the rows' earlier layouts
            (screen(selected: 1), 100), (screen(selected: 2), 80), (screen(selected: 1), 80),
            (screen(selected: 1, ticked: 1), 80), // a tick at the same place
            (screen(selected: 1, texts: ["レセコンの確認", "別の端末", "回線の見積もり"]), 80), // a text at the same place
            (screen(selected: 2), 100), (screen(selected: 2), 80), // the width
            (screen(selected: 0, texts: ["一つだけ"]), 80), (screen(selected: 2), 80), // fewer blocks, then more again
        ]
        for (screen, width) in frames {
            let remembered = Layout.render(screen, width: width, height: 24, memo: memo)
            let fresh = Layout.render(screen, width: width, height: 24)
            #expect(remembered == fresh)
            #expect(remembered.lines == fresh.lines, "\(remembered.lines.joined(separator: "\n"))")
        }
    }
}
