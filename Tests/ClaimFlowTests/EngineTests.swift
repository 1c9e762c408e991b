import ClaimFlow
import Testing

/// The engine's rules, each on a small flow of FixtureFlows that shows just that rule.
@Suite struct EngineTests {
    func driver() throws -> Driver { Driver(try FixtureFlows.standard()) }

    /// From the menu to the line choice of the branching flow.
    func atTheLineChoice() throws -> Driver {
        var driver = try driver()
        driver.open("setup")
        driver.next(on: "intro")
        driver.type("さくら", on: "name")
        driver.expectStep("line")
        return driver
    }

    // MARK: branching, step count, back

    @Test(arguments: [("v4", ["equipment", "id", "id-readback", "done"]),
                      ("v6", ["equipment", "auth", "done"]),
                      ("vpn", ["provider", "equipment", "vpn-note", "done"])])
    func theAnswerChoosesTheBranch(line: String, path: [String]) throws {
        var driver = try atTheLineChoice()
        driver.choose(line, on: "line")
        var visited: [String] = []
        for _ in 0..<10 {
            guard let current = driver.current else { break }
            visited.append(current)
            switch current {
            case "provider": driver.choose("p1", on: current)
            case "equipment": driver.tick(on: current)
            case "id": driver.type("12345678@tk123456", on: current)
            case "id-readback": driver.type("山田", on: current)
            default: driver.next(on: current)
            }
        }
        #expect(visited == path)
        #expect(driver.run("setup")?.completed == true, "the last step ends the flow")
        #expect(driver.state.progress.location == .menu)
    }

