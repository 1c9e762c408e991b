@testable import ClaimScreens
import Testing

/// The compact cell grid (issue 19) writes most texts a scalar at a time; these check that the
/// short cuts give what Swift's own grapheme breaking and the width tables give.
@Suite struct CompactGridTests {
    /// Every scalar the short cut takes alone is one whole character next to any other such scalar.
    @Test func simpleScalarsAreWholeCharactersNextToEachOther() {
        let simple = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(SimpleScalar.standsAlone)
        // Pairs of every simple scalar with a sample of others (before and after): one character each.
        let samples: [Unicode.Scalar] = ["a", " ", "~", "\u{A0}", "é", "\u{2FF}", "\u{3000}", "、", "あ", "ゖ", "゛", "ア", "ヿ",
                                         "\u{3400}", "漢", "\u{9FFF}", "！", "ｱ", "ﾝ"]
        for scalar in simple {
            for other in samples {
                var text = String.UnicodeScalarView()
                text.append(scalar)
                text.append(other)
                text.append(scalar)
                #expect(String(text).count == 3, "U+\(String(scalar.value, radix: 16)) and U+\(String(other.value, radix: 16))")
            }
        }
    }

    /// Scalars just outside the short cut's ranges that join what is next to them stay out of it.
    @Test func joiningScalarsAreNotSimple() {
        for value: UInt32 in [0x0D, 0xAD, 0x300, 0x302A, 0x3030, 0x303D, 0x3099, 0x309A, 0xFF9E, 0xFF9F, 0x200D, 0xFE0F, 0x1100] {
            #expect(!SimpleScalar.standsAlone(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
    }

    /// The kana and kanji short cut in `DisplayWidth.of(scalar)` agrees with the generated tables.
    @Test func theWideShortCutAgreesWithTheTable() {
        for value in Array(0x3041...0x3096) + Array(0x30A1...0x30FA) + Array(0x4E00...0x9FFF) {
            #expect(DisplayWidth.isWide(UInt32(value)) && !DisplayWidth.isZeroWidth(UInt32(value)), "U+\(String(value, radix: 16))")
        }
    }

    /// A text measured scalar by scalar and character by character has the same width.
    @Test func textWidthIsTheSumOfItsCharacters() {
        for text in ["受領書 ABC １２ ｱｲ", "e\u{301}x", "👍🏽 と ①", "ｶﾞ", "\r\n", "請求\u{1B}", "〰〽"] {
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text)")
        }
    }

    /// A cluster (a letter with its accent, an emoji with its skin tone) is one cell and comes back whole.
    @Test func clustersKeepTheirScalars() {
        var grid = CellGrid(width: 10, height: 1)
        let end = grid.write("e\u{301}👍🏽ｶﾞ", row: 0, column: 0)
        #expect(end == 1 + 2 + 1) // ｶﾞ is one character: the sound mark joins its kana
        #expect(grid[0, 0].character == "e\u{301}")
        #expect(grid[0, 1].character == "👍🏽" && grid[0, 2].isContinuation)
        #expect(grid[0, 3].character == "ｶﾞ")
        #expect(grid.lines == ["e\u{301}👍🏽ｶﾞ"])
    }

    /// Two grids with the same cells are equal however their clusters were stored; the diff agrees.
    @Test func equalityLooksAtCellsNotStorage() {
        var a = CellGrid(width: 6, height: 1), b = CellGrid(width: 6, height: 1)
        a.write("👍🏽", row: 0, column: 0)
        a.write("e\u{301}", row: 0, column: 0) // the emoji's cluster stays stored, unused
        b.write("e\u{301}", row: 0, column: 0)
        #expect(a == b)
        #expect(a.updates(since: b).isEmpty)
        b.write("x", row: 0, column: 3)
        #expect(a != b)
        #expect(b.updates(since: a).map(\.column) == [3])
    }

