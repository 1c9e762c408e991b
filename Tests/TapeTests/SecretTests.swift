import ClaimFlow
import ClaimTapes
import Foundation
import Testing

/// design.md §6: the network password is never written anywhere.
@Suite struct SecretTests {
    @Test func aPasswordTypedOnTapesLandsInNoFileAndNoSnapshot() throws {
        let password = "Tape1pwX" // typed by setup-ipvpn-v4.tape
        let tapeText = try String(contentsOfFile: tapeFolder + "/setup-ipvpn-v4.tape", encoding: .utf8)
        #expect(tapeText.contains("Type \"\(password)\""), "the tape still types the password under test")

        let root = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-secret-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        var playerWithScreens = try player()
        playerWithScreens.screensDirectory = root + "/screens"
        for tape in shippedTapes() {
            // Each tape in its own folder, as it is meant to run; everything lands under one root.
            let result = playerWithScreens.play(file: tapeFolder + "/" + tape, dataDirectory: root + "/data-" + tape)
            #expect(result.failures.isEmpty, "\(tape)")
            #expect(result.snapshots.allSatisfy { !$0.text.contains(password) }, "\(tape)")
        }
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        #expect(files.contains("data-setup-ipvpn-v4.tape/seikyu.sqlite"))
        #expect(files.contains { $0.hasPrefix("data-trouble") && $0.contains("/memos/") })
        for file in files {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + file, isDirectory: &isFolder)
            if isFolder.boolValue { continue }
            let data = FileManager.default.contents(atPath: root + "/" + file) ?? Data()
            #expect(data.range(of: Data(password.utf8)) == nil, "\(file) contains the password")
        }
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
