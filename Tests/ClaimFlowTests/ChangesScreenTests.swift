@testable import ClaimFlow
import Foundation
import Testing

/// Issue 15 (5): the changes screen's reducer — menu 5 opens the list; each operation is typed,
/// confirmed on screen and only then recorded (with its audit line); what was typed survives Esc
/// and F2; adding goes through the changes flow and comes back to the list.
@Suite struct ChangesScreenTests {
    let catalog: FlowCatalog
    init() throws { catalog = try shippedCatalog() }

    static let now = LocalDateTime(year: 2026, month: 12, day: 20, hour: 10)!

    /// The list, with a router change planned for 12-08 (recorded 11-25) and a done one.
    func onTheList() -> Driver {
        var driver = Driver(catalog, now: Self.now)
        _ = driver.state.progress.addChange(date: CivilDate(year: 2026, month: 11, day: 2)!, kind: .terminal, note: "更新",
                                            at: LocalDateTime(year: 2026, month: 11, day: 3)!)
        _ = driver.state.progress.addChange(date: CivilDate(year: 2026, month: 12, day: 8)!, kind: .router, note: "交換",
                                            at: LocalDateTime(year: 2026, month: 11, day: 25)!)
        let number = (MainMenu.items(catalog).firstIndex(of: .changes) ?? 0) + 1
        driver.send(.pick(number))
        return driver
    }

    var router: (Driver) -> ChangeRecord? { { $0.state.progress.changes.first { $0.kind == .router } } }

