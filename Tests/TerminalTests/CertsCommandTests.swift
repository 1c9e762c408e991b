import Foundation
import Testing

/// `seikyu certs` (issue 14): what is added is listed with its computed deadlines.
@Suite struct CertsCommandTests {
    func seikyu(_ arguments: [String]) -> Command.Finished {
        Command.run([TmuxTerminal.binary] + arguments)
    }

    /// The acceptance case: added with its issue date only, listed with download-by 2026-07-09
    /// (issue + 180 days), renewal-from and an estimated expiry.
    @Test func addThenListAsJSON() throws {
        let folder = Command.scratch("seikyu-certs")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let added = seikyu(["certs", "add", "--pc", "1号機", "--issued", "2026-01-10", "--data-dir", folder])
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.contains("登録しました: 1号機（請求用）"))
        let listed = seikyu(["certs", "list", "--json", "--data-dir", folder, "--now", "2026-02-01T09:00"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]], "\(listed)")
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry["pc"] as? String == "1号機")
        #expect(entry["downloadBy"] as? String == "2026-07-09")
        #expect(entry["renewalFrom"] as? String == "2028-10-12")
        #expect(entry["expires"] as? String == "2029-01-10")
        #expect(entry["expiryEstimated"] as? Bool == true)
        #expect(entry["downloaded"] is NSNull)
    }

    /// Dates as a clerk types them; a role in Japanese; a wrong date is refused in Japanese.
    @Test func clerkDatesAndRoles() throws {
        let folder = Command.scratch("seikyu-certs")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let added = seikyu(["certs", "add", "--pc", "2号機", "--issued", "令和8年1月10日", "--downloaded", "2026/1/20",
                            "--expires", "2029-03-01", "--role", "オン資と兼用", "--data-dir", folder])
        #expect(added.status == 0, "\(added.errors)")
        let listed = seikyu(["certs", "list", "--data-dir", folder, "--now", "2029-01-10T09:00"])
        #expect(listed.output.contains("2号機（オン資と兼用）  発行 2026-01-10"), "\(listed.output)")
        #expect(listed.output.contains("有効期限は 2029-03-01 です（あと50日）"), "\(listed.output)")
        let wrong = seikyu(["certs", "add", "--pc", "3号機", "--issued", "2026-02-30", "--data-dir", folder])
        #expect(wrong.status == 2)
        #expect(wrong.errors.contains("2月30日はありません"), "\(wrong.errors)")
    }
}
