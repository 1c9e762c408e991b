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
}
