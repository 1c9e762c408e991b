import ClaimFlow
import Foundation
import Testing

/// Issue 10 (answers are typed) and 15 (dates as clerks type them): a date step's answer is a
/// `CivilDate`, taken however the clerk wrote it, echoed in one normal form; answers saved as
/// text before keep reading.
@Suite struct TypedAnswerTests {
    static let april1 = CivilDate(year: 2027, month: 4, day: 1)!

    /// A change log of its own (date, kind, note), so the engine is not tested through setup.json.
    func catalog() throws -> FlowCatalog {
        let date = StepDefinition(id: "date", kind: .text, title: "日付", field: TextField(label: "日付", validator: .date, maxLength: 16),
                                  next: [Transition(goto: "kind")], role: .changeDate)
        let kind = StepDefinition(id: "kind", kind: .choice, title: "種類",
                                  options: [ChoiceOption(id: "router", label: "ルータ")], next: [Transition(goto: "note")], role: .changeKind)
        let note = StepDefinition(id: "note", kind: .text, title: "メモ", field: TextField(label: "メモ"), role: .changeNote)
        let log = FlowDefinition(id: "log", title: "変更", summary: "", steps: [date, kind, note], onComplete: .recordChange)
        return try FlowCatalog(validating: [("fixture", log)])
    }

    /// The fixture flow opened at its date step (it is on no menu).
    func driverAtTheDate() throws -> Driver {
        var driver = Driver(try catalog())
        driver.state.progress.location = .flow("log")
        driver.state.progress.flows["log"] = FlowProgress(start: "date", at: december3)
        return driver
    }

    @Test func theDateValidatorUsesTheClerkReaderAndGivesADate() {
        #expect(TextValidatorName.date.answer(for: "令和9年4月1日") == .success(.date(Self.april1)))
        #expect(TextValidatorName.date.problem(in: "2027/2/30") == DateWording.problem(.noSuchDay(year: 2027, month: 2, day: 30)))
        #expect(TextValidatorName.nonEmpty.answer(for: "2027/4/1") == .success(.text("2027/4/1")), "only a date step gives a date")
    }

    @Test func aDateTypedTheClerksWayIsRecordedAsTheDateAndEchoed() throws {
        var driver = try driverAtTheDate()
        driver.send(.insert("令和９年４月１日"), .accept)
        let run = try #require(driver.state.progress.flows["log"])
        #expect(run.answers["date"] == .date(Self.april1))
        #expect(run.current == "kind")
        #expect(driver.state.notice == .info("2027-04-01（令和9年4月1日(木)）として受け付けました。"))

        driver.send(.back)
        #expect(driver.state.fieldContent(flow: "log", step: "date", secret: false).text == "2027-04-01", "the field shows the normal form")
    }

    @Test func anImpossibleDateKeepsTheDraftAndSaysWhy() throws {
        var driver = try driverAtTheDate()
        driver.send(.insert("2027/2/30"), .accept)
        let run = try #require(driver.state.progress.flows["log"])
        #expect(run.answers["date"] == nil)
        #expect(run.current == "date")
        #expect(run.drafts["date"]?.text == "2027/2/30")
        #expect(driver.state.notice == .warning("2月30日はありません（2027年2月は28日まで）。日付を確かめて入力してください。"))
    }

    @Test func theRecordedChangeCarriesTheTypedDay() throws {
        var driver = try driverAtTheDate()
        driver.send(.insert("2027/4/1"), .accept, .accept, .insert("交換"), .accept)
        #expect(driver.state.progress.changes.map(\.date) == [Self.april1])
    }

    @Test func aDateAnswerIsWrittenAsADateAndReadBack() throws {
        let encoded = String(decoding: try JSONEncoder().encode(Answer.date(Self.april1)), as: UTF8.self)
        #expect(encoded.contains(#""kind":"date""#) && encoded.contains(#""value":"2027-04-01""#))
        #expect(try JSONDecoder().decode(Answer.self, from: Data(encoded.utf8)) == .date(Self.april1))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Answer.self, from: Data(#"{"kind":"date","value":"2027/4/1"}"#.utf8))
        }
    }

    @Test func anAnswerSavedAsTextBeforeAnswersHadTypesStillReadsAsTheDate() throws {
        // What every seikyu before store v4 wrote for a date step (and the demo's progress.json).
        let saved = try JSONDecoder().decode(Answer.self, from: Data(#"{"kind":"text","value":"2027-04-01"}"#.utf8))
        #expect(saved.dateValue == Self.april1)
        #expect(Answer.date(Self.april1).dateValue == Self.april1)
        #expect(Answer.text("2027/4/1").dateValue == nil, "a stored date is always the normal form")
        #expect(Answer.choice("2027-04-01").dateValue == nil)
        #expect(Answer.date(Self.april1).textValue == "2027-04-01")

        for designation in [saved, .date(Self.april1)] {
            var progress = SavedProgress()
            var setup = FlowProgress(start: "designation", at: december3)
            setup.answers["designation"] = designation
            progress.flows["setup"] = setup
            #expect(ClaimDuty(progress, catalog: try shippedCatalog()).firstClaimMonth == 2027 * 12 + 4, "\(designation): claims from May 2027")
        }
    }
}
