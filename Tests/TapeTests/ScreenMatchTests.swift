import ClaimTapes
import Testing

/// `Expect` finds text by its UTF-8 bytes between whole Characters (issue 19): the same answers the
/// Character-by-Character search gave, on the screen as it is and across a line the layout wrapped.
@Suite struct ScreenMatchTests {
    @Test func textOnOneLineIsFound() {
        let lines = ["  確認済み 0 / 4", "  > [ ] 電子証明書の警告が出ない"]
        #expect(ScreenMatch.contains(lines: lines, "確認済み 0 / 4"))
        #expect(ScreenMatch.contains(lines: lines, "電子証明書の警告"))
        #expect(!ScreenMatch.contains(lines: lines, "確認済み 1 / 4"))
        #expect(ScreenMatch.contains(lines: lines, ""))
    }

    @Test func textAcrossAWrappedLineIsFound() {
        let japanese = ["  > [ ] 請求用端末が回線につながる（IPv6 の方は回線認証サイトで「認証済みで", "        す。」）"]
        #expect(ScreenMatch.contains(lines: japanese, "「認証済みです。」"))
        let english = ["  press the", "  Enter key"]
        #expect(ScreenMatch.contains(lines: english, "the Enter key"))
        #expect(!ScreenMatch.contains(lines: english, "the Exit key"))
    }

    /// Only whole Characters match, as before: a letter is not found inside a letter with a combining
    /// accent, nor an accent alone; the whole letter is.
    @Test func onlyWholeCharactersMatch() {
        let lines = ["Cafe\u{301} の窓口"]
        #expect(!ScreenMatch.contains(lines: lines, "Cafe の"))
        #expect(!ScreenMatch.contains(lines: lines, "Cafe"))
        #expect(!ScreenMatch.contains(lines: lines, "\u{301}"))
        #expect(ScreenMatch.contains(lines: lines, "Cafe\u{301}"))
        #expect(ScreenMatch.contains(lines: lines, "の窓口"))
    }
}
