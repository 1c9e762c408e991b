@testable import ClaimFlow
@testable import ClaimScreens
import ClaimStore
import Testing

/// Issue 14: a certificate's renewal reminder reaches the main screen's warnings, drawn at 80x24.
@Suite struct CertificateReminderScreenTests {
    func menu(at moment: String, _ certificates: [Certificate]) throws -> String {
        let catalog = try AssetFolder.loadFlows(from: assetsDirectory)
        let context = ViewContext(catalog: catalog, now: LocalDateTime(parsing: moment)!, rules: try AssetFolder.loadRules(from: assetsDirectory),
                                  desks: try AssetFolder.loadDesks(from: assetsDirectory), revealAllowed: false)
        var state = AppState()
        state.progress.certificates = certificates
        return Layout.render(Views.screen(for: state, context), width: 80, height: 24).lines.joined().filter { !$0.isWhitespace }
    }

    let expiringInMarch = Certificate(id: 1, pc: "1号機", issued: CivilDate(parsing: "2026-03-01")!, downloaded: CivilDate(parsing: "2026-03-05")!,
                                      expiresOnNotice: CivilDate(parsing: "2029-03-01")!)

    /// The acceptance case: expiring 2029-03-01, the main screen on 2029-01-10.
    @Test func renewalReminderOnTheMainScreen() throws {
        let screen = try menu(at: "2029-01-10T09:00", [expiringInMarch])
        #expect(screen.contains("「1号機」の電子証明書の有効期限は2029-03-01です（あと50日）"), "\(screen)")
        #expect(screen.contains("支払基金に問い合わせてください"))
        // S0: the 10th is in the change freeze; the reminder says to wait for its end, never "now".
        #expect(screen.contains("入れ替えは2029年1月13日(土)以降にしてください"), "\(screen)")
    }

    @Test func outsideTheFreezeNoWaiting() throws {
        let screen = try menu(at: "2029-01-20T09:00", [expiringInMarch])
        #expect(screen.contains("有効期限は2029-03-01です（あと40日）"), "\(screen)")
        #expect(!screen.contains("入れ替えは"))
    }

    @Test func nothingWhileTheExpiryIsFarOff() throws {
        #expect(!(try menu(at: "2028-11-30T09:00", [expiringInMarch])).contains("電子証明書の有効期限"))
    }
}
