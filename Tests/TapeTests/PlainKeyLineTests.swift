@testable import ClaimTapes
import ClaimScreens
import Testing

/// Issue 19: a line that is only a key's name is read by a short cut over its bytes, and lines are
/// split on bytes. Both must give what the full reading gives.
@Suite struct PlainKeyLineTests {
    /// Every line the short cut takes reads as the full grammar reads it; every other line is left to it.
    @Test func theShortCutReadsAKeyLineAsTheGrammarDoes() throws {
        let lines = KeyNames.allNames + ["Down", "Ctrl+C", "Ctrl+z", "F1", "F12", "F13", "F0", "down", "Enter 3", "Down@100ms",
                                         "Down # back", "Restart", "Hide", "Show", "Type", "Sleep", "Ctrl+", "Shift+Tab", "Esc"]
        var taken = 0
        for line in lines {
            let full = try? TapeParser.parsed(line)
            guard let quick = TapeParser.plainKey(Substring(line)) else {
                // Left to the full reading: fine whatever it says.
                continue
            }
            taken += 1
            guard case .command(let command, let speed) = full else {
                Issue.record("\(line): the short cut read a key the grammar does not")
                continue
            }
            #expect(quick == command && speed == nil, "\(line)")
        }
        #expect(taken >= KeyNames.allNames.count - 1) // all but the "Ctrl+X" pattern's own name
        #expect(TapeParser.plainKey("Enter 3") == nil)
        #expect(TapeParser.plainKey("Down@100ms") == nil)
        #expect(TapeParser.plainKey("F13") == nil)
    }

    /// "\n", "\r\n" and a lone "\r" end a line; empty lines count, so line numbers stay the file's.
    @Test func linesSplitOnEveryLineBreakAsCharactersWould() {
        let text = "Down\r\nUp\rType \"あ\"\n\nExpect \"受\u{301}\"\r\r\nEnd"
        let byCharacters = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        #expect(TapeParser.rawLines(of: text) == byCharacters)
        #expect(TapeParser.rawLines(of: text).count == 7)
        #expect(TapeParser.rawLines(of: "") == [""])
        #expect(TapeParser.rawLines(of: "Down\n") == ["Down", ""])
        let tape = TapeParser.read("Env SEIKYU_NOW 2026-12-03T09:00\r\nDown\rUp\n\nF10", file: "t.tape").0
        #expect(tape.lines.map(\.number) == [1, 2, 3, 5])
        #expect(tape.lines.dropFirst().map(\.command) == [.key(.down, count: 1), .key(.up, count: 1), .key(.function(10), count: 1)])
    }
}
