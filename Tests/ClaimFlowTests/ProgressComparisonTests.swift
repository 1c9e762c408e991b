@testable import ClaimFlow
import Testing

/// Issue 19: a session asks on every key whether the key changed something worth an fsync, and
/// whether today's snapshot still holds; both leave out only where the clerk stands.
@Suite struct ProgressComparisonTests {
    let nine = LocalDateTime(parsing: "2026-12-03T09:00")!

    func progress() -> SavedProgress {
        var progress = SavedProgress()
        for id in ["setup", "monthly", "trouble", "changes-a", "changes-b"] {
            progress.flows[id] = FlowProgress(start: "intro", at: nine)
        }
        progress.flows["setup"]?.answers["check"] = .checked(["i1"])
        progress.location = .flow("setup")
        return progress
    }

    /// Every field is either compared or named here as a place; a new field fails this test until
    /// the comparisons know about it (`ProgressComparison.swift`).
    @Test func everyFieldIsKnown() {
        let fields = Mirror(reflecting: SavedProgress()).children.compactMap(\.label)
        #expect(fields == ["schemaVersion", "location", "menuCursor", "flows", "changes", "submissions", "payers", "extensions",
                           "triages", "contacts", "changesPlace", "certificates", "certificatesPlace"])
        let flowFields = Mirror(reflecting: FlowProgress(start: "intro", at: nine)).children.compactMap(\.label)
        #expect(flowFields == ["history", "current", "answers", "cursor", "drafts", "revisit", "completed", "updatedAt", "answeredAt"])
    }

    @Test func movingTheHighlightIsNotWorthSaving() {
        let before = progress()
        var after = before
        after.menuCursor = 3
        after.flows["setup"]?.cursor = 4
        after.flows["trouble"]?.cursor = 1
        after.changesPlace.selected = 2
        after.certificatesPlace.selected = 1
        #expect(!after.differsDurably(from: before))
        #expect(!before.differsDurably(from: after))
        #expect(Today.readsTheSame(after, before))
    }

    @Test func answersRecordsAndPlacesAreWorthSaving() {
        let before = progress()
        let changes: [(String, (inout SavedProgress) -> Void)] = [
            ("an answer", { $0.flows["setup"]?.answers["check"] = .checked(["i1", "i2"]) }),
            ("a step", { $0.flows["monthly"]?.current = "send" }),
            ("the way back", { $0.flows["monthly"]?.history = ["intro"] }),
            ("a draft", { $0.flows["setup"]?.drafts["name"] = FieldDraft(text: "さくら") }),
            ("a flow done", { $0.flows["trouble"]?.completed = true }),
            ("an answer's time", { $0.flows["setup"]?.answeredAt["check"] = self.nine }),
            ("the flow's time", { $0.flows["setup"]?.updatedAt = LocalDateTime(parsing: "2026-12-03T09:01")! }),
            ("a flow more", { $0.flows["extra"] = FlowProgress(start: "intro", at: self.nine) }),
            ("a flow less", { $0.flows["trouble"] = nil }),
            ("a record", { $0.payers = [.shaho] }),
            ("a changes draft", { $0.changesPlace.stage = .choosing(cursor: 0) }),
            ("the screen", { $0.location = .calendar }),
        ]
        for (name, change) in changes {
            var after = before
            change(&after)
            #expect(after.differsDurably(from: before), "\(name)")
            #expect(before.differsDurably(from: after), "\(name)")
        }
    }

    /// The same flows built in another order (another dictionary, walked in another order) are the same.
    @Test func flowsAreComparedByIdNotByPlace() {
        let before = progress()
        var rebuilt = SavedProgress()
        for (id, flow) in before.flows.sorted(by: { $0.key > $1.key }) { rebuilt.flows[id] = flow }
        rebuilt.location = before.location
        rebuilt.flows["monthly"]?.cursor = 2
        #expect(!rebuilt.differsDurably(from: before))
        rebuilt.flows["monthly"]?.completed = true
        #expect(rebuilt.differsDurably(from: before))
        #expect(!Today.readsTheSame(rebuilt, before))
    }

    /// Today reads records and flows, never the screen the clerk is on.
    @Test func todayDoesNotReadTheScreen() {
        let before = progress()
        var after = before
        after.location = .certificates
        after.changesPlace.stage = .choosing(cursor: 0)
        #expect(Today.readsTheSame(after, before))
        after.payers = [.kokuho]
        #expect(!Today.readsTheSame(after, before))
    }

    /// A window draws the same screen with the highlight moved only when nothing but the flows'
    /// cursors differ (ScreenMemo): every other field of the state is compared.
    @Test func theStateApartFromTheHighlight() {
        let stateFields = Mirror(reflecting: AppState()).children.compactMap(\.label)
        #expect(stateFields == ["progress", "showingHelp", "showingMemo", "notice", "secrets", "secretDraft", "revealSecret",
                                "calendarOffset", "bodyScroll", "storeProblem", "warnedText"])
        let before = AppState(progress: progress())
        var moved = before
        moved.progress.flows["setup"]?.cursor = 4
        #expect(moved.sameApartFromCursors(before))
        let changes: [(String, (inout AppState) -> Void)] = [
            ("help", { $0.showingHelp = true }),
            ("the memo", { $0.showingMemo = true }),
            ("a notice", { $0.notice = Notice(.info, ["保存しました。"]) }),
            ("a secret", { $0.secrets["setup/password"] = "x" }),
            ("a secret's draft", { $0.secretDraft = FieldDraft(text: "x") }),
            ("F3", { $0.revealSecret = true }),
            ("the calendar's month", { $0.calendarOffset = 1 }),
            ("the scroll", { $0.bodyScroll = 2 }),
            ("a failed save", { $0.storeProblem = ["保存できません。"] }),
            ("a doubted text", { $0.warnedText = "1234567" }),
            ("the menu's highlight", { $0.progress.menuCursor = 2 }),
            ("the changes list's highlight", { $0.progress.changesPlace.selected = 1 }),
            ("the certificates list's highlight", { $0.progress.certificatesPlace.selected = 1 }),
            ("an answer", { $0.progress.flows["setup"]?.answers["check"] = .checked(["i1", "i2"]) }),
            ("a record", { $0.progress.payers = [.shaho] }),
            ("the screen", { $0.progress.location = .calendar }),
        ]
        for (name, change) in changes {
            var after = moved
            change(&after)
            #expect(!after.sameApartFromCursors(moved), "\(name)")
            #expect(!moved.sameApartFromCursors(after), "\(name)")
        }
    }
}
