@testable import ClaimFlow
import Testing

/// Answers that depend on answers (issue 15, deliverable 2), on the fixture flows: an answer applies
/// while its step is on the path the answers take and, for a tick, while its item's `when` holds;
/// what no longer applies is kept, read by no one, and restored by switching back.
@Suite struct ApplicabilityTests {
    /// The branching setup answered on v4 up to its summary: equipment (pc, router), ID and its readback.
    func setupOnV4() throws -> Driver {
        var driver = Driver(try FixtureFlows.catalog(FixtureFlows.branching, FixtureFlows.repeatable, FixtureFlows.copiesFromSetup))
        driver.open("setup")
        driver.next(on: "intro")
        driver.type("さくら", on: "name")
        driver.choose("v4", on: "line")
        driver.tick(["pc", "router"], on: "equipment")
        driver.type("12345678@tk123456", on: "id")
        driver.type("山田", on: "id-readback")
        driver.expectStep("done")
        return driver
    }

    func flow(_ driver: Driver, _ id: String) throws -> FlowDefinition { try #require(driver.context.catalog.flow(id)) }

    func applicable(_ driver: Driver, _ id: String) throws -> [String: Answer] {
        try flow(driver, id).applicableAnswers(try #require(driver.run(id)).answers)
    }

    /// From the summary back to the line choice (done → id-readback → id → equipment → line).
    func backToTheLine(_ driver: inout Driver) {
        driver.send(.back, .back, .back, .back)
        driver.expectStep("line")
    }

    @Test func anAnswerOffThePathIsKeptButAppliesNoLonger() throws {
        var driver = try setupOnV4()
        backToTheLine(&driver)
        driver.choose("vpn", on: "line")
        let run = try #require(driver.run("setup"))
        #expect(run.answers["id"] == .text("12345678@tk123456"), "kept in the saved answers")
        #expect(run.answers["id-readback"] == .text("山田"))
        let now = try applicable(driver, "setup")
        #expect(now["id"] == nil && now["id-readback"] == nil, "off the vpn path")
        #expect(now["name"] == .text("さくら") && now["line"] == .choice("vpn"))
        // The summary lists only what applies.
        let summary = AnswerLine.taken(in: try flow(driver, "setup"), run, except: "done").map(\.title)
        #expect(!summary.contains("ID") && !summary.contains("読み上げ"))
    }

    /// Another window switched the line while this one stood on the summary: its way back still
    /// passes the ID, but the summary lists only what applies.
    @Test func theSummaryListsOnlyWhatAppliesWhateverTheWayBack() throws {
        var driver = try setupOnV4()
        driver.state.progress.flows["setup"]?.answers["line"] = .choice("v6")
        let run = try #require(driver.run("setup"))
        #expect(run.history.contains("id"))
        let titles = AnswerLine.taken(in: try flow(driver, "setup"), run, except: "done").map(\.title)
        #expect(titles == ["名前", "回線", "機器"])
    }

    @Test func aTickWhoseWhenNoLongerHoldsIsKeptButNotCounted() throws {
        var driver = try setupOnV4()
        backToTheLine(&driver)
        driver.choose("vpn", on: "line")
        driver.choose("p1", on: "provider")
        driver.expectStep("equipment")
        #expect(driver.run("setup")?.cursor == 1, "the highlight is on the first unticked item shown (contract)")
        driver.send(.accept)
        #expect(driver.current == "equipment", "contract is required now; the router tick does not stand in for it")
        driver.send(.toggle, .accept)
        #expect(driver.current == "vpn-note")
        #expect(driver.run("setup")?.answers["equipment"] == .checked(["pc", "router", "contract"]), "the router tick is kept")
        #expect(try applicable(driver, "setup")["equipment"] == .checked(["pc", "contract"]), "router is hidden for vpn")
        let run = try #require(driver.run("setup"))
        let equipment = AnswerLine.taken(in: try flow(driver, "setup"), run, except: "done").first { $0.title == "機器" }
        #expect(equipment?.summary == .ticked(2, of: 3, on: december3))
    }

    @Test func switchingBackRestoresWhatWasSetAside() throws {
        var driver = try setupOnV4()
        let before = try applicable(driver, "setup")
        backToTheLine(&driver)
        driver.choose("vpn", on: "line")
        driver.choose("p1", on: "provider")
        driver.send(.back, .back)
        driver.choose("v4", on: "line")
        #expect(driver.run("setup")?.answers["provider"] == .choice("p1"), "the provider is kept, off the path")
        #expect(try applicable(driver, "setup") == before, "the ID, its readback and the router tick apply again")
        #expect(driver.state.notice?.lines == [
            Messages.applicability.noLongerApply(changed: "回線", answers: ["事業者"])])
    }

