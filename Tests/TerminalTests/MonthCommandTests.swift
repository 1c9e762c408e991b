import Foundation
import Testing

/// `seikyu month --json` (issue 12): the month per payer, after the clerk's keys of a tape.
@Suite struct MonthCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func month(_ month: String, after tape: String, now: String) throws -> [String: Any] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-month-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let played = TmuxTerminal().run([TmuxTerminal.binary, "play", "--data-dir", folder, Self.root.appendingPathComponent(tape).path])
        #expect(played.contains(" 0 failed"), "\(played)")
        let output = TmuxTerminal().run([TmuxTerminal.binary, "month", month, "--json", "--data-dir", folder, "--now", now])
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(output)")
    }

    @Test func bothPayersAreConfirmedWithTheirReceiptNumbers() throws {
        let report = try month("2026-12", after: "Assets/tapes/monthly-two-payers.tape", now: "2026-12-08T12:00")
        #expect(report["claimMonth"] as? String == "2026-12")
        #expect(report["serviceMonth"] as? String == "2026-11")
        let payers = try #require(report["payers"] as? [[String: Any]])
        #expect(payers.map { $0["payer"] as? String } == ["shaho", "kokuho"])
        #expect(payers.allSatisfy { $0["confirmed"] as? Bool == true && $0["returnsDownloaded"] as? Bool == true })
        #expect(payers.map { $0["receiptNumber"] as? String } == ["S-20261208-0001", "K-20261208-0042"])
        #expect(payers.map { $0["receiptPrintedAt"] as? String } == ["2026-12-08T10:05", "2026-12-08T11:20"])
        #expect(payers[1]["result"] as? String == "rejected", "国保's first result was 受付不能")
        #expect((report["missedDeadline"] as? [String])?.isEmpty == true)
    }

    @Test func aMissedPayerIsListedAfterTheDeadline() throws {
        let report = try month("2026-12", after: "Assets/tapes/monthly-missed-deadline.tape", now: "2026-12-11T09:00")
        #expect(report["missedDeadline"] as? [String] == ["kokuho"])
    }
}