    @Test func theMenusFifthEntryOpensTheList() {
        #expect(MainMenu.items(catalog).firstIndex(of: .changes) == 4)
        let driver = onTheList()
        #expect(driver.state.progress.location == .changes)
        #expect(driver.state.progress.changesPlace.stage == .list)
        #expect(driver.state.progress.changesPlace.highlightedIndex(in: driver.state.progress.changes) == 1,
                "the first planned change is highlighted")
    }

    @Test func aPostponementIsRecordedOnlyAfterTheConfirmation() throws {
        var driver = onTheList()
        driver.send(.operateOnChange(.postpone), .insert("令和8年12月22日"), .accept)
        #expect(driver.state.progress.changesPlace.stage == .confirming(.postpone))
        #expect(router(driver)?.date == CivilDate(year: 2026, month: 12, day: 8), "nothing recorded before Enter")
        #expect(driver.effects.isEmpty)
        driver.send(.accept)
        let moved = try #require(router(driver))
        #expect(moved.date == CivilDate(year: 2026, month: 12, day: 22) && moved.isPlanned)
        #expect(moved.originalDate == CivilDate(year: 2026, month: 12, day: 8))
        #expect(driver.state.progress.changesPlace == ChangesPlace(selected: moved.id, stage: .list, draft: nil))
        #expect(driver.state.notice?.lines.first == "「ルータ」を 2026年12月22日(火) に延期しました（元の予定は 2026年12月8日(火)）。")
        #expect(driver.effects == [.appendAudit(AuditEntry(at: Self.now, flow: "changes", step: "postpone", item: "\(moved.id)",
                                                           action: "postponed"))])
    }

    @Test func aNewDateInTheFreezeIsWarnedWhenRecorded() throws {
        var driver = onTheList()
        driver.send(.operateOnChange(.postpone), .insert("2027-01-08"), .accept, .accept)
        #expect(driver.state.notice?.level == .warning)
        #expect(driver.state.notice?.lines.last == "2027年1月8日(金) は変更禁止の期間（月次請求の前後）です。回線・機器の変更は 2027年1月13日(水) 以降にしてください。")
    }

    @Test func aRefusedValueStaysInTheFieldWithTheReason() {
        var driver = onTheList()
        driver.send(.operateOnChange(.markDone), .caretEnd)
        #expect(driver.state.progress.changesPlace.draft?.text == "2026-12-08", "the planned day, once it has come")
        for _ in 0..<2 { driver.send(.deleteBackward) }
        driver.send(.insert("25"), .accept)
        #expect(driver.state.progress.changesPlace.stage == .typing(.markDone))
        #expect(driver.state.progress.changesPlace.draft?.text == "2026-12-25")
        #expect(driver.state.notice == .warning("2026年12月25日(金) はまだ来ていません。済んだ日は今日（2026年12月20日(日)）までの日にしてください。"))
        #expect(router(driver)?.isPlanned == true)
    }

    @Test func whatWasTypedSurvivesEscAndTheMenu() {
        var driver = onTheList()
        driver.send(.operateOnChange(.postpone), .insert("2026/12/2"))
        driver.send(.back)
        #expect(driver.state.progress.changesPlace.stage == .list)
        driver.send(.operateOnChange(.postpone))
        #expect(driver.state.progress.changesPlace.draft?.text == "2026/12/2")
        driver.send(.openMenu)
        #expect(driver.state.progress.location == .menu)
        driver.send(.pick(5))
        #expect(driver.state.progress.changesPlace.stage == .typing(.postpone))
        driver.send(.insert("4"), .accept, .back)
        #expect(driver.state.progress.changesPlace.stage == .typing(.postpone), "Esc on the confirmation goes back to the field")
        #expect(driver.state.progress.changesPlace.draft?.text == "2026/12/24")
    }

    /// Issue 15 (1) on this screen too: the date a field starts from is replaced by what is
    /// typed, never appended to; the arrows or BS first edit it instead.
    @Test func typingReplacesTheDateTheFieldStartsFrom() throws {
        var driver = onTheList()
        driver.send(.operateOnChange(.editDate))
        let router = try #require(self.router(driver))
        #expect(driver.state.progress.changesPlace.fieldContent(.editDate, on: router, today: Self.now.date)
                == FieldContent(text: "2026-12-08", caret: nil, replacesOnTyping: true))
        driver.send(.insert("2026-12-09"))
        #expect(driver.state.progress.changesPlace.draft?.text == "2026-12-09")
        driver.send(.back, .operateOnChange(.editNote), .caretLeft, .insert("の"))
        #expect(driver.state.progress.changesPlace.draft?.text == "交の換", "after an arrow, typing edits the note")
    }

    @Test func cancellingIsConfirmedAndKeepsTheRecord() throws {
        var driver = onTheList()
        driver.send(.operateOnChange(.cancel))
        #expect(driver.state.progress.changesPlace.stage == .confirming(.cancel))
        #expect(router(driver)?.isPlanned == true)
        driver.send(.accept)
        #expect(router(driver)?.state == .cancelled)
        #expect(driver.state.progress.changes.count == 2)
    }

    @Test func enterOnAPlanListsWhatCanBeDone() throws {
        var driver = onTheList()
        driver.send(.accept)
        #expect(driver.state.progress.changesPlace.stage == .choosing(cursor: 0))
        driver.send(.moveDown, .moveDown, .moveDown, .accept)
        #expect(driver.state.progress.changesPlace.stage == .typing(.markDone))
        driver.send(.accept, .accept)
        #expect(router(driver)?.doneOn == CivilDate(year: 2026, month: 12, day: 8))
    }

    @Test func aDoneChangeIsRefusedWithTheReason() {
        var driver = onTheList()
        driver.send(.moveUp, .operateOnChange(.postpone))
        #expect(driver.state.progress.changesPlace.stage == .list)
        #expect(driver.state.notice == .info("「端末・OS」（2026年11月2日(月)）は済んだ変更として記録されています。済んだ記録はそのまま残します。"))
        driver.send(.accept)
        #expect(driver.state.progress.changesPlace.stage == .list)
    }

    @Test func addingGoesThroughTheFlowAndComesBackToTheList() throws {
        var driver = onTheList()
        driver.send(.openFlow(.changes))
        #expect(driver.current == "date")
        driver.send(.insert("2026-12-24"), .accept, .accept, .insert("ハブを交換"), .accept, .accept)
        #expect(driver.state.progress.location == .changes)
        let added = try #require(driver.state.progress.changes.first { $0.note == "ハブを交換" })
        #expect(added.isPlanned)
        #expect(driver.state.progress.changesPlace.selected == added.id)
        // Esc on the flow's first step also comes back to the list.
        driver.send(.openFlow(.changes), .back)
        #expect(driver.state.progress.location == .changes)
    }
}
