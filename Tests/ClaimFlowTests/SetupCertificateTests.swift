@testable import ClaimFlow
import Testing

/// Issue 14, 1: the setup flow fills the certificate register (domain "Setup", certificates [S2]):
/// the claim PC's name, the notice's issue date, the download date and the shared-PC answer make
/// one entry, updated (never doubled) when they are answered again.
@Suite struct SetupCertificateTests {
    func day(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

    /// The shipped setup walked on IP-VPN (IPv6) up to the certificate's issue date.
    func setupToTheIssueDate(shared: String) throws -> Driver {
        var driver = Driver(try shippedCatalog())
        driver.open("setup")
        driver.next(on: "intro")
        driver.type("さくら内科クリニック", on: "clinic-name")
        driver.type("03-1234-5678", on: "clinic-phone")
        driver.choose("medical", on: "score-table")
        driver.choose("have-code", on: "code-status")
        driver.type("0110113719", on: "clinic-code")
        driver.type("2027-04-01", on: "designation")
        driver.choose("ipvpn-v6", on: "line-type")
        driver.choose(shared, on: "shared-pc")
        driver.next(on: "timeline")
        driver.tick(on: "equipment")
        driver.tick(on: "applications")
        driver.next(on: "tools")
        driver.type("さくら1号機", on: "claim-pc-name")
        #expect(driver.state.progress.certificates.isEmpty, "no entry before the issue date")
        driver.type("2026/11/20", on: "claim-certificate-issued")
        return driver
    }

    @Test func theIssueDateAddsTheClaimPC() throws {
        let driver = try setupToTheIssueDate(shared: "shared-no-cert")
        let entries = driver.state.progress.certificates
        #expect(entries.count == 1)
        #expect(entries.first?.pc == "さくら1号機")
        #expect(entries.first?.issued == day("2026-11-20"))
        #expect(entries.first?.role == .sharedWithEligibility, "S2: shared with オン資")
        #expect(entries.first?.fromSetup == true)
        #expect(entries.first?.downloaded == nil)
        #expect(driver.state.notice?.lines.joined().contains("「さくら1号機」（オン資と兼用）を「端末と電子証明書」に記録しました") == true)
    }

    @Test func aSeparatePCIsForClaims() throws {
        let driver = try setupToTheIssueDate(shared: "separate")
        #expect(driver.state.progress.certificates.map(\.role) == [.claims])
    }

    @Test func theDownloadDateFollowsTheCertificatesStep() throws {
        var driver = try setupToTheIssueDate(shared: "separate")
        driver.tick(on: "line-auth")
        driver.tick(on: "certificates")
        driver.type("2026-11-25", on: "claim-certificate-downloaded")
        driver.expectStep("connectivity")
        #expect(driver.state.progress.certificates.map(\.downloaded) == [day("2026-11-25")])
    }

    @Test func answeringAgainUpdatesTheSameEntry() throws {
        var driver = try setupToTheIssueDate(shared: "separate")
        driver.send(.back)
        driver.type("2026/11/21", on: "claim-certificate-issued")
        driver.send(.back, .back)
        driver.type("受付の端末", on: "claim-pc-name")
        let entries = driver.state.progress.certificates
        #expect(entries.count == 1, "updated, never doubled")
        #expect(entries.first?.pc == "受付の端末")
        #expect(entries.first?.issued == day("2026-11-21"))
    }

    @Test func anEntryOfTheSameNameIsAdoptedNotDoubled() throws {
        var driver = try setupToTheIssueDate(shared: "separate")
        driver.state.progress.certificates = []
        driver.state.progress.addCertificate(pc: "さくら1号機", role: .claims, issued: day("2026-11-01"), backedUpOn: day("2026-11-02"))
        driver.send(.back)
        driver.type("2026/11/20", on: "claim-certificate-issued")
        let entries = driver.state.progress.certificates
        #expect(entries.count == 1)
        #expect(entries.first?.issued == day("2026-11-20"))
        #expect(entries.first?.backedUpOn == day("2026-11-02"), "what setup does not ask stays")
    }
}
