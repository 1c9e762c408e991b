import ClaimFlow
import ClaimStore
import Foundation
import Testing

@Suite struct PersistenceTests {
    func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func progressRoundTripsWithPrivatePermissions() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try FileProgressStore(directory: folder)
        var state = AppState()
        let context = Context(catalog: try shippedCatalog(), now: december3)
        for event: Event in [.accept, .accept, .toggle] { _ = Reducer.reduce(&state, event, context) }
        try store.save(state.progress)
        try store.appendAudit(AuditEntry(at: december3, flow: "setup", step: "equipment", item: "rececon", action: "checked"))

        let loaded = try FileProgressStore(directory: folder).load(now: december3) // as a restarted program
        #expect(loaded.problem == nil)
        #expect(loaded.progress == state.progress)
        #expect(try permissions(folder) == 0o700)
        #expect(try permissions(store.progressPath) == 0o600)
        #expect(try permissions(store.auditPath) == 0o600)
        #expect(try String(contentsOfFile: store.auditPath, encoding: .utf8).contains("\"at\":\"2026-12-03T09:00\""))
    }

    @Test(arguments: ["", "{\"schemaVersion\": 1, \"loca", "\u{0}\u{1}garbage", "[1,2,3]"])
    func aBrokenFileIsKeptAsideAndExplained(content: String) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try FileProgressStore(directory: folder)
        try Data(content.utf8).write(to: URL(fileURLWithPath: store.progressPath))

        let loaded = store.load(now: december3)
        let problem = try #require(loaded.problem)
        #expect(problem.kind == .corrupt)
        let kept = try #require(problem.keptAt)
        #expect(FileManager.default.contents(atPath: kept) == Data(content.utf8), "the broken file is kept as it was")
        #expect(problem.japanese.joined().contains("壊れていた"))
        #expect(problem.japanese.count <= 3, "fits the warning area")

        try store.save(loaded.progress) // saving afterwards does not touch the kept file
        #expect(FileManager.default.contents(atPath: kept) == Data(content.utf8))
    }

    @Test func aFileFromANewerVersionIsNeverOverwritten() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try FileProgressStore(directory: folder)
        let newer = "{\"schemaVersion\": 99, \"somethingNew\": true}"
        try Data(newer.utf8).write(to: URL(fileURLWithPath: store.progressPath))
        let loaded = store.load(now: december3)
        #expect(loaded.problem?.kind == .futureVersion)
        #expect(loaded.problem?.keptAt.flatMap { FileManager.default.contents(atPath: $0) } == Data(newer.utf8))
    }

    @Test func aFailedSaveIsReportedNotSwallowed() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try FileProgressStore(directory: folder)
        // A folder where the file should be makes the final rename fail, as a full disk would.
        try FileManager.default.createDirectory(atPath: store.progressPath + "/blocker", withIntermediateDirectories: true)
        #expect(throws: DataProblemError.self) { try store.save(SavedProgress()) }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "no temporary file is left behind")
    }

    @Test func secretAnswersAreNeverSaved() throws {
        let secret = StepDefinition(id: "password", kind: .text, title: "パスワード",
                                    field: TextField(label: "ネットワークパスワード", secret: true))
        let flow = FlowDefinition(id: "setup", title: "S", summary: "", steps: [secret])
        let others = ["monthly", "trouble"].map { FlowDefinition(id: $0, title: $0, summary: "", steps: [StepDefinition(id: "i", kind: .info, title: "I")]) }
        let catalog = try FlowCatalog(validating: ([flow] + others).map { ("test", $0) })
        var state = AppState()
        let context = Context(catalog: catalog, now: december3)
        for event: Event in [.accept, .insert("A1b2C3d4"), .accept] { _ = Reducer.reduce(&state, event, context) }
        #expect(state.secrets["setup/password"] == "A1b2C3d4")
        #expect(state.progress.flows["setup"]?.answers["password"] == .secretEntered)

        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try FileProgressStore(directory: folder)
        try store.save(state.progress)
        let saved = try String(contentsOfFile: store.progressPath, encoding: .utf8)
        #expect(!saved.contains("A1b2C3d4"))
    }
}

/// Issue 7: every broken-file case is explained and the file kept; nothing is silently reset.
@Suite struct BrokenFileTests {
    func setUp(_ content: Data?) throws -> (FileProgressStore, String) {
        let folder = temporaryFolder()
        let store = try FileProgressStore(directory: folder)
        if let content { try content.write(to: URL(fileURLWithPath: store.progressPath)) }
        return (store, folder)
    }

    @Test func aTruncatedFileIsKept() throws {
        var progress = SavedProgress()
        progress.flows["setup"] = FlowProgress(start: "intro", at: december3)
        let full = try JSONEncoder().encode(progress)
        let (store, folder) = try setUp(full.prefix(full.count / 2))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let loaded = store.load(now: december3)
        #expect(loaded.problem?.kind == .corrupt)
        #expect(loaded.problem?.keptAt.flatMap { FileManager.default.contents(atPath: $0) } == full.prefix(full.count / 2))
    }

    @Test func aMissingFileIsAFreshStartWithoutAMessage() throws {
        let (store, folder) = try setUp(nil)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let loaded = store.load(now: december3)
        #expect(loaded.problem == nil && loaded.progress == SavedProgress())
    }

    @Test func anUnreadableFileIsKeptAndExplained() throws {
        // A folder where the file should be cannot be read, even by root (chmod 000 can be).
        let (store, folder) = try setUp(nil)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: store.progressPath, withIntermediateDirectories: true)
        let loaded = store.load(now: december3)
        #expect(loaded.problem?.kind == .unreadable)
        #expect(loaded.problem?.japanese.first?.contains("読む権限") == true)
        var isFolder: ObjCBool = false
        #expect(loaded.problem?.keptAt.map { FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) } == true)
    }

    @Test func leftoversOfAKilledWriteAreCleanedAndTheFileStillLoads() throws {
        let (store, folder) = try setUp(nil)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try store.save(SavedProgress())
        try Data("{\"half".utf8).write(to: URL(fileURLWithPath: store.progressPath + ".tmp-99999"))
        let reopened = try FileProgressStore(directory: folder)
        #expect(reopened.load(now: december3).problem == nil)
        #expect(!FileManager.default.fileExists(atPath: store.progressPath + ".tmp-99999"))
    }
}
