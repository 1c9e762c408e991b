import ClaimFlow
import ClaimRuntime
import ClaimScreens
import ClaimStore
import ClaimTapes
import Foundation
import Testing

/// design.md §6: the network password is never written anywhere. The password is typed where
/// the shipped flows ask for one, and then every file the program wrote (database, write-ahead
/// log, memos, the export) and every screen it drew is searched for it.
@Suite struct SecretTests {
    /// Distinctive, eight characters as the papers print them (I2), in no asset or tape.
    static let password = "Qx7Zr4Kw"
    static let now = LocalDateTime(year: 2026, month: 12, day: 3, hour: 9)!

    /// Every step that takes a secret, so a new one (say in the triage) fails here until it is
    /// driven by these tests too.
    @Test func theSetupNetworkPasswordIsTheOnlySecretStep() throws {
        let catalog = try player().catalog
        let secret = catalog.flows.flatMap { flow in
            flow.steps.filter { $0.field?.secret == true }.map { flow.id + "/" + $0.id }
        }
        #expect(secret == ["setup/network-password"])
    }

    /// A data folder whose setup stands on the password step (IP-VPN IPv4, the network ID read
    /// back) and whose triage stands on its last step, so one Enter writes a memo.
    func seededFolder(_ path: String) throws {
        let catalog = try player().catalog
        func run(_ flowID: String, at stepID: String, _ answers: [String: Answer]) throws -> FlowProgress {
            let flow = try #require(catalog.flow(flowID))
            var run = FlowProgress(start: stepID, at: Self.now)
            run.history = flow.steps.prefix { $0.id != stepID }.map(\.id)
            run.answers = answers
            return run
        }
        let setup = try run("setup", at: "network-password", [
            "clinic-name": .text("さくら内科"), "clinic-code": .text("0110113719"), "line-type": .choice("ipvpn-v4"),
            "network-id": .text("12345678@tk123456"), "network-id-readback": .text("山田"),
        ])
        let trouble = try run("trouble", at: "desk-network", [
            "symptom": .choice("e691"), "message": .text("691"), "line-type": .choice("ipvpn-v4"),
        ])
        let store = try SQLiteProgressStore(directory: path)
        _ = store.load(now: Self.now)
        _ = try store.update { progress in
            progress.flows["setup"] = setup
            progress.flows["trouble"] = trouble
            progress.location = .flow("setup")
            return []
        }
        store.close()
    }

    /// The regular files under a folder, each with whether it holds the password.
    func filesHoldingThePassword(under root: String) -> (files: [String], leaks: [String]) {
        let files = (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []).filter { file in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + file, isDirectory: &isFolder) && !isFolder.boolValue
        }
        let leaks = files.filter { (FileManager.default.contents(atPath: root + "/" + $0) ?? Data()).range(of: Data(Self.password.utf8)) != nil }
        return (files, leaks)
    }

    /// Typed (after a false start and Esc), shown with F3, read back, then a memo written and
    /// the program restarted; every screen drawn goes to snapshots and an Output file.
    @Test func aPasswordTypedInSetupLandsInNoFileAndNoScreen() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-secret-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try seededFolder(root + "/data")
        let tape = try TapeParser.parse("""
            Env SEIKYU_NOW 2026-12-03T09:00
            Output \(root)/every-screen.txt
            Expect "ネットワークパスワード"
            Type "Qx7Z"
            Snapshot half-typed
            Escape
            Enter
            Type "\(Self.password)"
            Snapshot typed
            F3
            Snapshot reveal-asked
            Enter
            Snapshot readback
            Type "鈴木"
            Enter
            F2
            Type "3"
            Enter
            Snapshot memo-written
            Restart
            Snapshot restarted
            """, file: "secret.tape")
        var player = try player()
        player.screensDirectory = root + "/screens"
        let result = player.play(tape, dataDirectory: root + "/data")
        #expect(result.failures.isEmpty, "\(result.failures.map(\.description))")

        // The path was really taken: the password was accepted, and the memo was written.
        let store = try SQLiteProgressStore(directory: root + "/data")
        let saved = store.load(now: Self.now).progress
        #expect(saved.flows["setup"]?.answers["network-password"] == .secretEntered)
        #expect(saved.flows["setup"]?.answers["password-readback"] == .text("鈴木"))
        #expect(saved.triages.count == 1)
        try store.export(now: Self.now).json().write(to: URL(fileURLWithPath: root + "/export.json"))
        store.close()

        #expect(result.snapshots.map(\.name) == ["half-typed", "typed", "reveal-asked", "readback", "memo-written", "restarted", "final"])
        for (name, text) in result.snapshots { #expect(!text.contains(Self.password), "snapshot \(name)") }
        let (files, leaks) = filesHoldingThePassword(under: root)
        for needed in ["data/seikyu.sqlite", "export.json", "every-screen.txt", "screens/secret.typed.txt"] {
            #expect(files.contains(needed), "\(needed) was written and searched: \(files)")
        }
        #expect(files.contains { $0.hasPrefix("data/memos/memo-") }, "\(files)")
        #expect(leaks.isEmpty, "the password is in \(leaks)")
    }

    /// While the window is open the newest pages are in the write-ahead log, not the database.
    @Test func theOpenWindowsWriteAheadLogHoldsNoPassword() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-wal-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try seededFolder(folder)
        let session = Session(catalog: try player().catalog, store: try SQLiteProgressStore(directory: folder, window: true),
                              clock: { Self.now })
        _ = session.handle(Self.password.map(Key.character) + [.enter] + "鈴木".map(Key.character) + [.enter])
        #expect(session.state.secrets["setup/network-password"] == Self.password, "the password was typed and taken")
        #expect(session.state.progress.flows["setup"]?.current == "certificates")
        let (open, openLeaks) = filesHoldingThePassword(under: folder)
        #expect(open.contains("seikyu.sqlite-wal"), "\(open)")
        #expect(openLeaks.isEmpty, "while open: \(openLeaks)")
        session.close()
        #expect(filesHoldingThePassword(under: folder).leaks.isEmpty, "after closing")
    }

    @Test func dataFolderAndFilesArePrivate() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-perm-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try player().play(file: tapeFolder + "/setup-ipvpn-v4.tape", dataDirectory: root)
        func mode(_ path: String) throws -> Int {
            try ((FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue) ?? -1
        }
        #expect(try mode(root) == 0o700)
        for file in try FileManager.default.contentsOfDirectory(atPath: root) {
            #expect(try mode(root + "/" + file) == 0o600, "\(file)")
        }
    }
}
