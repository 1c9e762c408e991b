import Foundation
import Testing

/// `seikyu status` (issue 15): titles speak of today as the screen does, and a flow that is
/// run again and again shows what it kept between runs instead of 未着手.
@Suite struct StatusCommandTests {
    func status(after tape: String, now: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-status-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tapeFile = folder + ".tape"
        try tape.write(toFile: tapeFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: tapeFile) }
        let played = TmuxTerminal().run([TmuxTerminal.binary, "play", "--data-dir", folder, tapeFile])
        #expect(played.contains(" 0 failed"), "\(played)")
        return TmuxTerminal().run([TmuxTerminal.binary, "status", "--data-dir", folder, "--now", now])
    }

    @Test func aStepTitleIsFilledInNotPrintedWithItsPlaceholders() throws {
        let output = try status(after: """
            Env SEIKYU_NOW 2026-12-08T10:00
            Type "2"
            Expect "今月の送信"
            """, now: "2026-12-08T10:00")
        #expect(output.contains("「今月の送信（2026年12月、2026年11月診療分）」"), "\(output)")
        #expect(!output.contains("{{"), "\(output)")
    }

    @Test func aFinishedMonthIsShownPerPayerNotAsNotStarted() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let tape = try String(contentsOf: root.appendingPathComponent("Assets/tapes/monthly-two-payers.tape"), encoding: .utf8)
        let output = try status(after: tape, now: "2026-12-08T12:00")
        let line = try #require(output.split(separator: "\n").first { $0.contains("月次請求") }, "\(output)")
        #expect(line.contains("12月請求分 社保"), "\(line)")
        #expect(!line.contains("未着手") && !line.contains("未送信"), "\(line)")
        let trouble = try #require(output.split(separator: "\n").first { $0.contains("接続トラブル") })
        #expect(trouble.contains("記録はまだありません"))
        // Every flow run again and again says what it kept, never an empty line.
        for line in output.split(separator: "\n").dropFirst() {
            #expect(!line.hasSuffix("  ") && !line.trimmingCharacters(in: .whitespaces).isEmpty, "\(output)")
        }
        let certificates = try #require(output.split(separator: "\n").first { $0.contains("端末と電子証明書") })
        #expect(certificates.contains("登録はまだありません"), "\(certificates)")
    }
}
