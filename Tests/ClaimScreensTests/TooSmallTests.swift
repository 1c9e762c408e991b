import ClaimFlow
import ClaimRuntime
import ClaimScreens
import ClaimStore
import Testing

/// Issue 15: on the "too small" screen the clerk cannot see what a key would do, so keys do
/// nothing until the window is large enough again; quitting still works.
@Suite struct TooSmallTests {
    func session() throws -> Session {
        Session(catalog: try AssetFolder.loadFlows(from: assetsDirectory), store: nil, clock: { december3 }, width: 60, height: 20)
    }

    @Test func keysDoNothingUnseenAndTheScreenSaysSo() throws {
        let session = try session()
        for key: Key in [.down, .down, .enter, .character("2"), .escape] { _ = session.handle(key) }
        #expect(session.state.progress.location == .menu)
        #expect(session.state.progress.menuCursor == 0, "a Down on the small screen moved nothing")
        #expect(session.render().text.contains("キーは効きません"))
        _ = session.handle(.resize(width: 80, height: 24))
        _ = session.handle(.down)
        #expect(session.state.progress.menuCursor == 1, "once large enough, keys act again")
    }

    @Test func quittingStillWorks() throws {
        let session = try session()
        #expect(session.handle(.function(10)) == .quit)
    }
}
