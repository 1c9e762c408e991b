/// The plain mode's own words (issue 18): what to type, in plain polite Japanese.
public enum PlainWords {
    public static let warningPrefix = "注意: "
    static let emptyField = "（未入力）"
    static let words = "戻る・ヘルプ・メニュー・終了"

    /// The last line of every screen: what may be typed here.
    public static func choices(_ reply: PlainScreen.Reply) -> String {
        switch reply {
        case .number(let count, let ticks, _) where ticks:
            return "入力: 番号（1〜\(count)）で印を付けるか外します。空の行で次へ進みます。\(words) も使えます。"
        case .number(let count, _, let current):
            // The full screen's highlight, said in words: an empty line is Enter on it.
            return "入力: 番号（1〜\(count)）を入力してください。空の行は \(current) 番です。\(words) も使えます。"
        case .text(let secret):
            return secret
                ? "入力: 入力して Enter を押してください（画面には出ません）。戻る・ヘルプ・メニュー・終了 も使えます。"
                : "入力: 入力して Enter を押してください。空の行は、いまの内容のまま進みます。\(words) も使えます。"
        case .goOn:
            return "入力: 空の行で次へ進みます。\(words) も使えます。"
        }
    }

    /// A line that is not an answer here, with what to type instead.
    public static func refusal(_ reply: PlainScreen.Reply) -> String {
        switch reply {
        case .number(let count, _, _):
            return "1 から \(count) までの番号か、\(words) のどれかを入力してください。"
        case .goOn:
            return "この画面は空の行で次へ進みます。ほかに \(words) が使えます。"
        case .text:
            return "入力して Enter を押してください。"
        }
    }

    /// Printed when standard input ends: progress is already saved.
    public static let endOfInput = "入力が終わりました。進み具合は保存してあります。"
    /// Printed after Ctrl+C or another signal: every accepted answer was saved when it was given.
    public static let interrupted = "中断しました。進み具合は保存してあります。"
}
