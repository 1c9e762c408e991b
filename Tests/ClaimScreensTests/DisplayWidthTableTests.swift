@testable import ClaimScreens
import Foundation
import Testing

/// Issue 16, 8: the width table comes from the Unicode data, and emoji sequences measure as
/// the terminal draws them, so nothing after them bleeds one column over.
@Suite struct DisplayWidthTableTests {
    @Test func pinnedCodePoints() {
        #expect(DisplayWidth.of("あ" as Character) == 2)
        #expect(DisplayWidth.of("漢" as Character) == 2)
        #expect(DisplayWidth.of("ｱ" as Character) == 1) // half-width katakana
        #expect(DisplayWidth.of("Ａ" as Character) == 2) // full-width letter
        #expect(DisplayWidth.of("\u{3000}" as Character) == 2) // ideographic space
        #expect(DisplayWidth.of("𠀋" as Character) == 2) // plane 2
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("\u{200B}" as Character) == 0) // zero width space
        #expect(DisplayWidth.of("か\u{3099}" as Character) == 2) // combining voiced mark adds nothing
    }

    /// ○ is East Asian Ambiguous: one column (glibc, tmux), and flagged so the chrome test keeps it out.
    @Test func ambiguousCountsOneAndIsKnownAsAmbiguous() {
        for symbol in ["○", "※", "①", "─", "→", "×"] as [Unicode.Scalar] {
            #expect(DisplayWidth.of(symbol) == 1, "\(symbol)")
            #expect(DisplayWidth.isAmbiguous(symbol), "\(symbol)")
        }
        #expect(!DisplayWidth.isAmbiguous("あ"))
        #expect(!DisplayWidth.isAmbiguous("A"))
    }

    @Test(arguments: [
        "\u{2764}\u{FE0F}",                                 // ❤️ heart + VS16
        "\u{260E}\u{FE0F}",                                 // ☎️
        "\u{0031}\u{FE0F}\u{20E3}",                         // 1️⃣ keycap
        "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",      // family (ZWJ)
        "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",               // rainbow flag (VS16 + ZWJ)
        "\u{2764}\u{200D}\u{1F525}",                        // heart on fire without VS16 (ZWJ)
        "\u{261D}\u{1F3FD}",                                // text-style finger + skin tone
        "\u{1F1EF}\u{1F1F5}",                               // 🇯🇵 flag (regional indicators)
    ])
    func emojiSequencesTakeTwoColumns(sequence: String) {
        #expect(sequence.count == 1, "one grapheme cluster")
        #expect(DisplayWidth.of(sequence) == 2, "\(sequence.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    /// The text symbol alone stays one column, as the terminal draws it without VS16.
    @Test func aTextSymbolWithoutSelectorIsOneColumn() {
        #expect(DisplayWidth.of("\u{2764}" as Character) == 1)
        #expect(DisplayWidth.of("\u{260E}" as Character) == 1)
    }

    /// A row with an emoji sequence fills exactly its width: nothing bleeds into the next cell.
    @Test func aLineWithEmojiSequencesFitsItsGrid() {
        let text = "連絡先\u{260E}\u{FE0F}: \u{2764}\u{FE0F}\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}終"
        #expect(DisplayWidth.of(text) == 6 + 2 + 2 + 2 + 2 + 2)
    }

    static let unicodeFolder = "/usr/share/unicode"
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The committed table is what the generator makes from the installed Unicode data
    /// (`.ci/packages --test` installs unicode-data).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: unicodeFolder + "/EastAsianWidth.txt")))
    func theCommittedTableIsWhatTheGeneratorWrites() throws {
        let repository = Self.repository
        let generated = FileManager.default.temporaryDirectory.appendingPathComponent("width-\(UUID().uuidString).swift").path
        defer { try? FileManager.default.removeItem(atPath: generated) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repository.appendingPathComponent("tools/generate-width-table.py").path,
                             "--unicode", Self.unicodeFolder, "--output", generated]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let committed = try String(contentsOf: repository.appendingPathComponent("Sources/ClaimScreens/Grid/DisplayWidthTable.swift"), encoding: .utf8)
        let fresh = try String(contentsOfFile: generated, encoding: .utf8)
        #expect(fresh == committed, "run tools/generate-width-table.py and commit the result")
        #expect(committed.contains("Unicode \(DisplayWidth.unicodeVersion)"))
    }
}
