import ClaimFlow
@testable import ClaimTapes
import Foundation
import Testing

/// Issue 19: the program trims typed text and tape lines without Foundation; what it trims must stay
/// exactly what `trimmingCharacters(in: .whitespaces)` trimmed (tab and Unicode's space separators).
@Suite struct SpaceTrimmingTests {
    @Test(arguments: ["", " ", "\t\t", "Expect \"a\"", "  Enter  ", "\tType \"x y\"\t", "\u{3000}Down 3\u{3000}",
                      "\u{00A0}Wait /受領書/ ", " \u{2003}Snapshot menu\u{202F}", "Type \" \"", "\u{200B}Enter",
                      "e\u{301} ", " \u{301}x"])
    func trimsWhatFoundationTrimmed(_ line: String) {
        #expect(line.trimmingSpaces == line.trimmingCharacters(in: .whitespaces))
        #expect(line[...].trimmingSpaces == line.trimmingCharacters(in: .whitespaces))
    }

    /// Every character of the Basic Multilingual Plane, alone and around a word.
    @Test func everyBMPCharacterIsTrimmedAsFoundationDoes() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), value >= 0x20 || value == 0x09 else { continue }
            let line = String(scalar) + "Enter" + String(scalar)
            #expect(line.trimmingSpaces == line.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        }
    }

    @Test func aLineIndentedWithAFullWidthSpaceStillParses() throws {
        let tape = try TapeParser.parse("\u{3000}Expect \"メインメニュー\"\u{3000}\n\tDown 3", file: "t.tape")
        #expect(tape.lines.map(\.command) == [.expect("メインメニュー"), .key(.down, count: 3)])
    }
}