    @Test func theStepCountFollowsTheBranch() throws {
        let catalog = try FixtureFlows.standard()
        let flow = try #require(catalog.flow("setup"))
        var driver = try atTheLineChoice()
        func position() throws -> (step: Int, of: Int) { StepPath.position(in: flow, progress: try #require(driver.run("setup"))) }
        // Unanswered, the path is predicted by the unconditional transitions: line, equipment, vpn-note, done.
        #expect(try position() == (3, 6))
        driver.choose("v4", on: "line")
        #expect(try position() == (4, 7), "v4: equipment, id, id-readback, done")
        driver.send(.back)
        driver.choose("v6", on: "line")
        #expect(try position() == (4, 6), "v6: equipment, auth, done")
        driver.send(.back)
        driver.choose("vpn", on: "line")
        #expect(driver.current == "provider")
        #expect(try position() == (4, 7), "vpn: provider, equipment, vpn-note, done")
    }

    @Test func escapeGoesBackWithAnswersKept() throws {
        var driver = try atTheLineChoice()
        driver.choose("v6", on: "line")
        driver.expectStep("equipment")
        driver.send(.back)
        #expect(driver.current == "line")
        #expect(driver.run("setup")?.answers["line"] == .choice("v6"))
        #expect(driver.run("setup")?.cursor == 1, "the highlight is on the earlier choice")
        driver.send(.back)
        #expect(driver.current == "name")
        #expect(driver.field("setup")?.text == "さくら", "the earlier text is back in its field")
        driver.send(.back, .back)
        #expect(driver.state.progress.location == .menu, "Esc on the first step goes to the menu")
        #expect(driver.run("setup")?.answers["name"] == .text("さくら"))
        #expect(driver.run("setup")?.answers["line"] == .choice("v6"))
    }

    @Test func theMenuIsReachableFromAnyStepAndReopeningContinues() throws {
        var driver = try atTheLineChoice()
        driver.send(.openMenu)
        #expect(driver.state.progress.location == .menu)
        driver.open("setup")
        #expect(driver.current == "line", "reopening continues where it was")
    }

    // MARK: checklists

    @Test func requiredItemsMustBeTickedOptionalOnesNeedNot() throws {
        var driver = try atTheLineChoice()
        driver.choose("v4", on: "line")
        driver.send(.accept)
        #expect(driver.current == "equipment", "nothing ticked: stays")
        #expect(driver.state.notice?.level == .warning)
        #expect(driver.state.notice?.lines.first?.contains("端末") == true, "names the first unticked required item")
        driver.send(.toggle, .accept)
        #expect(driver.current == "equipment")
        #expect(driver.state.notice?.lines.first?.contains("ルータ") == true)
        #expect(driver.run("setup")?.cursor == 1, "the highlight goes to the missing item")
        driver.send(.toggle, .accept)
        #expect(driver.current == "id", "the optional item may stay unticked")
        #expect(driver.run("setup")?.answers["equipment"] == .checked(["pc", "router"]))
    }

    @Test func itemsWithAWhenShowOnlyForTheirAnswer() throws {
        let step = try #require(try FixtureFlows.standard().flow("setup")?.step("equipment"))
        #expect(step.visibleItems(["line": .choice("v4")]).map(\.id) == ["pc", "router", "spare"])
        #expect(step.visibleItems(["line": .choice("vpn")]).map(\.id) == ["pc", "contract", "spare"])
        #expect(step.visibleItems([:]).map(\.id) == ["pc", "spare"], "an unanswered condition matches nothing, not even !vpn")
    }

    @Test func aTickOfAnItemNoLongerShownIsKeptButDoesNotApply() throws {
        var driver = try atTheLineChoice()
        driver.choose("v4", on: "line")
        driver.tick(on: "equipment")
        driver.send(.back, .back)
        driver.choose("vpn", on: "line")
        driver.choose("p1", on: "provider")
        #expect(driver.run("setup")?.cursor == 1, "the highlight is on the first unticked item shown (contract)")
        driver.send(.accept)
        #expect(driver.current == "equipment", "contract is required now")
        #expect(driver.state.notice?.lines.first?.contains("VPN の契約") == true)
        driver.send(.toggle, .accept)
        #expect(driver.current == "vpn-note")
        #expect(driver.run("setup")?.answers["equipment"] == .checked(["pc", "router", "spare", "contract"]), "kept for switching back")
        let flow = try #require(driver.context.catalog.flow("setup"))
        #expect(flow.applicableAnswers(try #require(driver.run("setup")).answers)["equipment"] == .checked(["pc", "spare", "contract"]),
                "router is hidden for vpn")
    }

    @Test func tickingWritesTheAuditTrail() throws {
        var driver = try atTheLineChoice()
        driver.choose("v4", on: "line")
        driver.effects = []
        driver.send(.toggle, .moveUp, .toggle)
        #expect(driver.effects == [
            .appendAudit(AuditEntry(at: december3, flow: "setup", step: "equipment", item: "pc", action: "checked")),
            .appendAudit(AuditEntry(at: december3, flow: "setup", step: "equipment", item: "pc", action: "unchecked")),
        ])
    }

    // MARK: repeatable flows, prefill, a step that is gone

    @Test func finishingARepeatableFlowClearsItsAnswers() throws {
        var driver = try driver()
        driver.open("monthly")
        driver.choose("b", on: "payers")
        driver.type("一回目", on: "note")
        driver.next(on: "end")
        #expect(driver.state.progress.location == .menu)
        #expect(driver.run("monthly") == nil, "the run is gone with its answers")
        #expect(driver.state.notice?.lines.last?.contains("毎月") == true, "the menu says which flow was finished")
        driver.open("monthly")
        #expect(driver.current == "payers")
        #expect(driver.run("monthly")?.answers.isEmpty == true)
        #expect(driver.run("monthly")?.cursor == 0, "not on the last run's choice")
    }

    @Test func finishingAFlowThatIsNotRepeatableKeepsItsAnswers() throws {
        var driver = try atTheLineChoice()
        driver.choose("v6", on: "line")
        driver.tick(on: "equipment")
        driver.next(on: "auth")
        driver.next(on: "done")
        #expect(driver.run("setup")?.completed == true)
        #expect(driver.run("setup")?.answers["line"] == .choice("v6"))
    }

    @Test func aFlowStartsWithTheAnswerItTakesFromAnother() throws {
        var driver = try atTheLineChoice()
        driver.choose("v6", on: "line")
        driver.send(.openMenu)
        driver.open("trouble")
        #expect(driver.current == "line")
        #expect(driver.run("trouble")?.answers["line"] == .choice("v6"))
        #expect(driver.run("trouble")?.cursor == 1, "the highlight is on the prefilled answer")
    }

    @Test func aPrefillIsTakenOnlyWhenTheOptionExistsAndOnlyAtTheStart() throws {
        // The load refuses a prefill whose source has options the flow lacks; a saved answer can
        // still name an option an older version had.
        var old = try driver()
        var saved = FlowProgress(start: "line", at: december3)
        saved.answers["line"] = .choice("isdn")
        old.state.progress.flows["setup"] = saved
        old.open("trouble")
        #expect(old.current == "line")
        #expect(old.run("trouble")?.answers["line"] == nil, "trouble has no isdn option: nothing prefilled")

        var started = try atTheLineChoice()
        started.send(.openMenu)
        started.open("trouble")
        #expect(started.run("trouble")?.answers.isEmpty == true, "setup's line not answered yet")
        started.choose("v4", on: "line")
        started.send(.openMenu)
        started.open("setup")
        started.choose("v6", on: "line")
        started.send(.openMenu)
        started.open("trouble")
        #expect(started.run("trouble")?.answers["line"] == .choice("v4"), "a run already started keeps its own answer")
    }

    @Test func aSavedStepThatNoLongerExistsStartsTheFlowAgainWithAnswersKept() throws {
        var driver = try driver()
        var saved = FlowProgress(start: "removed-in-a-newer-version", at: december3)
        saved.history = ["intro", "name"]
        saved.answers = ["name": .text("さくら")]
        driver.state.progress.flows["setup"] = saved
        driver.open("setup")
        driver.send(.moveDown)
        #expect(driver.current == "intro")
        #expect(driver.run("setup")?.history == [])
        #expect(driver.run("setup")?.answers["name"] == .text("さくら"))
        driver.next(on: "intro")
        #expect(driver.field("setup")?.text == "さくら", "the kept answer is back in its field")
    }

    // MARK: text fields

    /// I1: a check digit that does not match warns once, naming the digits to re-read; Enter again goes on.
    @Test func aClinicCodeThatFailsTheCheckWarnsButNeverBlocks() throws {
        var driver = Driver(try FixtureFlows.catalog(FixtureFlows.clinicCode))
        driver.open("setup")
        driver.send(.insert("0110113718"), .accept)
        #expect(driver.current == "code")
        #expect(driver.state.notice?.level == .warning)
        #expect(driver.state.notice?.lines.first?.contains("1〜10桁目") == true, "nine-digit scheme: read digits 1–10 again")
        #expect(driver.state.notice?.lines.count == 2, "the doubt and how to keep the code anyway")
        driver.send(.accept)
        #expect(driver.current == "after", "the paper wins: the clerk goes on")
        #expect(driver.run("setup")?.answers["code"] == .text("0110113718"))
    }

    @Test func aCorrectedCodeAfterTheWarningIsCheckedAfresh() throws {
        var driver = Driver(try FixtureFlows.catalog(FixtureFlows.clinicCode))
        driver.open("setup")
        driver.send(.insert("1310110048"), .accept)
        #expect(driver.state.notice?.lines.first?.contains("4〜10桁目") == true, "Tokyo: the six-digit scheme")
        driver.send(.deleteBackward, .insert("7"), .accept)
        #expect(driver.current == "code", "a different text is warned about again")
        driver.send(.deleteBackward, .insert("9"), .accept)
        #expect(driver.run("setup")?.answers["code"] == .text("1310110049"))
        #expect(driver.current == "after")
    }

    @Test func aValidCodeGoesOnAtOnce() throws {
        var driver = Driver(try FixtureFlows.catalog(FixtureFlows.clinicCode))
        driver.open("setup")
        driver.type("1310110049", on: "code")
        #expect(driver.current == "after")
        #expect(driver.state.notice == nil)
    }

    @Test func sevenDigitsFromTheListAreExplainedNotTaken() throws {
        var driver = Driver(try FixtureFlows.catalog(FixtureFlows.clinicCode))
        driver.open("setup")
        driver.send(.insert("0110049"), .accept, .accept)
        #expect(driver.current == "code", "a second Enter does not take what cannot be a code")
        #expect(driver.state.notice?.lines.first?.contains("厚生局の一覧") == true)
        #expect(driver.run("setup")?.answers["code"] == nil)
    }

    @Test func controlCharactersNeverEnterAField() throws {
        var driver = try driver()
        driver.open("setup")
        driver.next(on: "intro")
        driver.send(.insert("さくら\u{1B}[A内科\u{7}"))
        #expect(driver.field("setup")?.text == "さくら[A内科")
        #expect(driver.state.notice != nil, "the clerk is told something was left out")
    }

    @Test func anIDWithFullWidthIsHeldUntilConvertedWithF5() throws {
        var driver = try atTheLineChoice()
        driver.choose("v4", on: "line")
        driver.tick(on: "equipment")
        driver.send(.insert("１２３４５６７８@tk123456"), .accept)
        #expect(driver.current == "id")
        #expect(driver.state.notice?.lines.contains { $0.contains("F5") } == true)
        driver.send(.convertToHalfWidth, .accept)
        #expect(driver.run("setup")?.answers["id"] == .text("12345678@tk123456"))
        #expect(driver.current == "id-readback")
        driver.effects = []
        driver.type("山田", on: "id-readback")
        #expect(driver.effects == [.appendAudit(AuditEntry(at: december3, flow: "setup", step: "id-readback", item: "id",
                                                           action: "read-back", by: "山田"))])
    }

    @Test func aMistypedCharacterInTheMiddleIsFixedWithTheCaret() throws {
        var driver = Driver(try FixtureFlows.catalog(FixtureFlows.clinicCode))
        driver.open("setup")
        driver.send(.insert("01101l3719"))
        driver.send(.caretHome, .caretRight, .caretRight, .caretRight, .caretRight, .caretRight, .deleteForward, .insert("1"))
        #expect(driver.field("setup")?.text == "0110113719")
        #expect(driver.field("setup")?.caret == 6)
        driver.send(.caretEnd)
        #expect(driver.field("setup")?.caret == nil)
        driver.send(.caretLeft, .caretLeft, .deleteBackward, .insert("7"), .accept) // the 7 out and back in
        #expect(driver.run("setup")?.answers["code"] == .text("0110113719"))
        #expect(driver.field("setup")?.caret == nil, "a new step starts with the caret at the end")
    }

    // MARK: quitting

    /// Every kind of screen: the menu, help, and a step of each kind the fixture has.
    @Test func quitIsAnEffectFromEveryScreen() throws {
        var driver = try driver()
        var screens: [String] = []
        func expectQuit(_ driver: Driver, _ name: String) {
            var copy = driver
            copy.effects = []
            copy.send(.quit)
            #expect(copy.effects == [.quit], "\(name)")
            screens.append(name)
        }
        expectQuit(driver, "menu")
        driver.send(.help)
        expectQuit(driver, "menu help")
        driver.send(.help)
        driver.open("setup")
        expectQuit(driver, "info")
        driver.next(on: "intro")
        driver.send(.insert("q"))
        expectQuit(driver, "text with a draft")
        driver.send(.accept)
        expectQuit(driver, "choice")
        driver.choose("v4", on: "line")
        expectQuit(driver, "checklist")
        driver.tick(on: "equipment")
        driver.type("12345678@tk123456", on: "id")
        expectQuit(driver, "readback")
        driver.type("山田", on: "id-readback")
        expectQuit(driver, "summary")
        #expect(screens.count == 8)
    }
}

