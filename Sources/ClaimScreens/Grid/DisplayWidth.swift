/// How many terminal columns a character takes, computed in pure Swift (the screen layer must
/// not depend on curses or the C library's locale). The table is generated from the Unicode
/// data (DisplayWidthTable.swift, tools/generate-width-table.py): W, F and emoji presentation
/// are 2, marks and format characters 0. Ambiguous characters count 1, as glibc and tmux do —
/// and are kept out of the chrome, because many Japanese terminals draw them 2 wide.
public enum DisplayWidth {
    /// The Unicode version the table was generated from.
    public static var unicodeVersion: String { DisplayWidthTable.unicodeVersion }

    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 } // most cells
        var width = 0
        var first: Unicode.Scalar?
        for scalar in character.unicodeScalars {
            guard let base = first else {
                first = scalar
                width = of(scalar)
                continue
            }
            // Later scalars of a cluster add no columns, except that an emoji sequence is drawn
            // as one 2-column emoji: VS16 turns a text symbol into one (tmux widens any base),
            // and a pictograph joined (ZWJ) or given a skin tone is one too.
            if scalar.value == 0xFE0F { width = 2 }
            if isEmojiJoiner(scalar.value) && isExtendedPictographic(base) { width = 2 }
        }
        return width
    }

    public static func of(_ text: String) -> Int {
        // A text whose every scalar is a character of its own is measured a scalar at a time,
        // without grapheme breaking (issue 19: most of a frame's texts).
        var total = 0
        for scalar in text.unicodeScalars {
            guard SimpleScalar.standsAlone(scalar) else { return text.reduce(0) { $0 + of($1) } }
            total += of(scalar)
        }
        return total
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 } // Latin: no table needed
        // Kana and kanji, the most common wide characters, without the tables (WidthTests checks they agree).
        if (0x3041...0x3096).contains(v) || (0x30A1...0x30FA).contains(v) || (0x4E00...0x9FFF).contains(v) { return 2 }
        if isZeroWidth(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// East Asian Ambiguous (○ ※ ① ─ …): one column here, two on many Japanese terminals.
    public static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
        DisplayWidthTable.ambiguous.containsCodePoint(scalar.value)
    }

    static func isZeroWidth(_ v: UInt32) -> Bool { DisplayWidthTable.zeroWidth.containsCodePoint(v) }

    static func isWide(_ v: UInt32) -> Bool { DisplayWidthTable.wide.containsCodePoint(v) }

    static func isExtendedPictographic(_ scalar: Unicode.Scalar) -> Bool {
        DisplayWidthTable.extendedPictographic.containsCodePoint(scalar.value)
    }

    /// ZWJ and the skin-tone modifiers: what makes a pictograph and what follows one emoji.
    private static func isEmojiJoiner(_ v: UInt32) -> Bool { v == 0x200D || (0x1F3FB...0x1F3FF).contains(v) }
}

fileprivate extension Array where Element == UInt32 {
    /// True when `v` lies in one of the sorted [low, high] pairs of a generated table.
    func containsCodePoint(_ v: UInt32) -> Bool {
        var low = 0, high = count / 2 // pairs [low, high)
        while low < high {
            let middle = (low + high) / 2
            if v < self[2 * middle] {
                high = middle
            } else if v > self[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
