@testable import ClaimFlow
@testable import ClaimScreens
import ClaimStore
import Testing

/// Issue 19: a window keeps its last snapshot of today between frames. Whenever the clock or a
/// record `Today` reads changes, the frame drawn with the memo must be the frame drawn without it.
@Suite struct TodayMemoTests {
    let expiringInMarch = Certificate(id: 1, pc: "1号機", issued: CivilDate(parsing: "2026-03-01")!, downloaded: CivilDate(parsing: "2026-03-05")!,
                                      expiresOnNotice: CivilDate(parsing: "2029-03-01")!)

    func frames(_ state: AppState, at moment: String, memo: TodayMemo) throws -> (withMemo: [String], without: [String]) {
        let context = ViewContext(catalog: try AssetFolder.loadFlows(from: assetsDirectory), now: LocalDateTime(parsing: moment)!,
                                  rules: try AssetFolder.loadRules(from: assetsDirectory),
                                  desks: try AssetFolder.loadDesks(from: assetsDirectory), revealAllowed: false)
        return (Layout.render(Views.screen(for: state, context, memo: memo), width: 80, height: 24).lines,
                Layout.render(Views.screen(for: state, context), width: 80, height: 24).lines)
    }

    @Test func theFrameFollowsTheClock() throws {
        let memo = TodayMemo()
        var state = AppState()
        state.progress.certificates = [expiringInMarch]
        let tenth = try frames(state, at: "2029-01-10T09:00", memo: memo)
        #expect(tenth.withMemo == tenth.without)
        #expect(tenth.withMemo.joined().contains("あと50日"))
        let twentieth = try frames(state, at: "2029-01-20T09:00", memo: memo)
        #expect(twentieth.withMemo == twentieth.without)
        #expect(twentieth.withMemo.joined().contains("あと40日"), "\(twentieth.withMemo.joined(separator: "\n"))")
    }

    /// The header's clock is remembered per minute: the next minute shows the next minute.
    @Test func theClockFollowsTheMinute() throws {
        let memo = TodayMemo()
        let first = try frames(AppState(), at: "2026-12-03T09:00", memo: memo)
        #expect(first.withMemo[0].contains("09:00"))
        let next = try frames(AppState(), at: "2026-12-03T09:01", memo: memo)
        #expect(next.withMemo == next.without)
        #expect(next.withMemo[0].contains("09:01"), "\(next.withMemo[0])")
    }

    @Test func theFrameFollowsTheRecords() throws {
        let memo = TodayMemo()
        var state = AppState()
        state.progress.certificates = [expiringInMarch]
        let with = try frames(state, at: "2029-01-10T09:00", memo: memo)
        #expect(with.withMemo.joined().contains("電子証明書の有効期限"))
        state.progress.certificates = []
        let without = try frames(state, at: "2029-01-10T09:00", memo: memo)
        #expect(without.withMemo == without.without)
        #expect(!without.withMemo.joined().contains("電子証明書の有効期限"))
    }

    @Test func aCursorMoveKeepsTheSnapshotAndTheFrame() throws {
        let memo = TodayMemo()
        var state = AppState()
        state.progress.certificates = [expiringInMarch]
        _ = try frames(state, at: "2029-01-10T09:00", memo: memo)
        state.progress.menuCursor = 1
        let moved = try frames(state, at: "2029-01-10T09:00", memo: memo)
        #expect(moved.withMemo == moved.without)
        #expect(Today.readsTheSame(state.progress, AppState().progress.withCertificates([expiringInMarch])))
    }
}

private extension SavedProgress {
    func withCertificates(_ certificates: [Certificate]) -> SavedProgress {
        var progress = self
        progress.certificates = certificates
        return progress
    }
}