/// Random event sequences never break the engine's invariants, on the shipped flows.
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
        var stepsSeen: Set<String> = []
        for _ in 0..<20_000 {
            guard let event = Self.events.randomElement(using: &generator) else { continue }
            _ = Reducer.reduce(&state, event, context)
            let menuCount = MainMenu.items(catalog).count
            #expect((0..<menuCount).contains(state.progress.menuCursor))
            for (id, progress) in state.progress.flows {
                let flow = try #require(catalog.flow(id))
                let step = try #require(flow.step(progress.current), "current step exists")
                stepsSeen.insert(id + "/" + step.id)
                #expect(progress.history.allSatisfy { flow.step($0) != nil })
                let rows = switch step.kind {
                case .checklist: step.visibleItems(progress.answers).count
                case .choice: step.options.count
                case .summary: SummaryStep(step).answers(state, in: flow).count + 1 // the finish row, then the answers
                default: 1
                }
                #expect((0..<max(rows, 1)).contains(progress.cursor))
                for (stepID, draft) in progress.drafts {
                    let field = try #require(flow.step(stepID)?.field, "a draft belongs to a step with a field")
                    #expect(draft.text.count <= field.maxLength)
                    #expect(!field.secret, "a secret's draft is never in saved progress")
                }
                if case .text(let text)? = progress.answers["clinic-code"] { #expect(ClinicCode.check(text).usable) }
            }
        }
        // The invariants mean something only if the walk got past the first steps (32 steps today).
        #expect(stepsSeen.count >= 20, "random keys reached only \(stepsSeen.sorted())")
    }
}

