import ClaimFlow
import Testing

/// Issue 15, deliverable 3: from a summary, an answer is opened, changed and returned from in a
/// few keys. Rows: 0 finishes; the answers follow, on the branching fixture (v4):
/// 1 name, 2 line, 3 equipment, 4 id, 5 id-readback.
@Suite struct SummaryReturnTests {
    /// The branching fixture walked with IPv4 to its summary.
    func atTheSummary() throws -> Driver {
        var driver = Driver(try FixtureFlows.standard())
        driver.open("setup")
        driver.next(on: "intro")
        driver.type("さくら", on: "name")
        driver.choose("v4", on: "line")
        driver.tick(on: "equipment")
        driver.type("12345678@tk123456", on: "id")
        driver.type("山田", on: "id-readback")
        driver.expectStep("done")
        return driver
    }

    static let v4Path = ["intro", "name", "line", "equipment", "id", "id-readback"]

    @Test func enterOnTheFirstRowFinishes() throws {
        var driver = try atTheSummary()
        #expect(driver.run("setup")?.cursor == 0)
        driver.send(.accept)
        #expect(driver.run("setup")?.completed == true)
        #expect(driver.state.progress.location == .menu)
    }

    @Test func enterOnAnAnswerOpensItsStepAndEscComesBackUnchanged() throws {
        var driver = try atTheSummary()
        driver.send(.moveDown, .moveDown, .accept)
        driver.expectStep("line")
        #expect(driver.run("setup")?.history == ["intro", "name"], "the step count is the step's own")
        driver.send(.back)
        driver.expectStep("done")
        #expect(driver.run("setup")?.history == Self.v4Path)
        #expect(driver.run("setup")?.answers["line"] == .choice("v4"))
        #expect(driver.run("setup")?.cursor == 2, "the highlight stays on the answer opened")
        #expect(driver.run("setup")?.revisit == nil)
    }

    @Test func aChangeThatLeavesTheWayAnsweredGoesStraightBack() throws {
        var driver = try atTheSummary()
        driver.send(.moveDown, .accept)
        driver.expectStep("name")
        driver.send(.insert("すみれ"), .accept)
        driver.expectStep("done")
        #expect(driver.run("setup")?.answers["name"] == .text("すみれ"))
        #expect(driver.run("setup")?.history == Self.v4Path)
        #expect(driver.run("setup")?.cursor == 1)
    }

    /// v4 → v6: the 認証 step is new on the way; the ticked equipment still holds.
    @Test func aChangeWalksOnlyTheStepsItMadeNecessary() throws {
        var driver = try atTheSummary()
        driver.send(.moveDown, .moveDown, .accept, .moveDown, .accept)
        driver.expectStep("auth")
        #expect(driver.run("setup")?.history == ["intro", "name", "line", "equipment"], "equipment was passed: still answered")
        driver.send(.accept)
        driver.expectStep("done")
        #expect(driver.run("setup")?.history == ["intro", "name", "line", "equipment", "auth"])
        #expect(driver.run("setup")?.cursor == 2)
        #expect(driver.run("setup")?.revisit == nil)
    }

    /// v4 → vpn: the provider is new, the equipment now needs the VPN contract ticked, the VPN
    /// note is new; each is shown, then the summary.
    @Test func aStepWhoseAnswerNoLongerHoldsIsShownAgain() throws {
        var driver = try atTheSummary()
        driver.send(.moveDown, .moveDown, .accept)
        driver.choose("vpn", on: "line")
        driver.choose("p1", on: "provider")
        driver.expectStep("equipment")
        driver.tick(["contract"], on: "equipment")
        driver.next(on: "vpn-note")
        driver.expectStep("done")
        #expect(driver.run("setup")?.history == ["intro", "name", "line", "provider", "equipment", "vpn-note"])
    }

    @Test func theWayBackSurvivesTheMenu() throws {
        var driver = try atTheSummary()
        driver.send(.moveDown, .moveDown, .accept)
        driver.send(.openMenu)
        driver.open("setup")
        driver.expectStep("line")
        driver.send(.back)
        driver.expectStep("done")
    }

    @Test func escOnTheSummaryStillGoesBackOneStep() throws {
        var driver = try atTheSummary()
        driver.send(.back)
        driver.expectStep("id-readback")
        driver.send(.accept)
        driver.expectStep("done")
    }

    @Test func theHighlightStaysOnTheRows() throws {
        var driver = try atTheSummary()
        driver.send(.moveUp)
        #expect(driver.run("setup")?.cursor == 0)
        driver.send(.moveLast)
        #expect(driver.run("setup")?.cursor == 5)
        driver.send(.moveDown, .pageDown)
        #expect(driver.run("setup")?.cursor == 5)
        driver.send(.pageUp)
        #expect(driver.run("setup")?.cursor == 0)
    }
}
