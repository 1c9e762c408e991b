@testable import ClaimScreens
import Testing

/// Issue 16: arrows, Home/End and function keys in both forms, so a terminal that ignores
/// keypad mode does not turn Down into Esc.
@Suite struct EscapeSequenceTests {
    @Test(arguments: [("A", Key.up), ("B", .down), ("C", .right), ("D", .left), ("H", .home), ("F", .end)])
    func bothFormsOfAKeyAreKnown(letter: String, key: Key) {
        #expect(EscapeSequences.key(for: "\u{1B}[" + letter) == key)
        #expect(EscapeSequences.key(for: "\u{1B}O" + letter) == key)
    }

    @Test func everyFunctionKeyHasItsSequences() {
        for n in 1...12 {
            #expect(EscapeSequences.all.contains { $0.key == .function(n) && $0.bytes.hasSuffix("~") }, "F\(n)")
        }
        #expect(EscapeSequences.key(for: "\u{1B}OP") == .function(1))
        #expect(EscapeSequences.key(for: "\u{1B}[21~") == .function(10))
        #expect(EscapeSequences.key(for: "\u{1B}[24~") == .function(12))
        #expect(EscapeSequences.key(for: "\u{1B}[[A") == .function(1), "the Linux console")
    }

    @Test func noSequenceStandsForTwoKeys() {
        var seen: [String: Key] = [:]
        for (bytes, key) in EscapeSequences.all {
            #expect(seen[bytes] == nil || seen[bytes] == key, "\(bytes.debugDescription)")
            seen[bytes] = key
        }
    }
}