    @Test func theClerkIsToldAtOnceWhatNoLongerApplies() throws {
        var driver = try setupOnV4()
        backToTheLine(&driver)
        // Space marks the option without going on: the answer is changed, and said, right there.
        driver.send(.moveDown, .moveDown, .toggle)
        #expect(driver.current == "line")
        #expect(driver.state.notice?.level == .warning)
        // The readback only confirms the ID: it is named with it.
        #expect(driver.state.notice?.lines == ["「回線」の答えを変えたので、次の答えは使わなくなりました: 機器の1項目、ID。元に戻すと、また使えます。"])
        driver.send(.accept)
        #expect(driver.current == "provider")
        #expect(driver.state.notice == nil, "said once, when the answer changed")
    }

    @Test func nothingIsSaidWhenNothingStopsApplying() throws {
        var driver = try setupOnV4()
        backToTheLine(&driver)
        driver.choose("v6", on: "line")
        // v6 keeps the router (when: !vpn) but leaves the ID.
        #expect(driver.state.notice?.lines == ["「回線」の答えを変えたので、次の答えは使わなくなりました: ID。元に戻すと、また使えます。"])
        driver.send(.back)
        driver.choose("v6", on: "line")
        #expect(driver.state.notice == nil, "the same answer again changes nothing")
    }

    @Test func anAnswerOffThePathSteersNothing() throws {
        var driver = Driver(try FixtureFlows.catalog(FixtureFlows.dependent))
        driver.open("setup")
        driver.choose("vpn", on: "line")
        driver.choose("p1", on: "provider")
        driver.tick(on: "checks")
        driver.choose("read", on: "p1-note")
        driver.send(.back, .back, .back, .back)
        driver.choose("v4", on: "line")
        #expect(driver.state.notice?.lines == ["「回線」の答えを変えたので、次の答えは使わなくなりました: 事業者、一社目の注意。元に戻すと、また使えます。"])
        let flow = try flow(driver, "setup")
        let run = try #require(driver.run("setup"))
        #expect(flow.pathIDs(run.answers) == ["line", "checks", "done"], "the kept p1 does not lead to its note")
        #expect(flow.applicableAnswers(run.answers)["p1-note"] == nil, "nor makes the note's answer apply")
        #expect(StepPath.position(in: flow, progress: run) == (2, 3))
        driver.tick(on: "checks")
        #expect(driver.current == "done")
    }

    @Test func ticksPerLineStartUntickedAndSwitchBack() throws {
        var driver = Driver(try FixtureFlows.catalog(FixtureFlows.dependent))
        driver.open("setup")
        driver.choose("v4", on: "line")
        driver.tick(on: "checks")
        driver.send(.back, .back)
        driver.choose("v6", on: "line")
        #expect(driver.state.notice?.lines == ["「回線」の答えを変えたので、次の答えは使わなくなりました: 試験の1項目。元に戻すと、また使えます。"])
        #expect(try applicable(driver, "setup")["checks"] == .checked(["always"]), "the v6 test is not ticked")
        #expect(driver.run("setup")?.cursor == 0, "the highlight is on the unticked v6 test")
        driver.send(.accept)
        #expect(driver.current == "checks", "the v6 test is required")
        driver.send(.back)
        driver.choose("v4", on: "line")
        #expect(try applicable(driver, "setup")["checks"] == .checked(["v4-test", "always"]))
    }

