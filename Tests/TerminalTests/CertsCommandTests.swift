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

    /// Issue 14, 2: `certs edit` corrects only what it is given (dates as clerks type them), says
    /// what changed, refuses a download before the issue; an unknown name is answered in Japanese
    /// with the names there are.
    @Test func editChangesOnlyWhatIsGiven() throws {
        let folder = Command.scratch("seikyu-certs")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = seikyu(["certs", "add", "--pc", "1号機", "--issued", "2026-01-10", "--data-dir", folder])
        let edited = seikyu(["certs", "edit", "--pc", "1号機", "--downloaded", "令和8年1月20日", "--expires", "２０２９／１／９",
                             "--backed-up-on", "2026/1/21", "--role", "オン資と兼用", "--rename", "受付1号機", "--data-dir", folder])
        #expect(edited.status == 0, "\(edited.errors)")
        #expect(edited.output.contains("直しました: 「受付1号機」"), "\(edited.output)")
        #expect(edited.output.contains("ダウンロードした日: （なし） → 2026-01-20"), "\(edited.output)")
        #expect(edited.output.contains("有効期限: 2029-01-10（発行から3年の推定） → 2029-01-09"), "\(edited.output)")
        let listed = seikyu(["certs", "list", "--json", "--data-dir", folder, "--now", "2026-02-01T09:00"])
        let entry = try #require((try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])?.first, "\(listed)")
        #expect(entry["pc"] as? String == "受付1号機")
        #expect(entry["role"] as? String == "shared-with-eligibility")
        #expect(entry["issued"] as? String == "2026-01-10", "not given, not changed")
        #expect(entry["downloaded"] as? String == "2026-01-20")
        #expect(entry["expires"] as? String == "2029-01-09")
        #expect(entry["expiryEstimated"] as? Bool == false)
        #expect(entry["backedUpOn"] as? String == "2026-01-21")

        let early = seikyu(["certs", "edit", "--pc", "受付1号機", "--downloaded", "2026-01-01", "--data-dir", folder])
        #expect(early.status == 1)
        #expect(early.errors.contains("ダウンロードした日（2026-01-01）が発行日（2026-01-10）より前です。"), "\(early.errors)")
        let unknown = seikyu(["certs", "edit", "--pc", "2号機", "--issued", "2026-01-10", "--data-dir", folder])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("「2号機」という端末は登録されていません。登録されている端末: 「受付1号機」。"), "\(unknown.errors)")
        let nothing = seikyu(["certs", "edit", "--pc", "受付1号機", "--data-dir", folder])
        #expect(nothing.status == 2)
        #expect(nothing.errors.contains("直す内容を指定してください"), "\(nothing.errors)")
    }

    /// `certs remove` asks for --yes before it removes anything; an unknown name is refused in Japanese.
    @Test func removeNeedsItsConfirmation() throws {
        let folder = Command.scratch("seikyu-certs")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = seikyu(["certs", "add", "--pc", "1号機", "--issued", "2026-01-10", "--data-dir", folder])
        let unconfirmed = seikyu(["certs", "remove", "--pc", "1号機", "--data-dir", folder])
        #expect(unconfirmed.status == 1)
        #expect(unconfirmed.errors.contains("--yes を付けて"), "\(unconfirmed.errors)")
        #expect(seikyu(["certs", "list", "--data-dir", folder]).output.contains("1号機（請求用）"), "still there")
        let unknown = seikyu(["certs", "remove", "--pc", "9号機", "--yes", "--data-dir", folder])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("「9号機」という端末は登録されていません。"), "\(unknown.errors)")
        let removed = seikyu(["certs", "remove", "--pc", "1号機", "--yes", "--data-dir", folder])
        #expect(removed.status == 0, "\(removed.errors)")
        #expect(removed.output.contains("台帳から外しました: 「1号機」（請求用）"))
        #expect(seikyu(["certs", "list", "--data-dir", folder]).output.contains("端末は登録されていません"))
    }

    /// Issue 14 (clerk walk): `certs add` refuses what `certs edit` refuses, in the same words, an
    /// issue date after --now, and a name already registered (pointing at `certs edit`).
    @Test func addRefusesWhatEditRefuses() throws {
        let folder = Command.scratch("seikyu-certs")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let now = ["--data-dir", folder, "--now", "2026-03-10T09:00"]
        let early = seikyu(["certs", "add", "--pc", "1号機", "--issued", "2026-03-01", "--downloaded", "2026-02-28"] + now)
        #expect(early.status != 0)
        #expect(early.errors.contains("ダウンロードした日（2026-02-28）が発行日（2026-03-01）より前です。"), "\(early)")
        let expiry = seikyu(["certs", "add", "--pc", "1号機", "--issued", "2026-03-01", "--expires", "2026-02-01"] + now)
        #expect(expiry.status != 0)
        #expect(expiry.errors.contains("有効期限（2026-02-01）が発行日（2026-03-01）より前です。"), "\(expiry)")
        let future = seikyu(["certs", "add", "--pc", "1号機", "--issued", "2026-03-11"] + now)
        #expect(future.status != 0)
        #expect(future.errors.contains("発行日（2026-03-11）が今日（2026-03-10）より後です。"), "\(future)")
        #expect(seikyu(["certs", "add", "--pc", "1号機", "--issued", "2026-03-01"] + now).status == 0)
        let twice = seikyu(["certs", "add", "--pc", "1号機", "--issued", "2026-03-02"] + now)
        #expect(twice.status != 0)
        #expect(twice.errors.contains("「1号機」という名前の端末は、もう登録されています。"), "\(twice)")
        #expect(twice.errors.contains("seikyu certs edit --pc 1号機"), "\(twice)")
        let listed = seikyu(["certs", "list", "--json"] + now)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]], "\(listed)")
        #expect(entries.count == 1, "nothing refused was added")
        let edited = seikyu(["certs", "edit", "--pc", "1号機", "--issued", "2026-03-11"] + now)
        #expect(edited.errors.contains("発行日（2026-03-11）が今日（2026-03-10）より後です。"), "\(edited)")
    }
}
