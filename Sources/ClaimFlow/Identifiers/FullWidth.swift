/// Full-width (全角) ASCII creeps in through IME input and copy-paste (I3).
public enum FullWidth {
    /// `１２＠ｔｋ` → `12@tk`; the ideographic space becomes a plain space.
    public static func toHalfWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map(halfWidth)))
    }

    /// ー (long vowel), ‐ ‑ ‒ – — ― (dashes), − (minus), ｰ (half-width long vowel), ﹣: what an IME
    /// gives for the hyphen in a date or a phone number.
    public static func isDashLike(_ scalar: Unicode.Scalar) -> Bool {
        dashes.contains(scalar.value)
    }

    private static let dashes: Set<UInt32> = [0x30FC, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFF70, 0xFE63]

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
