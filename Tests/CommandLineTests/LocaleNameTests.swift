@testable import TerminalShell
import Testing

/// Issue 19: the terminal tells a UTF-8 locale by a byte search of its own; a non-UTF-8 one is still
/// replaced by C.UTF-8, or every Japanese character would be dropped.
@Suite struct LocaleNameTests {
    @Test(arguments: ["C.UTF-8", "ja_JP.utf8", "en_US.UTF-8", "ja_JP.UTF-8@cjknarrow", "utf8"])
    func aUTF8LocaleIsKept(_ name: String) { #expect(Terminal.namesUTF(name)) }

    @Test(arguments: ["C", "POSIX", "ja_JP.eucJP", "ja_JP.SJIS", "", "UT", "en_US.ISO-8859-1"])
    func anotherIsReplaced(_ name: String) { #expect(!Terminal.namesUTF(name)) }
}
