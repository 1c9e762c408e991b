@testable import ClaimScreens
import Testing

/// A warning is never dropped silently (issue 15, deliverable 8): the area grows into the body,
/// and when a window is too short even for that, it says how many are left and how to read them.
@Suite struct WarningAreaTests {
    static let missed = "12月の締め切りまでに、社保・国保の請求確定が記録されていません。送れなかった分は、来月の月遅れ請求になります。わからないときは支払基金・国保連に問い合わせてください。"
    static let freeze = "変更禁止の期間です（12日まで）。回線・機器・証明書は変えないでください。"
    static let short = "回線・機器・証明書は変えないでください。"

    func screen(warnings: [String], items: Int = 16) -> Screen {
        let body = (0..<items).map { Block.item(marker: "\($0 + 1).", text: "項目 \($0 + 1)", selected: $0 == items - 1) }
        return Screen(place: "メインメニュー", heading: "何をしますか", body: body, focus: items - 1,
                      warnings: warnings.map { Warning($0) }, hints: [KeyHint("F10", "終了")])
    }

    @Test func usualWarningsKeepTheirThreeRowsInTheSamePlace() {
        let lines = Layout.render(screen(warnings: [Self.freeze]), width: 80, height: 24).lines
        #expect(lines[19].hasPrefix("-----"))
        #expect(lines[20].contains("変更禁止の期間です"))
        #expect(lines[21].isEmpty && lines[22].isEmpty)
    }

    @Test func warningsThatNeedMoreRowsTakeThemFromTheBody() {
        let grid = Layout.render(screen(warnings: [Self.missed, Self.freeze]), width: 80, height: 24)
        let text = grid.lines.map { String($0.drop { $0 == " " }) }.joined()
        #expect(text.contains(Self.missed))
        #expect(text.contains(Self.freeze))
        #expect(!grid.text.contains("..."))
        #expect(grid.lines[23].contains("F10"))
        // The body scrolls in what is left and still shows the highlighted row.
        #expect(grid.text.contains("> 16. 項目 16"))
        #expect(grid.text.contains("上にも続きがあります"))
    }

    @Test func aWindowTooShortForEveryWarningSaysHowManyAreLeftAndHowToReadThem() {
        let warnings = (1...8).map { "注意 \($0): " + Self.short }
        let lines = WarningArea.lines(for: warnings.map { Warning($0) }, width: 76, rows: 5)
        #expect(lines.count == 5)
        #expect(lines.prefix(4).map(\.text) == (1...4).map { "注意 \($0): " + Self.short })
        #expect(lines.last?.text == WarningArea.moreMessage(4))
        #expect(lines.last?.text.contains("4 件") == true)
        // At the floor, sixteen one-line warnings take the 13 rows the body can give and say the
        // rest is there; a taller window shows them all.
        let many = (1...16).map { "注意 \($0): " + Self.short }
        let floor = Layout.render(screen(warnings: many), width: 80, height: 24)
        #expect(floor.lines[22] == "  " + WarningArea.moreMessage(4), "\(floor.text)")
        #expect((1...12).allSatisfy { floor.text.contains("注意 \($0): ") })
        let tall = Layout.render(screen(warnings: many), width: 80, height: 30)
        #expect((1...16).allSatisfy { tall.text.contains("注意 \($0): ") }, "\(tall.text)")
        #expect(!tall.text.contains("ほかに注意が"))
    }

    @Test func theBodyKeepsRoomForTheHighlightedRow() {
        let warnings = (1...30).map { "注意 \($0)" }
        let grid = Layout.render(screen(warnings: warnings), width: 80, height: 24)
        #expect(grid.text.contains("> 16. 項目 16"))
        #expect(grid.text.contains("ほかに注意が 18 件あります"))
        #expect(WarningArea.rows(for: warnings.map { Warning($0) }, width: 76, available: 18) == 13)
    }
}
