/// Issue 16: what the command line prints includes text people typed (a change's note, a memo,
/// a clinic name); an ESC sequence in it would drive the terminal (move the cursor, retitle the
/// window, hide the lines after it). Every `print` in this module goes through here, so control
/// characters are shown, never obeyed: ESC as `^[`, other C0 and DEL in caret form, C1 and
/// bidirectional overrides as U+FFFD. Newline and tab stay as they are. JSON output is
/// already escaped by the encoder and passes unchanged.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { String(describing: $0) }.joined(separator: separator)
    Swift.print(NeutralOutput.neutralised(text), terminator: NeutralOutput.neutralised(terminator))
}

enum NeutralOutput {
    static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsNeutralising) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: out.append(scalar)
            case 0x00..<0x20: out.append(contentsOf: "^".unicodeScalars); out.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            case 0x7F: out.append(contentsOf: "^?".unicodeScalars)
            default:
                if needsNeutralising(scalar) { out.append("\u{FFFD}") } else { out.append(scalar) }
            }
        }
        return String(out)
    }

    private static func needsNeutralising(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true // bidirectional embeddings and overrides
        default: return false
        }
    }
}
