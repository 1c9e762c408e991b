import ClaimFlow
import Foundation
import Testing

/// Issue 10: a `when` decodes into a typed guard at load; a malformed or dangling one is a load
/// error naming the file and the step. The JSON is written exactly as before.
@Suite struct GuardTests {
    /// A small flow of its own: a choice "c" (yes/no), an info "i", a checklist "list", and
    /// the `when` under test on `i`'s transition (or on the checklist's item).
    func flow(transition when: String = "{}", item itemWhen: String = "{}") -> String {
        """
        {"id":"x","title":"X","summary":"","steps":[
         {"id":"c","kind":"choice","title":"C","options":[{"id":"yes","label":"はい"},{"id":"no","label":"いいえ"}],
          "next":[{"when":{"c":"yes"},"goto":"i"},{"goto":"i"}]},
         {"id":"i","kind":"info","title":"I","next":[{"when":\(when),"goto":"list"},{"goto":"list"}]},
         {"id":"list","kind":"checklist","title":"L","items":[{"id":"a","text":"A","when":\(itemWhen)}],"next":"later"},
         {"id":"later","kind":"choice","title":"Later","options":[{"id":"yes","label":"はい"}]}]}
        """
    }

    func load(_ json: String) -> Result<FlowDefinition, FlowAssetError> {
        do {
            // The flow a prefill names ("setup/line-type") is there too.
            let setup = #"{"id":"setup","title":"S","summary":"","steps":[{"id":"line-type","kind":"choice","title":"L","options":[{"id":"v4","label":"v4"}]}]}"#
            let catalog = try FlowCatalog.decode(files: [("flows/setup.json", Data(setup.utf8)), ("flows/x.json", Data(json.utf8))])
            guard let flow = catalog.flow("x") else { return .failure(FlowAssetError(file: "", problem: "missing")) }
            return .success(flow)
        } catch {
            return .failure(error)
        }
    }

    func error(_ json: String) -> FlowAssetError? {
        if case .failure(let error) = load(json) { return error }
        return nil
    }

