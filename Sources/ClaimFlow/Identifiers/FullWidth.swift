/// Full-width (全角) ASCII creeps in through IME input and copy-paste (I3).
public enum FullWidth {
    /// `１２＠ｔｋ` → `12@tk`; the ideographic space becomes a plain space.
    public static func toHalfWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map(halfWidth)))
    }

    public static func isFullWidthASCII(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF01...0xFF5E).contains(scalar.value) || scalar.value == 0x3000
    }

    static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value == 0x3000 { return " " }
        if (0xFF01...0xFF5E).contains(scalar.value), let half = Unicode.Scalar(scalar.value - 0xFEE0) {
            return half
        }
        return scalar
    }
}
