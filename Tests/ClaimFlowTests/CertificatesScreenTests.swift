@testable import ClaimFlow
import Testing

/// Issue 14, 2: the register screen — Up/Down pick a PC, Enter the value to correct, typed, then
/// confirmed, then recorded with an audit line; a draft is kept like the changes screen's.
@Suite struct CertificatesScreenTests {
    func day(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

    func onRegister() throws -> Driver {
        var driver = Driver(try shippedCatalog())
        driver.state.progress.addCertificate(pc: "1号機", role: .claims, issued: day("2026-01-10"))
        driver.state.progress.addCertificate(pc: "2号機", role: .claims, issued: day("2026-02-10"))
        let entry = try #require(MainMenu.items(driver.context.catalog).firstIndex(of: .certificates), "the menu lists the register")
        driver.send(.pick(entry + 1))
        return driver
    }

    @Test func theMenuEntryOpensTheRegister() throws {
        let driver = try onRegister()
        #expect(driver.state.progress.location == .certificates)
    }

    @Test func aDateIsTypedConfirmedAndRecorded() throws {
        var driver = try onRegister()
        driver.send(.moveDown, .accept)
        #expect(driver.state.progress.certificatesPlace.stage == .choosing(cursor: 0))
        driver.send(.pick(2))
        #expect(driver.state.progress.certificatesPlace.stage == .typing(.downloaded))
        driver.send(.insert("令和8年2月20日"))
        // Esc keeps the draft; the same value of the same PC starts from it again.
        driver.send(.back)
        #expect(driver.state.progress.certificatesPlace.stage == .list)
        driver.send(.accept, .pick(2))
        #expect(driver.state.progress.certificatesPlace.draft?.text == "令和8年2月20日")
        driver.send(.accept)
        #expect(driver.state.progress.certificatesPlace.stage == .confirming(.downloaded))
        #expect(driver.state.progress.certificates[1].downloaded == nil, "nothing recorded before the confirmation")
        driver.send(.accept)
        #expect(driver.state.progress.certificates[1].downloaded == day("2026-02-20"))
        #expect(driver.state.progress.certificates[0].downloaded == nil)
        #expect(driver.state.progress.certificatesPlace.stage == .list)
        #expect(driver.state.progress.certificatesPlace.draft == nil)
        #expect(driver.state.notice?.lines == ["「2号機」を直しました。", "ダウンロードした日: （なし） → 2026-02-20"])
        #expect(driver.effects.contains { if case .appendAudit(let entry) = $0 { return entry.flow == "certificates" && entry.item == "2" }; return false })
    }

    @Test func aDownloadBeforeTheIssueIsRefusedOnTheField() throws {
        var driver = try onRegister()
        driver.send(.accept, .pick(2), .insert("2026-01-01"), .accept)
        #expect(driver.state.progress.certificatesPlace.stage == .typing(.downloaded))
        #expect(driver.state.notice?.lines.joined().contains("ダウンロードした日（2026-01-01）が発行日（2026-01-10）より前です。") == true)
    }

    @Test func theRoleSwitchesAfterItsConfirmation() throws {
        var driver = try onRegister()
        driver.send(.accept, .pick(5))
        #expect(driver.state.progress.certificatesPlace.stage == .confirming(.role))
        driver.send(.accept)
        #expect(driver.state.progress.certificates[0].role == .sharedWithEligibility)
    }

    @Test func aAddsThroughTheFlowAndComesBack() throws {
        var driver = try onRegister()
        driver.send(.openFlow(.certificates))
        #expect(driver.openFlowID == "certificates")
        driver.send(.back)
        #expect(driver.state.progress.location == .certificates, "the flow's home is the register")
    }
}
