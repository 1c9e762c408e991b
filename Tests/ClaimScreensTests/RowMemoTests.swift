@testable import ClaimScreens
import Testing

/// Issue 19: the layout copies a row from the last frame when it is drawn from the same thing.
/// Whatever changes between two frames — in any row: the top bar, the place, a body line, a field's
/// caret, the scroll markers, the warnings, the hints, the size — the frame laid out with the memo
/// must be the frame laid out without it, cursor included.
@Suite struct RowMemoTests {
    func screen(selected: Int = 0, clock: String = "2026年12月3日(木) 09:00", banner: String? = nil, place: String = "初期設定  手順 1 / 9",
                items: Int = 3, field: (value: String, caret: Int?)? = nil, warnings: [String] = [],
                hints: [KeyHint] = [KeyHint("Space", "印"), KeyHint("F10", "終了")], accent: Bool = false) -> Screen {
        var body: [Block] = [.paragraph("十項目の確認です。Space で印を付けます。"), .blank]
        for index in 0..<items {
            body.append(.item(marker: "[ ]", text: "項目 \(index)" + (accent ? " e\u{301}" : ""), selected: index == selected,
                              detail: index == selected ? "準備するものは書類にあります。" : nil))
        }
        if let field { body.append(.field(label: "医療機関名", value: field.value, note: nil, caret: field.caret)) }
        return Screen(clock: clock, banner: banner, place: place, heading: "機器の準備", body: body,
                      focus: field == nil ? 2 + selected : body.count - 1,
                      warnings: warnings.map { Warning($0) }, hints: hints)
    }

    /// A frame starts from the last one (its rows blanked where drawn anew), or from a blank grid
    /// when the last one has a character of several scalars (`accent`): both give the same frames.
    @Test(arguments: [false, true]) func everyFrameIsTheFrameWithoutTheMemo(accent: Bool) {
        let memo = WrapMemo()
        func screen(selected: Int = 0, clock: String = "2026年12月3日(木) 09:00", banner: String? = nil, place: String = "初期設定  手順 1 / 9",
                    items: Int = 3, field: (value: String, caret: Int?)? = nil, warnings: [String] = [],
                    hints: [KeyHint] = [KeyHint("Space", "印"), KeyHint("F10", "終了")]) -> Screen {
            self.screen(selected: selected, clock: clock, banner: banner, place: place, items: items, field: field, warnings: warnings,
                        hints: hints, accent: accent)
        }
        let frames: [(Screen, Int, Int)] = [
            (screen(), 80, 24), (screen(), 80, 24), (screen(selected: 1), 80, 24), (screen(selected: 2), 80, 24),
            (screen(clock: "2026年12月3日(木) 09:01"), 80, 24), (screen(banner: "デモ"), 80, 24), (screen(place: "月次請求  手順 2 / 9"), 80, 24),
            (screen(field: ("さくら", nil)), 80, 24), (screen(field: ("さくら", 1)), 80, 24), (screen(field: ("さくら内科", 1)), 80, 24),
            (screen(items: 30), 80, 24), (screen(selected: 29, items: 30), 80, 24), (screen(selected: 12, items: 30), 80, 24), // scrolling
            (screen(warnings: ["証明書の期限が近づいています。"]), 80, 24),
            (screen(warnings: ["証明書の期限が近づいています。", "回線を確かめてください。", "三つ目", "四つ目"]), 80, 24),
            // A row left blank, then drawn again from the key it had two frames before.
            (screen(warnings: ["回線を確かめてください。"]), 80, 24), (screen(warnings: ["回線を確かめてください。"]), 80, 24),
            (screen(), 80, 24), (screen(warnings: ["回線を確かめてください。"]), 80, 24),
            (screen(hints: [KeyHint("F10", "終了")]), 80, 24),
            (screen(selected: 1), 100, 30), (screen(selected: 1), 80, 24), (screen(), 60, 20), (screen(), 80, 24),
        ]
        for (index, (screen, width, height)) in frames.enumerated() {
            let remembered = Layout.render(screen, width: width, height: height, memo: memo)
            let fresh = Layout.render(screen, width: width, height: height)
            #expect(remembered == fresh, "frame \(index)")
            #expect(remembered.cursor == fresh.cursor, "frame \(index)")
            #expect(remembered.lines == fresh.lines, "frame \(index): \(remembered.lines.joined(separator: "\n"))")
        }
    }

    /// A row drawn twice in one frame is not described by either key: the next frame draws it again.
    @Test func aRowDrawnTwiceIsNotKept() {
        var memo = RowMemo()
        var first = memo.begin(width: 10, height: 2)
        memo.row(0, .text("abc", column: 0, role: .plain, limit: 10), into: &first) { $0.write("abc", row: 0, column: 0); return nil }
        memo.row(0, .text("x", column: 5, role: .plain, limit: 10), into: &first) { $0.write("x", row: 0, column: 5); return nil }
        memo.finish(&first)
        var second = memo.begin(width: 10, height: 2)
        var drawn = false
        memo.row(0, .text("x", column: 5, role: .plain, limit: 10), into: &second) { drawn = true; $0.write("x", row: 0, column: 5); return nil }
        memo.finish(&second)
        #expect(drawn)
        #expect(second.lines[0] == "     x")
    }
}
