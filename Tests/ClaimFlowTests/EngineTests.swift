import ClaimFlow
import Testing

@Suite struct EngineTests {
    @Test func aChecklistWithUntickedRequiredItemsDoesNotGoOn() throws {
        var driver = Driver(try shippedCatalog())
        driver.toEquipment()
        #expect(driver.setup?.current == "equipment")
        driver.send(.toggle, .accept)
        #expect(driver.setup?.current == "equipment")
        #expect(driver.state.notice?.lines.first?.contains("動作環境を満たすオンライン請求用端末") == true)
        driver.send(.toggle, .toggle, .accept) // the last item is optional
        #expect(driver.setup?.current == "applications")
    }

    @Test func tickingWritesTheAuditTrail() throws {
        var driver = Driver(try shippedCatalog())
        driver.toEquipment()
        driver.effects = []
        driver.send(.toggle)
        #expect(driver.effects == [.appendAudit(AuditEntry(at: december3, flow: "setup", step: "equipment",
                                                           item: "rececon", action: "checked"))])
    }

    @Test(arguments: [(1, "network-id"), (2, "line-auth"), (3, "ipsec-setup")])
    func theLineTypeChoosesTheBranch(option: Int, expected: String) throws {
        var driver = Driver(try shippedCatalog())
        driver.toLineType()
        driver.send(.pick(option), .accept)
        if option == 3 { driver.send(.accept) } // the IPsec+IKE provider
        driver.send(.pick(3), .accept, .accept)  // separate PC, timeline
        driver.send(.toggle, .toggle, .toggle, .toggle, .accept) // equipment
        driver.send(.toggle, .toggle, .toggle, .accept, .accept) // applications, tools
        #expect(driver.setup?.current == expected)
    }

    @Test func stepCountFollowsTheBranch() throws {
        let catalog = try shippedCatalog()
        let flow = try #require(catalog.flow("setup"))
        var driver = Driver(catalog)
        driver.toLineType()
        let before = StepPath.position(in: flow, progress: try #require(driver.setup))
        #expect(before.step == 7)
        driver.send(.pick(3), .accept)
        let after = StepPath.position(in: flow, progress: try #require(driver.setup))
        #expect(after.step == 8)
        #expect(after.of != before.of, "choosing IPsec+IKE changes the path length")
    }

    @Test func escapeGoesBackWithAnswersKept() throws {
        var driver = Driver(try shippedCatalog())
        driver.toLineType()
        driver.send(.pick(2), .accept)
        #expect(driver.setup?.current == "shared-pc")
        driver.send(.back)
        #expect(driver.setup?.current == "line-type")
        #expect(driver.setup?.answers["line-type"] == .choice("ipvpn-v6"))
        #expect(driver.setup?.cursor == 1)
        driver.send(.back)
        #expect(driver.setup?.draft == "2027-04-01", "the earlier text is back in its field")
        for _ in 0..<10 { driver.send(.back) }
        #expect(driver.state.progress.location == .menu)
        #expect(driver.setup?.answers["clinic-code"] == .text("0110113719"))
    }

    @Test func theMenuIsReachableFromAnyStep() throws {
        var driver = Driver(try shippedCatalog())
        driver.toLineType()
        driver.send(.openMenu)
        #expect(driver.state.progress.location == .menu)
        driver.send(.accept)
        #expect(driver.setup?.current == "line-type") // reopening continues where it was
    }

    /// I1: a check digit that does not match warns once, naming the digits to re-read; Enter again goes on.
    @Test func aClinicCodeThatFailsTheCheckWarnsButNeverBlocks() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.accept, .accept, .insert("さくら内科"), .accept, .accept, .accept)
        #expect(driver.setup?.current == "clinic-code")
        driver.send(.insert("0110113718"), .accept)
        #expect(driver.setup?.current == "clinic-code")
        #expect(driver.state.notice?.lines.first == "検証番号（10桁目）が合いません。1〜10桁目を通知書と見比べてください。")
        #expect(driver.state.notice?.lines.last?.contains("もう一度 Enter") == true)
        driver.send(.accept)
        #expect(driver.setup?.current == "designation", "the paper wins: the clerk goes on")
        #expect(driver.setup?.answers["clinic-code"] == .text("0110113718"))
    }

    @Test func aCorrectedCodeAfterTheWarningIsCheckedAfresh() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.accept, .accept, .insert("さくら内科"), .accept, .accept, .accept)
        driver.send(.insert("1310110048"), .accept)
        #expect(driver.state.notice?.lines.first?.contains("4〜10桁目") == true, "Tokyo: the six-digit scheme")
        driver.send(.deleteBackward, .insert("7"), .accept)
        #expect(driver.setup?.current == "clinic-code", "a different text is warned about again")
        driver.send(.deleteBackward, .insert("9"), .accept)
        #expect(driver.setup?.answers["clinic-code"] == .text("1310110049"))
        #expect(driver.setup?.current == "designation")
    }

    @Test func aRealTokyoCodeGoesOnAtOnce() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.accept, .accept, .insert("さくら内科"), .accept, .accept, .accept)
        driver.send(.insert("1310110049"), .accept)
        #expect(driver.setup?.current == "designation")
        #expect(driver.state.notice == nil)
    }

    @Test func sevenDigitsFromTheListAreExplainedNotTaken() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.accept, .accept, .insert("さくら内科"), .accept, .accept, .accept)
        driver.send(.insert("0110049"), .accept, .accept)
        #expect(driver.setup?.current == "clinic-code")
        #expect(driver.state.notice?.lines.first?.contains("厚生局の一覧") == true)
    }

    @Test func controlCharactersNeverEnterAField() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.accept, .accept, .insert("さくら\u{1B}[A内科\u{7}"))
        #expect(driver.setup?.draft == "さくら[A内科")
        #expect(driver.state.notice != nil)
    }

    @Test func anIDWithFullWidthIsHeldUntilConvertedWithF5() throws {
        var driver = Driver(try shippedCatalog())
        driver.toLineType()
        driver.send(.pick(1), .accept, .pick(3), .accept, .accept)
        driver.send(.toggle, .toggle, .toggle, .toggle, .accept, .toggle, .toggle, .toggle, .accept, .accept)
        #expect(driver.setup?.current == "network-id")
        driver.send(.insert("１２３４５６７８@tk123456"), .accept)
        #expect(driver.setup?.current == "network-id")
        #expect(driver.state.notice?.lines.contains { $0.contains("F5") } == true)
        driver.send(.convertToHalfWidth, .accept)
        #expect(driver.setup?.answers["network-id"] == .text("12345678@tk123456"))
        #expect(driver.setup?.current == "network-id-readback")
        driver.effects = []
        driver.send(.insert("山田"), .accept)
        #expect(driver.effects.contains { if case .appendAudit(let entry) = $0 { return entry.action == "read-back" && entry.by == "山田" }; return false })
    }

    @Test func aMistypedCharacterInTheMiddleIsFixedWithTheCaret() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.accept, .accept, .insert("さくら内科"), .accept, .accept, .accept)
        driver.send(.insert("01101l3719"))
        driver.send(.caretHome, .caretRight, .caretRight, .caretRight, .caretRight, .caretRight, .deleteForward, .insert("1"))
        #expect(driver.setup?.draft == "0110113719")
        #expect(driver.state.caret == 6)
        driver.send(.caretEnd)
        #expect(driver.state.caret == nil)
        driver.send(.caretLeft, .caretLeft, .deleteBackward, .insert("7"), .accept) // the 7 out and back in
        #expect(driver.setup?.answers["clinic-code"] == .text("0110113719"))
        #expect(driver.state.caret == nil, "a new step starts with the caret at the end")
    }

    @Test func quitIsAnEffectFromEveryScreen() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.quit)
        #expect(driver.effects == [.quit])
    }
}

