import ClaimFlow
import Testing

@Suite struct EngineTests {
    @Test func aChecklistWithUntickedRequiredItemsDoesNotGoOn() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.accept, .accept, .toggle, .accept)
        #expect(driver.setup?.current == "equipment")
        #expect(driver.state.notice?.lines.first?.contains("動作環境を満たすオンライン請求用端末") == true)
        driver.send(.toggle, .toggle, .accept) // the fourth item is optional
        #expect(driver.setup?.current == "line-type")
    }

    @Test func tickingWritesTheAuditTrail() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.accept, .accept, .toggle)
        #expect(driver.effects == [.appendAudit(AuditEntry(at: december3, flow: "setup", step: "equipment",
                                                           item: "rececon", action: "checked"))])
    }

    @Test(arguments: [
        (1, "network-id"), (2, "line-auth"), (3, "ipsec-provider"),
    ])
    func theLineTypeChoosesTheBranch(option: Int, expected: String) throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.accept, .accept, .toggle, .toggle, .toggle, .accept, .pick(option), .accept)
        #expect(driver.setup?.current == expected)
    }

    @Test func stepCountFollowsTheBranch() throws {
        let catalog = try shippedCatalog()
        var driver = Driver(catalog)
        driver.send(.accept, .accept, .toggle, .toggle, .toggle, .accept)
        let flow = try #require(catalog.flow("setup"))
        #expect(StepPath.position(in: flow, progress: try #require(driver.setup)) == (step: 3, of: 7))
        driver.send(.pick(3), .accept)
        #expect(StepPath.position(in: flow, progress: try #require(driver.setup)) == (step: 4, of: 7))
    }

    @Test func escapeGoesBackWithAnswersKept() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.accept, .accept, .toggle, .toggle, .toggle, .accept, .pick(2), .accept)
        driver.send(.back)
        #expect(driver.setup?.current == "line-type")
        #expect(driver.setup?.answers["line-type"] == .choice("ipvpn-v6"))
        #expect(driver.setup?.cursor == 1)
        driver.send(.back)
        #expect(driver.setup?.checkedItems("equipment").count == 3)
        driver.send(.back, .back)
        #expect(driver.state.progress.location == .menu)
    }

    @Test func theMenuIsReachableFromAnyStep() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.accept, .accept, .openMenu)
        #expect(driver.state.progress.location == .menu)
        driver.send(.accept)
        #expect(driver.setup?.current == "equipment") // reopening continues where it was
    }

    @Test func aWrongClinicCodeStaysWithTheReason() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.accept, .accept, .toggle, .toggle, .toggle, .accept, .accept, .accept)
        #expect(driver.setup?.current == "clinic-code")
        driver.send(.insert("0110113718"), .accept)
        #expect(driver.setup?.current == "clinic-code")
        #expect(driver.state.notice?.lines.first?.contains("計算すると9です") == true)
        driver.send(.deleteBackward, .insert("9"), .accept)
        #expect(driver.setup?.answers["clinic-code"] == .text("0110113719"))
    }

    @Test func controlCharactersNeverEnterAField() throws {
        var driver = Driver(try shippedCatalog())
        driver.send(.accept, .accept, .toggle, .toggle, .toggle, .accept, .accept, .accept)
        driver.send(.insert("01\u{1B}[A10\u{7}113719"))
        #expect(driver.setup?.draft == "01[A10113719")
        #expect(driver.state.notice != nil)
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
        .unusable(keyName: "F7"),
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
                let rows = step.kind == .checklist ? step.items.count : step.kind == .choice ? step.options.count : 1
                #expect((0..<max(rows, 1)).contains(progress.cursor))
                if let field = step.field { #expect(progress.draft.count <= field.maxLength) }
                if case .text(let text)? = progress.answers["clinic-code"] { #expect(ClinicCode.isValid(text)) }
            }
        }
    }
}
