@testable import ClaimFlow
import Testing

/// Each step kind's type driven on its own, on a tiny fixture flow (not the shipped assets):
/// what a key does, what stops Enter, how the answer reads on a summary, what a line mode asks.
@Suite struct StepTypeTests {
    static let checklist = StepDefinition(id: "prepare", kind: .checklist, title: "準備", items: [
        ChecklistItem(id: "pc", text: "端末"),
        ChecklistItem(id: "line", text: "回線"),
        ChecklistItem(id: "spare", text: "予備の紙", required: false),
    ], next: [Transition(goto: "line-type")])
    static let choice = StepDefinition(id: "line-type", kind: .choice, title: "回線の種類", options: [
        ChoiceOption(id: "v4", label: "IPv4"),
        ChoiceOption(id: "v6", label: "IPv6", detail: "フレッツ"),
    ], next: [Transition(goto: "phone")])
    static let phone = StepDefinition(id: "phone", kind: .text, title: "電話番号",
                                      field: TextField(label: "電話", validator: .phone), next: [Transition(goto: "password")])
    static let password = StepDefinition(id: "password", kind: .text, title: "パスワード",
                                         field: TextField(label: "パスワード", secret: true), next: [Transition(goto: "read")])
    static let readback = StepDefinition(id: "read", kind: .readback, title: "読み上げ", field: TextField(label: "確認した人"),
                                         source: "phone", next: [Transition(goto: "confirm")])
    static let confirm = StepDefinition(id: "confirm", kind: .confirm, title: "確認", next: [Transition(goto: "done")])
    static let summary = StepDefinition(id: "done", kind: .summary, title: "まとめ")
    static let info = StepDefinition(id: "intro", kind: .info, title: "はじめに", body: ["読むだけです。"],
                                     next: [Transition(goto: "prepare")])
    static let flow = FlowDefinition(id: "tiny", title: "小さな手順", summary: "",
                                     steps: [info, checklist, choice, phone, password, readback, confirm, summary])
    static let now = LocalDateTime(year: 2026, month: 12, day: 3, hour: 9, minute: 0)!

    let scope: StepScope

    init() throws {
        scope = StepScope(flow: Self.flow, context: Context(catalog: try FlowCatalog(validating: []), now: Self.now, operatorName: "佐藤"))
    }

    /// The state with the tiny flow open on `step`.
    func state(on step: StepDefinition, answers: [String: Answer] = [:], draft: String = "") -> AppState {
        var run = FlowProgress(start: step.id, at: Self.now)
        run.answers = answers
        if !draft.isEmpty { run.drafts[step.id] = FieldDraft(text: draft) }
        var state = AppState()
        state.progress.flows[Self.flow.id] = run
        state.progress.location = .flow(Self.flow.id)
        return state
    }

    func run(_ state: AppState) -> FlowProgress? { state.progress.flows[Self.flow.id] }

    @Test func everyKindHasItsOwnType() {
        for kind in StepKind.allCases {
            let step = StepDefinition(id: "x", kind: kind, title: "x")
            #expect(String(describing: type(of: step.flowStep)).lowercased() == kind.rawValue + "step")
        }
    }

    // MARK: checklist