    /// A grid written through the short cut and one written a character at a time are the same.
    @Test func theShortCutWritesWhatTheSlowPathWrites() {
        let texts = ["今日は 2026年12月1日(火) です。", "ABC ｱｲｳ　全角", "請求", "x", "ab e\u{301}漢 👍🏽 ｶﾞ 字", "①②"]
        var fast = CellGrid(width: 20, height: texts.count)
        var slow = CellGrid(width: 20, height: texts.count)
        for (row, text) in texts.enumerated() {
            // A zero-width space in front (a control: never drawn) sends the whole text down the character path.
            #expect(slow.write("\u{200B}" + text, row: row, column: 1, role: .info, limit: 18)
                        == fast.write(text, row: row, column: 1, role: .info, limit: 18))
        }
        #expect(fast.lines == slow.lines)
        #expect(fast == slow)
        // A text that leaves the short cut half-way is laid out as Swift's characters say.
        var mixed = CellGrid(width: 30, height: 1)
        mixed.write("ab e\u{301}漢 👍🏽 ｶﾞ 字", row: 0, column: 0)
        var drawn: [Character] = []
        for column in 0..<30 where !mixed[0, column].isContinuation { drawn.append(mixed[0, column].character) }
        #expect(Array("ab e\u{301}漢 👍🏽 ｶﾞ 字") == Array(drawn.prefix(11)))
    }
}

/// Issue 19: `write` goes scalar by scalar until a scalar that may join its neighbours, then writes
/// the text again by characters. Whatever the text and wherever it is clipped, the cells must be
/// those written by characters from the start (a reference written here cell by cell).
@Suite struct OnePassWriteTests {
    func byCharacters(_ text: String, column: Int, limit: Int, over background: String) -> CellGrid {
        var grid = CellGrid(width: 12, height: 1)
        grid.write(background, row: 0, column: 0, role: .dim)
        var x = column
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if x + w > limit { break }
            grid.write(String(character), row: 0, column: x, role: .title)
            x += w
        }
        return grid
    }

    @Test func clippedOrNotTheCellsAreThoseOfTheCharacters() {
        let texts = ["abc#\u{FE0F}", "ab#\u{FE0F}x", "あい\u{3099}う", "e\u{301}xyz", "ab☺\u{FE0F}", "漢字かな", "x👍🏽y", "abcdefghijklmn"]
        for text in texts {
            for limit in 1...12 {
                for background in ["", "ああああああ", "xxxxxxxxxxxx"] {
                    var grid = CellGrid(width: 12, height: 1)
                    grid.write(background, row: 0, column: 0, role: .dim)
                    grid.write(text, row: 0, column: 1, role: .title, limit: limit)
                    let reference = byCharacters(text, column: 1, limit: limit, over: background)
                    #expect(grid == reference, "\(text) limit \(limit) over \(background): \(grid.lines) \(reference.lines)")
                }
            }
        }
    }
}

/// Issue 19: a row's text is encoded to UTF-8 by hand into a buffer on the stack. Every length of
/// encoding (1 to 4 bytes) and the edges between them must give Swift's own UTF-8.
@Suite struct RowEncodingTests {
    @Test func everyScalarIsEncodedAsSwiftEncodesIt() {
        let edges: [UInt32] = [0x21, 0x7E, 0xA1, 0x7FF, 0x800, 0xFFFD, 0xD7FF, 0xE000, 0x10000, 0x1F600, 0x10FFFD]
        let values = edges + Array(stride(from: UInt32(0x21), through: 0x10FFFF, by: 97))
        for value in values {
            guard let scalar = Unicode.Scalar(value), DisplayWidth.of(scalar) > 0 else { continue }
            var grid = CellGrid(width: 6, height: 2)
            let text = "a" + String(Character(scalar)) + "z"
            grid.write(text, row: 1, column: 0)
            #expect(Array(grid.text.utf8) == Array(("\n" + text).utf8), "U+\(String(value, radix: 16))")
        }
    }
}