    @Test func eachWrittenFormDecodesToItsClause() throws {
        let flow = try load(flow(transition: #"{"c":"!no"}"#, item: #"{"c":"*"}"#)).get()
        #expect(flow.step("c")?.next.first?.when == Guard(clauses: [.chose(step: "c", option: "yes")]))
        #expect(flow.step("i")?.next.first?.when.clauses == [.notChose(step: "c", option: "no")])
        #expect(flow.step("list")?.items.first?.when.clauses == [.answered(step: "c")])
        #expect(flow.step("i")?.next.last?.when == .always)
    }

    @Test func clausesHoldOnlyOnChoices() {
        let chose = Guard(clauses: [.chose(step: "c", option: "yes")])
        let notChose = Guard(clauses: [.notChose(step: "c", option: "yes")])
        let answered = Guard(clauses: [.answered(step: "c")])
        let yes: [String: Answer] = ["c": .choice("yes")], no: [String: Answer] = ["c": .choice("no")]
        #expect(chose.holds(yes) && !chose.holds(no))
        #expect(!notChose.holds(yes) && notChose.holds(no))
        #expect(answered.holds(yes) && answered.holds(no))
        for unanswered: [String: Answer] in [[:], ["c": .text("yes")], ["c": .checked(["yes"])]] {
            #expect(!chose.holds(unanswered) && !notChose.holds(unanswered) && !answered.holds(unanswered),
                    "a step not answered by a choice satisfies no clause, not even a negation")
        }
        let both = Guard(clauses: [.chose(step: "c", option: "yes"), .answered(step: "d")])
        #expect(!both.holds(yes) && both.holds(["c": .choice("yes"), "d": .choice("x")]), "every clause must hold")
        #expect(Guard.always.holds([:]))
    }

    @Test(arguments: [#""""#, #""!""#, #""!!no""#, #""!*""#, #""y*s""#, #""ye s""#])
    func aMalformedValueIsALoadErrorNamingFileAndStep(value: String) {
        let problem = error(flow(transition: #"{"c":\#(value)}"#))
        #expect(problem?.file == "flows/x.json")
        #expect(problem?.stepID == "i")
        #expect(problem?.problem.contains("when の \"c\"") == true, "\(String(describing: problem))")
    }

    @Test func anEmptyStepIDIsALoadError() {
        let problem = error(flow(item: #"{"":"yes"}"#))
        #expect(problem?.stepID == "list")
        #expect(problem?.problem.contains("手順 id が空") == true)
    }

    @Test func aClauseMustReadAStepThatExists() {
        let problem = error(flow(transition: #"{"gone":"yes"}"#))
        #expect(problem == FlowAssetError(file: "flows/x.json", stepID: "i", .badCondition(item: nil, .stepMissing("gone"))))
        #expect(problem?.description == "flows/x.json: 手順 \"i\": next の when: 手順 \"gone\" がありません。")
    }

    @Test func aClauseMustReadAChoice() {
        let problem = error(flow(item: #"{"i":"*"}"#))
        #expect(problem?.stepID == "list")
        #expect(problem?.problem.hasPrefix("項目 \"a\" の when: 手順 \"i\" は choice ではありません") == true)
    }

    @Test func aClauseMustReadAStepAnsweredEarlier() {
        let onTransition = error(flow(transition: #"{"later":"yes"}"#))
        #expect(onTransition?.stepID == "i")
        #expect(onTransition?.problem.contains("手順 \"later\" はこの手順より前にありません") == true)
        let onItem = error(flow(item: #"{"later":"yes"}"#))
        #expect(onItem?.stepID == "list")
        #expect(onItem?.problem.contains("手順 \"later\" はこの手順より前にありません") == true)
    }

    @Test func aChoiceMayBranchOnItsOwnAnswer() {
        let json = """
        {"id":"x","title":"X","summary":"","steps":[
         {"id":"c","kind":"choice","title":"C","options":[{"id":"yes","label":"はい"}],
          "next":[{"when":{"c":"yes"},"goto":"d"},{"goto":"d"}]},
         {"id":"d","kind":"info","title":"D"}]}
        """
        #expect(error(json) == nil)
    }

    @Test func aPrefilledStepCountsAsAnsweredBeforeTheFlowStarts() {
        // The triage reads the line type (copied from setup) before the step that would ask it.
        let json = """
        {"id":"x","title":"X","summary":"","prefill":{"line":"setup/line-type"},"steps":[
         {"id":"start","kind":"info","title":"S","next":[{"when":{"line":"*"},"goto":"end"},{"goto":"line"}]},
         {"id":"line","kind":"choice","title":"L","options":[{"id":"v4","label":"v4"}],"next":"end"},
         {"id":"end","kind":"info","title":"E"}]}
        """
        #expect(error(json) == nil)
        #expect(error(json.replacingOccurrences(of: #""prefill":{"line":"setup/line-type"},"#, with: ""))?.stepID == "start")
    }

    @Test func aClauseMustNameAnOptionOfItsStep() {
        let negated = error(flow(transition: #"{"c":"!maybe"}"#))
        #expect(negated == FlowAssetError(file: "flows/x.json", stepID: "i", .badCondition(item: nil, .optionMissing(step: "c", option: "maybe"))))
    }

    @Test func theShippedWhensAreWrittenBackExactlyAsTheAssetsHaveThem() throws {
        let folder = URL(fileURLWithPath: assetsDirectory).appendingPathComponent("flows")
        var compared = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".json") {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let decoded = try FlowDefinition(json: JSONParser.parse(data))
            let raw = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            for (step, rawStep) in zip(decoded.steps, try #require(raw["steps"] as? [[String: Any]])) {
                let rawNext = rawStep["next"] as? [[String: Any]] ?? []
                for (transition, rawTransition) in zip(step.next, rawNext) {
                    #expect(transition.when.written == (rawTransition["when"] as? [String: String] ?? [:]), "\(file) \(step.id)")
                    compared += rawTransition["when"] == nil ? 0 : 1
                }
                for (item, rawItem) in zip(step.items, rawStep["items"] as? [[String: Any]] ?? []) {
                    #expect(item.when.written == (rawItem["when"] as? [String: String] ?? [:]), "\(file) \(step.id)/\(item.id)")
                    compared += rawItem["when"] == nil ? 0 : 1
                }
            }
        }
        #expect(compared > 50, "every `when` of the shipped flows was compared")
        #expect(Transition(when: Guard(clauses: [.notChose(step: "c", option: "no")]), goto: "i").when.written == ["c": "!no"])
    }
}