/// Effects report back as events (issue 10): the reducer alone changes the state.
@Suite struct EffectResultTests {
    @Test func aFailedSaveStaysInViewUntilASaveWorks() throws {
        var driver = Driver(try FixtureFlows.standard())
        driver.send(.effectResult(.storeFailed(lines: ["保存できませんでした。"])))
        #expect(driver.state.notice == Notice(.error, ["保存できませんでした。"]))
        driver.send(.moveDown)
        #expect(driver.state.notice == nil)
        #expect(driver.state.storeProblem == ["保存できませんでした。"], "still known after the next key")
        driver.send(.effectResult(.storeRecovered))
        #expect(driver.state.storeProblem == nil)
    }

    @Test func aWrittenMemoIsAddedToTheKeysOwnMessage() throws {
        var driver = Driver(try FixtureFlows.standard())
        driver.state.notice = .info("「接続トラブル」を最後まで進めました。")
        driver.send(.effectResult(.memoWritten(path: "memos/a.txt")))
        #expect(driver.state.notice?.lines == ["「接続トラブル」を最後まで進めました。", "相談メモを保存しました: memos/a.txt（メニューで m を押すと読めます）"])
    }

    @Test func theDemoResetGoesBackToTheSeed() throws {
        var driver = Driver(try FixtureFlows.standard())
        driver.open("setup")
        driver.next(on: "intro")
        var seed = SavedProgress()
        seed.menuCursor = 2
        driver.send(.effectResult(.demoReset(seed)))
        #expect(driver.state.progress == seed)
        #expect(driver.state.notice?.lines == ["デモを最初の状態に戻しました。"])
    }
}