/// Random event sequences never break the engine's invariants.
@Suite struct EnginePropertyTests {
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    static let events: [Event] = [
        .moveUp, .moveDown, .pageUp, .pageDown, .moveFirst, .moveLast, .toggle, .accept, .back, .help,
        .openMenu, .pick(1), .pick(2), .pick(3), .pick(4), .pick(9), .insert("0110113719"), .insert("x"),
        .insert(String(repeating: "長", count: 5000)), .deleteBackward, .caretLeft, .toggleReveal,
        .unusable(keyName: "F7"), .convertToHalfWidth, .moveLeft, .moveRight, .openFlow(.extension),
        .insert("１２３４５６７８＠ｔｋ"), .insert("2027-04-01"), .pick(5), .pick(6),
    ]

    @Test func randomSequencesKeepInvariants() throws {
        let catalog = try shippedCatalog()
        var generator = SeededGenerator(state: 20261203)
        var state = AppState()
        let context = Context(catalog: catalog, now: december3)
        for _ in 0..<20_000 {
            let event = Self.events.randomElement(using: &generator)!
            _ = Reducer.reduce(&state, event, context)
            let menuCount = MainMenu.items(catalog).count
            #expect((0..<menuCount).contains(state.progress.menuCursor))
            for (id, progress) in state.progress.flows {
                let flow = try #require(catalog.flow(id))
                let step = try #require(flow.step(progress.current), "current step exists")
                #expect(progress.history.allSatisfy { flow.step($0) != nil })
                let rows = step.kind == .checklist ? step.visibleItems(progress.answers).count : step.kind == .choice ? step.options.count : 1
                #expect((0..<max(rows, 1)).contains(progress.cursor))
                if let field = step.field { #expect(progress.draft.count <= field.maxLength) }
                if case .text(let text)? = progress.answers["clinic-code"] { #expect(ClinicCode.check(text).usable) }
            }
        }
    }

    /// Effects report back as events (issue 10): the reducer alone changes the state.
    @Test func aFailedSaveStaysInViewUntilASaveWorks() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.effectResult(.storeFailed(lines: ["保存できませんでした。"])))
        #expect(driver.state.notice == Notice(.error, ["保存できませんでした。"]))
        driver.send(.moveDown)
        #expect(driver.state.notice == nil)
        #expect(driver.state.storeProblem == ["保存できませんでした。"], "still known after the next key")
        driver.send(.effectResult(.storeRecovered))
        #expect(driver.state.storeProblem == nil)
    }

    @Test func aWrittenMemoIsAddedToTheKeysOwnMessage() throws {
        var driver = Driver(try shippedCatalog())
        driver.state.notice = .info("「接続トラブル」を最後まで進めました。")
        driver.send(.effectResult(.memoWritten(path: "memos/a.txt")))
        #expect(driver.state.notice?.lines == ["「接続トラブル」を最後まで進めました。", "相談メモを保存しました: memos/a.txt"])
    }

    @Test func theDemoResetGoesBackToTheSeed() throws {
        var driver = Driver(try shippedCatalog())
        driver.toLineType()
        var seed = SavedProgress()
        seed.menuCursor = 2
        driver.send(.effectResult(.demoReset(seed)))
        #expect(driver.state.progress == seed)
        #expect(driver.state.notice?.lines == ["デモを最初の状態に戻しました。"])
    }
}
