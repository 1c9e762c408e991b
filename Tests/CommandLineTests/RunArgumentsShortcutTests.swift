import ArgumentParser
@testable import seikyu
import Testing

/// Issue 19: the everyday start skips the library's reflection; what it reads must be exactly what the
/// library reads, and everything else must still go to the library (its errors and help in Japanese).
@Suite struct RunArgumentsShortcutTests {
    static let everyday: [[String]] = [
        [], ["run"], ["--plain"], ["--demo"], ["--demo", "--plain"], ["run", "--demo"],
        ["--data-dir", "/tmp/クリニック"], ["--data-dir=/tmp/a b"], ["--now", "2026-12-09T10:00"], ["--now=2026-12-09T10:00"],
        ["--assets", "Assets", "--data-dir", "d", "--now", "2026-12-03T09:00"],
        ["run", "--plain", "--assets=A", "--demo", "--now", "2027-01-05T08:30", "--data-dir", "x=y"],
    ]

    @Test(arguments: everyday)
    func readsWhatTheLibraryReads(_ arguments: [String]) throws {
        let quick = try #require(RunArgumentsShortcut.start(arguments))
        let parsed = try #require(try Seikyu.parseAsRoot(arguments) as? RunCommand)
        #expect(quick.settings.dataDir == parsed.options.dataDir)
        #expect(quick.settings.now == parsed.options.now)
        #expect(quick.settings.assets == parsed.options.assets)
        #expect(quick.settings.plain == parsed.options.plain)
        #expect(quick.demo == parsed.demo)
    }

    static let forTheLibrary: [[String]] = [
        ["--help"], ["-h"], ["help"], ["--version"], ["status"], ["play", "a.tape"], ["run", "run"], ["--data-dir"],
        ["--data-dir", "a", "--data-dir", "b"], ["--plain", "--plain"], ["--now", "-1"], ["--now="], ["--data-dir", "status"],
        ["--verbose"], ["-d", "x"], ["--generate-completion-script", "bash"], ["calendar", "2027"], ["--data-dir", "x", "run"],
    ]

    @Test(arguments: forTheLibrary)
    func leavesEverythingElseToTheLibrary(_ arguments: [String]) {
        #expect(RunArgumentsShortcut.start(arguments) == nil)
    }

    @Test func knowsEveryCommandName() {
        #expect(RunArgumentsShortcut.commandNames == Set(Seikyu.subcommands.map { $0._commandName } + ["help"]))
    }
}