    @Test func aChecklistRefusesToGoOnWithAnUntickedRequiredItem() {
        let step = ChecklistStep(Self.checklist)
        var state = state(on: Self.checklist)
        #expect(step.reduce(.toggle, &state, scope) == .stay(effects: [.appendAudit(AuditEntry(
            at: Self.now, flow: "tiny", step: "prepare", item: "pc", action: "checked", by: "佐藤"))]))
        #expect(run(state)?.cursor == 1, "ticking moves down the list")
        #expect(step.reduce(.moveFirst, &state, scope) == .stay())

        #expect(step.reduce(.accept, &state, scope) == .stay(), "回線 is required and unticked")
        #expect(state.notice == .warning(Wording.uncheckedRequired("回線")))
        #expect(run(state)?.cursor == 1, "the cursor goes to the item to tick")
        #expect(step.firstUntickedRequired(run(state) ?? FlowProgress(start: "", at: Self.now))?.item.id == "line")

        state.notice = nil
        #expect(step.reduce(.toggle, &state, scope) != .stay())
        #expect(step.reduce(.accept, &state, scope) == .goOn(recording: .checked(["pc", "line"])),
                "the optional item may stay unticked")
    }

    @Test func aChecklistTellsWhichKeysWorkAndEntersOnTheFirstUntickedItem() {
        let step = ChecklistStep(Self.checklist)
        var state = state(on: Self.checklist, answers: ["prepare": .checked(["pc"])])
        #expect(step.reduce(.insert("a"), &state, scope) == .unusable)
        step.enter(&state, in: Self.flow)
        #expect(run(state)?.cursor == 1)
    }

    // MARK: choice

    @Test func aChoicePicksTheHighlightedOption() {
        let step = ChoiceStep(Self.choice)
        var state = state(on: Self.choice)
        #expect(step.reduce(.moveDown, &state, scope) == .stay())
        #expect(step.reduce(.moveDown, &state, scope) == .stay())
        #expect(run(state)?.cursor == 1, "the cursor stays on the last option")
        #expect(step.reduce(.toggle, &state, scope) == .record(.choice("v6")), "Space marks it and stays")
        #expect(step.reduce(.accept, &state, scope) == .goOn(recording: .choice("v6")))
        #expect(step.reduce(.pick(1), &state, scope) == .stay())
        #expect(step.reduce(.accept, &state, scope) == .goOn(recording: .choice("v4")))
        #expect(step.reduce(.pick(3), &state, scope) == .unusable, "there is no third option")
    }

    @Test func aChoiceIsEnteredOnTheOptionChosenBefore() {
        let step = ChoiceStep(Self.choice)
        var state = state(on: Self.choice, answers: ["line-type": .choice("v6")])
        step.enter(&state, in: Self.flow)
        #expect(run(state)?.cursor == 1)
    }

    // MARK: text

    @Test func textValidationRefusesBadInputWithTheValidatorsMessageAndKeepsTheDraft() throws {
        let step = TextStep(Self.phone)
        var state = state(on: Self.phone, draft: "03-12")
        let message = try #require(TextValidatorName.phone.problem(in: "03-12"))
        #expect(step.check("03-12") == .refused(.warning(message)))
        #expect(step.reduce(.accept, &state, scope) == .stay())
        #expect(state.notice == .warning(message))
        #expect(run(state)?.drafts["phone"]?.text == "03-12", "what was typed stays to be corrected")

        #expect(step.reduce(.insert("34-5678"), &state, scope) == .stay())
        #expect(step.reduce(.accept, &state, scope) == .goOn(recording: .text("03-1234-5678")))
        #expect(run(state)?.drafts["phone"] == nil, "the accepted text is the answer now, not a draft")
    }

    /// A number typed with the IME on (full-width digits, ー or − for the hyphen, brackets or
    /// spaces) is taken as the clerk means it and recorded with hyphens.
    @Test(arguments: ["０３ー１２３４ー５６７８", "03−1234−5678", "03(1234)5678", "(03) 1234 5678", "０３－１２３４－５６７８"])
    func aPhoneNumberTypedAsClerksDoIsRecordedWithHyphens(_ typed: String) {
        let step = TextStep(Self.phone)
        var state = state(on: Self.phone)
        _ = step.reduce(.insert(typed), &state, scope)
        #expect(step.reduce(.accept, &state, scope) == .goOn(recording: .text("03-1234-5678")))
        #expect(TextValidatorName.phone.answer(for: typed) == .success(.text("03-1234-5678")), "the plain line mode reads it the same")
    }

    @Test func aSecretIsKeptOnlyInMemory() {
        let step = TextStep(Self.password)
        var state = state(on: Self.password)
        _ = step.reduce(.insert("A1b2C3d4"), &state, scope)
        #expect(run(state)?.drafts.isEmpty == true, "a secret never goes into the saved drafts")
        #expect(state.secretDraft?.text == "A1b2C3d4", "it is kept in memory only")
        #expect(step.reduce(.accept, &state, scope) == .goOn(recording: .secretEntered))
        #expect(state.secrets["tiny/password"] == "A1b2C3d4")
    }

    @Test func aReadbackAuditsWhoReadItBack() {
        let step = ReadbackStep(Self.readback)
        var state = state(on: Self.readback, answers: ["phone": .text("03-1234-5678")])
        #expect(step.textToReadBack(state, in: Self.flow) == ("03-1234-5678", false) as (String?, Bool))
        _ = step.reduce(.insert("鈴木"), &state, scope)
        #expect(step.reduce(.accept, &state, scope) == .goOn(recording: .text("鈴木"), effects: [.appendAudit(AuditEntry(
            at: Self.now, flow: "tiny", step: "read", item: "phone", action: "read-back", by: "鈴木"))]))
    }

    // MARK: info, confirm, summary

    @Test func readingStepsGoOnWithEnterAndScrollWithTheArrows() {
        var state = state(on: Self.info)
        #expect(InfoStep(Self.info).reduce(.accept, &state, scope) == .goOn(recording: nil))
        #expect(SummaryStep(Self.summary).reduce(.accept, &state, scope) == .goOn(recording: nil))
        #expect(ConfirmStep(Self.confirm).reduce(.accept, &state, scope) == .goOn(recording: .confirmed))
        #expect(InfoStep(Self.info).reduce(.pageDown, &state, scope) == .scroll)
        #expect(InfoStep(Self.info).reduce(.toggle, &state, scope) == .unusable)
    }

    // MARK: summary lines

    @Test func theSummaryLineOfEachKind() {
        var run = FlowProgress(start: "done", at: Self.now)
        run.answers = ["prepare": .checked(["pc"])]
        run.answeredAt = ["prepare": Self.now]
        #expect(ChecklistStep(Self.checklist).summary(of: .checked(["pc"]), run) == .ticked(1, of: 3, on: Self.now))
        #expect(ChoiceStep(Self.choice).summary(of: .choice("v6"), run) == .chosen("IPv6"))
        #expect(ChoiceStep(Self.choice).summary(of: .choice("gone"), run) == .chosen("gone"), "an option no longer in the flow shows its id")
        #expect(TextStep(Self.phone).summary(of: .text("03-1234-5678"), run) == .text("03-1234-5678"))
        #expect(TextStep(Self.password).summary(of: .secretEntered, run) == .secretEntered)
        #expect(ReadbackStep(Self.readback).summary(of: .text("鈴木"), run) == .text("鈴木"))
        #expect(ConfirmStep(Self.confirm).summary(of: .confirmed, run) == nil)
        #expect(InfoStep(Self.info).summary(of: .confirmed, run) == nil)
        #expect(SummaryStep(Self.summary).summary(of: .confirmed, run) == nil)
    }

    @Test func theSummaryListsTheAnswersOnThePathTaken() {
        var state = state(on: Self.summary, answers: [
            "prepare": .checked(["pc", "line"]), "line-type": .choice("v4"), "phone": .text("03-1234-5678"),
            "password": .secretEntered, "read": .text("鈴木"), "confirm": .confirmed,
        ])
        state.progress.flows["tiny"]?.history = ["intro", "prepare", "line-type", "phone", "password", "read", "confirm"]
        #expect(SummaryStep(Self.summary).answers(state, in: Self.flow) == [
            AnswerLine(step: "prepare", title: "準備", summary: .ticked(2, of: 3, on: nil)),
            AnswerLine(step: "line-type", title: "回線の種類", summary: .chosen("IPv4")),
            AnswerLine(step: "phone", title: "電話番号", summary: .text("03-1234-5678")),
            AnswerLine(step: "password", title: "パスワード", summary: .secretEntered),
            AnswerLine(step: "read", title: "読み上げ", summary: .text("鈴木")),
        ])
    }

    // MARK: line prompts

    @Test func theLinePromptOfEachKind() {
        let state = state(on: Self.choice, answers: ["prepare": .checked(["line"]), "line-type": .choice("v6")])
        #expect(InfoStep(Self.info).linePrompt(state, in: Self.flow) == .read)
        #expect(ChoiceStep(Self.choice).linePrompt(state, in: Self.flow) == .choose([
            NumberedEntry(number: 1, text: "IPv4", marked: false),
            NumberedEntry(number: 2, text: "IPv6", detail: "フレッツ", marked: true),
        ]))
        #expect(ChecklistStep(Self.checklist).linePrompt(state, in: Self.flow) == .tick([
            NumberedEntry(number: 1, text: "端末", marked: false),
            NumberedEntry(number: 2, text: "回線", marked: true),
            NumberedEntry(number: 3, text: "予備の紙", marked: false, required: false),
        ]))
        #expect(TextStep(Self.phone).linePrompt(state, in: Self.flow) == .type(TextField(label: "電話", validator: .phone)))
        #expect(ReadbackStep(Self.readback).linePrompt(state, in: Self.flow)
                == .readBack(nil, secret: false, name: TextField(label: "確認した人")), "the number was not entered yet")
        #expect(SummaryStep(Self.summary).linePrompt(state, in: Self.flow)
                == .review([AnswerLine(step: "line-type", title: "回線の種類", summary: .chosen("IPv6"))]), "the answers on the path taken")
    }

    @Test func aLinePromptReadsALineBack() {
        let state = state(on: Self.choice, answers: ["line-type": .choice("v6")])
        let choose = ChoiceStep(Self.choice).linePrompt(state, in: Self.flow)
        #expect(choose.read("1") == .choose(1))
        #expect(choose.read(" ２ ") == .choose(2), "a full-width digit is a digit")
        #expect(choose.read("3") == nil)
        #expect(choose.read("") == .choose(2), "an empty line keeps the option chosen before")
        let tick = ChecklistStep(Self.checklist).linePrompt(state, in: Self.flow)
        #expect(tick.read("3") == .tick(3))
        #expect(tick.read("") == .goOn)
        #expect(tick.read("はい") == nil)
        #expect(TextStep(Self.phone).linePrompt(state, in: Self.flow).read("03-1234-5678") == .text("03-1234-5678"))
        #expect(LinePrompt.read.read("") == .goOn)
    }
}
