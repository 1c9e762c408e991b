import Foundation
import Testing

/// Issue 7: a password typed into the program never comes back out of it — not in what
/// `play` prints (failures print whole screens), its snapshots, or `check-id`'s output.
@Suite struct SecretOutputTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func playPrintsNoPasswordEvenWhenAnExpectationFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The shipped password tape, plus a failing check on the password screen so its screen is printed.
        var tape = try String(contentsOf: Self.root.appendingPathComponent("Assets/tapes/setup-ipvpn-v4.tape"), encoding: .utf8)
        tape = tape.replacingOccurrences(of: "F3\n", with: "F3\nExpect \"this text is not on the screen\"\n")
        try tape.write(toFile: folder + "/pw.tape", atomically: true, encoding: .utf8)
        let terminal = TmuxTerminal()
        let output = terminal.run([TmuxTerminal.binary, "play", "--screens", folder + "/screens", "--data-dir", folder + "/data", folder + "/pw.tape"])
        #expect(output.contains("this text is not on the screen"), "the failure and its screen were printed")
        #expect(output.contains("********"))
        #expect(!output.contains("Tape1pwX"))
        for file in try FileManager.default.contentsOfDirectory(atPath: folder + "/screens") {
            #expect(!(try String(contentsOfFile: folder + "/screens/" + file, encoding: .utf8)).contains("Tape1pwX"), "\(file)")
        }
    }

    @Test func checkIDNeverEchoesAPassword() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-pw-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "Zx9Lq2Wm\n".write(toFile: folder + "/pw.txt", atomically: true, encoding: .utf8)
        let terminal = TmuxTerminal()
        for format in ["", "--json"] {
            let output = terminal.run(["sh", "-c", "\(TmuxTerminal.binary) check-id --kind password \(format) < \(folder)/pw.txt"])
            #expect(output.contains("大文字"))
            #expect(!output.contains("Zx9Lq2Wm"), "\(output)")
        }
        // On the command line a password is refused outright (exit 2), before anything is printed.
        let refused = terminal.run(["sh", "-c", "\(TmuxTerminal.binary) check-id --kind password Zx9Lq2Wm; echo status=$?"])
        #expect(refused.contains("status=2"))
    }
}