    /// C3 on the shipped monthly flow: a 社保 download tick set aside by "国保 only" records nothing.
    @Test func aTickSetAsideIsNotRecorded() throws {
        var driver = Driver(try shippedCatalog(), now: try #require(LocalDateTime(parsing: "2026-12-08T10:00")))
        driver.open("monthly")
        driver.next(on: "window")
        driver.choose("both", on: "payers")
        driver.tick(on: "prechecks")
        driver.next(on: "sending")
        driver.choose("later", on: "shaho-result")
        driver.choose("later", on: "kokuho-result")
        driver.expectStep("returns")
        driver.send(.toggle)
        #expect(driver.run("monthly")?.answers["returns"] == .checked(["shaho"]))
        driver.send(.back, .back, .back, .back, .back)
        driver.choose("kokuho", on: "payers")
        #expect(driver.state.notice?.lines == [
            "「今月の請求先」の答えを変えたので、次の答えは使わなくなりました: 社保の送信結果、返戻と帳票のダウンロードの1項目。元に戻すと、また使えます。"])
        driver.tick(on: "prechecks")
        driver.next(on: "sending")
        driver.choose("later", on: "kokuho-result")
        driver.tick(on: "returns")
        driver.expectStep("done")
        let progress = driver.state.progress
        #expect(progress.submission(month: "2026-12", payer: .kokuho)?.returnsDownloadedAt != nil)
        #expect(progress.submission(month: "2026-12", payer: .shaho)?.returnsDownloadedAt == nil)
    }

    /// T11 on the shipped triage: text typed for "その他" does not reach the record once the clerk
    /// picks a listed symptom instead.
    @Test func theTriageRecordLeavesOutWhatWasSetAside() throws {
        var driver = Driver(try shippedCatalog())
        driver.open("trouble")
        driver.choose("other", on: "symptom")
        driver.type("画面が固まる", on: "other-text")
        driver.send(.back, .back)
        driver.choose("e651", on: "symptom")
        #expect(driver.state.notice?.lines == ["「何が起きていますか」の答えを変えたので、次の答えは使わなくなりました: その他の症状。元に戻すと、また使えます。"])
        driver.type("651", on: "message")
        driver.choose("today", on: "started")
        driver.choose("notice", on: "outage")
        driver.next(on: "outage-wait")
        let record = try #require(driver.state.progress.triages.last)
        #expect(!record.symptom.contains("画面が固まる"), "\(record.symptom)")
        #expect(!record.steps.contains { $0.answer.contains("画面が固まる") })
    }

    // MARK: across flows

    @Test func aCopiedAnswerFollowsItsSourceAndTheRunStandsOnItsNewPath() throws {
        var driver = try setupOnV4()
        driver.send(.openMenu)
        driver.open("trouble")
        driver.choose("v4", on: "line")
        let retype = try #require(try flow(driver, "trouble").step("retype")?.field)
        #expect(retype.recordedValue(in: driver.state.progress, catalog: driver.context.catalog) == "12345678@tk123456")
        driver.type("12345678@tk123456", on: "retype")
        driver.expectStep("check")
        driver.send(.openMenu)
        driver.open("setup")
        backToTheLine(&driver)
        driver.choose("v6", on: "line")
        #expect(driver.state.notice?.lines == [
            "「回線」の答えを変えたので、次の答えは使わなくなりました: ID。元に戻すと、また使えます。",
            "途中の「困ったとき」も、変えた答えで進めます。そこで使わなくなった答え: ID を打ち直す。",
        ])
        let trouble = try #require(driver.run("trouble"))
        #expect(trouble.answers["line"] == .choice("v6"), "the copy follows the setup")
        #expect(trouble.answers["retype"] == .text("12345678@tk123456"), "kept")
        #expect(trouble.history == ["line"] && trouble.current == "check", "retype is off its path now")
        #expect(retype.recordedValue(in: driver.state.progress, catalog: driver.context.catalog) == nil,
                "the ID recorded for v4 is not compared with")
    }

    @Test func aCopyIsMadeOnlyOfAnAnswerThatApplies() throws {
        var driver = try setupOnV4()
        backToTheLine(&driver)
        driver.choose("vpn", on: "line")
        driver.choose("p1", on: "provider")
        driver.send(.back, .back)
        driver.choose("v6", on: "line")
        driver.send(.openMenu)
        driver.open("trouble")
        #expect(driver.run("trouble")?.answers == ["line": .choice("v6")], "the provider, off the setup's path, is not copied")
    }

    @Test func theClerksOwnAnswerInTheOtherFlowStays() throws {
        var driver = try setupOnV4()
        driver.send(.openMenu)
        driver.open("trouble")
        driver.choose("vpn", on: "line")
        driver.send(.openMenu)
        driver.open("setup")
        backToTheLine(&driver)
        driver.choose("v6", on: "line")
        #expect(driver.run("trouble")?.answers["line"] == .choice("vpn"), "not a copy of the setup's v4: the clerk's own")
    }
}
