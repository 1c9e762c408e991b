@testable import ClaimScreens
import Testing

/// Issue 19: a window remembers wrapped texts between frames; what it remembers must be exactly
/// what wrapping gives, for every width (the same text wraps differently in a narrower column).
@Suite struct WrapMemoTests {
    static let text = "変更禁止の期間（送信の前の5日間）は、レセコンの更新をしないでください。IPsec+IKE の設定も同じです。"

    @Test func aRememberedWrapIsTheWrapAtEveryWidth() {
        let memo = WrapMemo()
        for _ in 0..<2 {
            for width in [76, 40, 20, 9, 40, 76] {
                #expect(memo.wrap(Self.text, width: width) == TextWrap.wrap(Self.text, width: width), "width \(width)")
            }
        }
    }

    @Test func aFrameWithTheMemoIsTheFrameWithout() {
        let screen = Screen(place: "セットアップ  手順 1 / 9", heading: "機器と回線をそろえる",
                            body: [.paragraph(Self.text), .item(marker: "[x]", text: Self.text, selected: true, detail: Self.text),
                                   .field(label: Self.text, value: "abc", note: Self.text, caret: 1)],
                            warnings: [Warning(Self.text)], hints: [KeyHint("F10", "終了")])
        let memo = WrapMemo()
        for (width, height) in [(80, 24), (100, 30), (80, 24), (120, 40)] {
            let plain = Layout.render(screen, width: width, height: height)
            #expect(Layout.render(screen, width: width, height: height, memo: memo) == plain, "\(width)x\(height)")
            #expect(Layout.render(screen, width: width, height: height, memo: memo).text == plain.text, "\(width)x\(height), again")
        }
    }
}
