import ClaimFlow
import ClaimStore
import Foundation
import Testing

/// Issue 11: a folder of the JSON store (schema 1) opens with everything in it; the old files
/// are moved aside, untouched, and the screen says so once. Broken databases are kept aside.
@Suite struct LegacyImportTests {
    /// A folder as the JSON store left it: every kind of record, and two audit lines glued into
    /// one by a short write (the bug that made the move necessary).
    func schemaOneFolder() throws -> (ScratchFolder, SavedProgress) {
        let scratch = ScratchFolder()
        try FileManager.default.createDirectory(atPath: scratch.path, withIntermediateDirectories: true)
        var progress = SavedProgress()
        var setup = FlowProgress(start: "clinic", at: december3)
        setup.history = ["intro"]
        setup.answers = ["clinic": .text("さくら歯科"), "equipment": .checked(["pc", "router"]), "password": .secretEntered]
        setup.answeredAt = ["clinic": december3]
        progress.flows["setup"] = setup
        progress.location = .flow("setup")
        progress.addChange(date: CivilDate(year: 2026, month: 12, day: 20)!, kind: .router, note: "ルータ交換", at: december3)
        // Schema 1 kept one 受領書 per month without a payer: it comes in as "payer unknown".
        let legacyReceipt = ReceiptRecord(month: "2026-11", receivedAt: december3, reference: "R-1")
        progress.submissions = [legacyReceipt.submission]
        progress.extensions = [WindowExtension(month: "2026-12", untilDay: 12, closeMinute: 21 * 60, note: "延長")]
        progress.contacts["network"] = Desk(id: "network", name: "回線事業者", handles: "回線", phone: "0120-000-000")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        var file = try #require(try JSONSerialization.jsonObject(with: encoder.encode(progress)) as? [String: Any])
        file["submissions"] = nil
        file["payers"] = nil
        file["receipts"] = [["month": "2026-11", "receivedAt": "2026-12-03T09:00", "reference": "R-1"]]
        try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: scratch.file("progress.json")))
        let line = #"{"action":"checked","at":"2026-12-03T09:00","flow":"setup","item":"pc","step":"equipment"}"#
        try Data((line + "\n" + line + line + "\n" + line + "\n").utf8).write(to: URL(fileURLWithPath: scratch.file("audit.jsonl")))
        return (scratch, progress)
    }

    @Test func everythingIsTakenInAndTheOldFilesAreMovedAsideOnce() throws {
        let (scratch, progress) = try schemaOneFolder()
        let original = bytes(scratch.file("progress.json"))
        let store = try SQLiteProgressStore(directory: scratch.path)
        let loaded = store.load(now: december3)
        #expect(loaded.problem == nil)
        #expect(loaded.progress == progress)
        #expect(try store.auditTrail().count == 2)
        let notice = try #require(loaded.notice)
        #expect(notice.first?.contains("取り込みました") == true)
        #expect(notice.joined().contains("1 行は読めなかった"))

        let moved = scratch.file("imported-20261203-0900")
        #expect(bytes(moved + "/progress.json") == original, "the old file is kept exactly")
        #expect(PathKind.of(scratch.file("progress.json")) == .missing)
        #expect(try store.export(now: december3).imports.map(\.movedTo) == [moved])

        store.close()
        #expect(try SQLiteProgressStore(directory: scratch.path).load(now: december3).notice == nil, "said once")
    }

    @Test func aBrokenProgressFileIsMovedAsideAndExplained() throws {
        let scratch = ScratchFolder()
        try FileManager.default.createDirectory(atPath: scratch.path, withIntermediateDirectories: true)
        try Data("{\"schemaVersion\": 1, \"loca".utf8).write(to: URL(fileURLWithPath: scratch.file("progress.json")))
        let loaded = try SQLiteProgressStore(directory: scratch.path).load(now: december3)
        #expect(loaded.problem?.kind == .corrupt)
        #expect(loaded.canSave)
        let kept = try #require(loaded.problem?.keptAt)
        #expect(bytes(kept) == Data("{\"schemaVersion\": 1, \"loca".utf8))
        #expect(loaded.problem?.japanese.count ?? 9 <= 3, "fits the warning area")
    }

    @Test(arguments: ["garbage \u{0}\u{1}", String(repeating: "x", count: 5000)])
    func aDatabaseThatIsNotOneIsKeptAsideAndANewOneStarted(content: String) throws {
        let scratch = ScratchFolder()
        try FileManager.default.createDirectory(atPath: scratch.path, withIntermediateDirectories: true)
        try Data(content.utf8).write(to: URL(fileURLWithPath: scratch.file(SQLiteProgressStore.fileName)))
        let store = try SQLiteProgressStore(directory: scratch.path)
        let loaded = store.load(now: december3)
        #expect(loaded.problem?.kind == .corrupt)
        #expect(loaded.problem?.japanese.joined().contains("壊れていた") == true)
        let kept = try #require(loaded.problem?.keptAt)
        #expect(bytes(kept) == Data(content.utf8), "the broken file is kept as it was")
        try store.update { progress in
            progress.addChange(date: CivilDate(year: 2026, month: 12, day: 20)!, kind: .router, note: "x", at: december3)
            return []
        }
        #expect(bytes(kept) == Data(content.utf8), "saving afterwards does not touch it")
    }
}
