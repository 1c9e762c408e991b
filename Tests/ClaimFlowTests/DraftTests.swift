import ClaimFlow
import Testing

/// Issue 15, deliverable 1: typed text is never lost and never lands on another step. Each step
/// keeps its own draft with its caret through Esc, F2 and F1; a field starts from its own draft
/// or its own earlier answer, and typing over an earlier answer replaces it.
@Suite struct DraftTests {
    /// On the name field of the branching fixture, "さくら" typed and the caret moved before ら.
    func typingOnTheName() throws -> Driver {
        var driver = Driver(try FixtureFlows.standard())
        driver.open("setup")
        driver.next(on: "intro")
        driver.expectStep("name")
        driver.send(.insert("さくら"), .caretLeft)
        return driver
    }

    @Test func escMenuAndHelpKeepTheDraftAndItsCaret() throws {
        var driver = try typingOnTheName()
        let typed = FieldContent(text: "さくら", caret: 2, replacesOnTyping: false)
        driver.send(.back)
        #expect(driver.current == "intro")
        driver.send(.accept)
        #expect(driver.field("setup") == typed, "Esc and back")
        driver.send(.openMenu)
        driver.open("setup")
        #expect(driver.field("setup") == typed, "F2 and back")
        driver.send(.help, .back)
        #expect(driver.field("setup") == typed, "F1 and closed")
        driver.send(.insert("の"))
        #expect(driver.field("setup")?.text == "さくのら", "typing goes on where the caret was")
    }

    @Test func eachStepShowsOnlyItsOwnText() throws {
        var driver = try typingOnTheName()
        driver.send(.accept)
        driver.choose("v4", on: "line")
        driver.tick(on: "equipment")
        driver.expectStep("id")
        driver.send(.insert("1234"))
        driver.send(.back, .back, .back)
        driver.expectStep("name")
        #expect(driver.field("setup")?.text == "さくら", "the name's own answer, not the ID typed since")
        driver.send(.accept, .accept, .accept)
        driver.expectStep("id")
        #expect(driver.field("setup")?.text == "1234", "the ID's own draft")
        #expect(driver.run("setup")?.drafts.keys.sorted() == ["id"], "the accepted name left no draft behind")
    }

    @Test func typingOverAnEarlierAnswerReplacesItAndTheCaretKeysEditIt() throws {
        var driver = try typingOnTheName()
        driver.send(.accept)
        driver.expectStep("line")
        driver.send(.back)
        #expect(driver.field("setup") == FieldContent(text: "さくら", caret: nil, replacesOnTyping: true))
        driver.send(.insert("すみれ"))
        #expect(driver.field("setup")?.text == "すみれ", "replaced, never appended to")
        driver.send(.accept)
        #expect(driver.run("setup")?.answers["name"] == .text("すみれ"))

        driver.send(.back, .caretEnd, .insert("歯科"))
        #expect(driver.field("setup")?.text == "すみれ歯科", "after a caret key the earlier answer is edited, not replaced")
    }

    /// The report: 受付番号 12345, then the 医療機関コード typed where the screen said. Neither
    /// field ever holds the two glued together (it stored 123450110113719).
    @Test func theReceiptNumberIsNeverGluedToTheClinicCode() throws {
        var driver = Driver(try shippedCatalog())
        driver.open("setup")
        driver.next(on: "intro")
        driver.type("さくら内科クリニック", on: "clinic-name")
        driver.type("03-1234-5678", on: "clinic-phone")
        driver.choose("medical", on: "score-table")
        driver.choose("not-yet", on: "code-status")
        driver.type("12345", on: "receipt-number")
        driver.type("2027-04-01", on: "designation")
        driver.expectStep("line-type")

        driver.send(.back, .back)
        driver.expectStep("receipt-number")
        driver.send(.insert("0110113719"))
        #expect(driver.field("setup")?.text == "0110113719")
        driver.send(.back)
        driver.choose("have-code", on: "code-status")
        driver.expectStep("clinic-code")
        #expect(driver.field("setup")?.text == "", "the code field starts from its own answer: none yet")
        driver.type("0110113719", on: "clinic-code")
        #expect(driver.run("setup")?.answers["clinic-code"] == .text("0110113719"))
        #expect(driver.run("setup")?.answers["receipt-number"] == .text("12345"), "the old number was never changed")
    }
}
