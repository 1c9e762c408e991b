/// The plain mode's own words (issue 18): what to type, in plain polite Japanese.
public enum PlainWords {
    public static let warningPrefix = "注意: "
    static let emptyField = "（未入力）"
    static let words = "戻る・ヘルプ・メニュー・終了"

    /// The last line of every screen: what may be typed here.
    /// `letters`: the screen's own letter keys, said after the numbers (a（追加）・p（延期）…).
    public static func choices(_ reply: PlainScreen.Reply, letters: [PlainLetter] = []) -> String {
        let line = choicesWithoutLetters(reply)
        guard !letters.isEmpty, reply != .text(secret: false), reply != .text(secret: true) else { return line }
        return line + lettersSentence(letters)
    }

    /// The numbers there are: 「1〜8」, or 「1」 for a list of one.
    static func range(_ count: Int) -> String { count == 1 ? "1" : "1〜\(count)" }

    static func lettersSentence(_ letters: [PlainLetter]) -> String {
        letters.map(\.shown).joined(separator: "・") + " も入力できます。"
    }

    static func choicesWithoutLetters(_ reply: PlainScreen.Reply) -> String {
        switch reply {
        case .number(let count, let ticks, _) where ticks:
            return "入力: 番号（\(range(count))）で印を付けるか外します。空の行で次へ進みます。\(words) も使えます。"
        case .number(let count, _, let current):
            // The full screen's highlight, said in words: an empty line is Enter on it.
            return "入力: 番号（\(range(count))）を入力してください。空の行は \(current) 番です。\(words) も使えます。"
        case .text(let secret):
            return secret
                ? "入力: 入力して Enter を押してください（画面には出ません）。戻る・ヘルプ・メニュー・終了 も使えます。"
                : "入力: 入力して Enter を押してください。空の行は、いまの内容のまま進みます。\(words) も使えます。"
        case .goOn:
            return "入力: 空の行で次へ進みます。\(words) も使えます。"
        }
    }

    /// A line that is not an answer here, with what to type instead.
    public static func refusal(_ reply: PlainScreen.Reply, letters: [PlainLetter] = []) -> String {
        let line = refusalWithoutLetters(reply)
        guard !letters.isEmpty, reply != .text(secret: false), reply != .text(secret: true) else { return line }
        return line + lettersSentence(letters)
    }

    static func refusalWithoutLetters(_ reply: PlainScreen.Reply) -> String {
        switch reply {
        case .number(let count, _, _):
            return (count == 1 ? "番号 1 " : "1 から \(count) までの番号") + "か、\(words) のどれかを入力してください。"
        case .goOn:
            return "この画面は空の行で次へ進みます。ほかに \(words) が使えます。"
        case .text:
            return "入力して Enter を押してください。"
        }
    }

    /// An empty line picked the highlighted row: said back (`row` is 「1. エラーなく受け付けられた」).
    static func chosen(_ row: String) -> String { row + " を選びました。" }

    /// A line longer than the field takes: the full screen's words, and the line is not used (the
    /// full screen keeps the cut text in view; a plain line would accept it unseen).
    public static func tooLong(_ limit: Int) -> String {
        warningPrefix + "入力できるのは\(limit)文字までです。この入力は使っていません。\(limit)文字以内で、もう一度入力してください。"
    }

    /// The help screen's key list, in the words plain mode takes instead (no F2, F10 or Ctrl+L here).
    static let helpWords = [
        "入力の仕方",
        "  番号      項目を選ぶ（印を付ける一覧では、印を付ける・外す）",
        "  空の行    決める・次へ進む（入力欄では、いまの内容のまま）",
        "  戻る      1つ前の手順に戻る（入力した内容は残ります）",
        "  ヘルプ    この説明を出す",
        "  メニュー  メインメニューへ",
        "  終了      終了する（進み具合は自動で保存されています）",
        "  入力欄では、文字を入力して Enter を押します。",
    ]

    /// The standard sentences about keys (from flows and screens), said as what to type in plain
    /// mode. Applied in order, longest first, so a whole sentence wins over its parts.
    static let keySentences: [(keys: String, plain: String)] = [
        ("番号を押すか、上下キーで選んで Enter を押してください", "番号を入力してください"),
        ("を上下キーで選んで Enter を押すか、一番上の行で Enter を押して完了してください", "の番号を入力するか、1 を入力して完了してください"),
        ("上下キーで選んで Enter を押してください", "番号を入力してください"),
        ("上下キーで選び、Enter を押してください", "番号を入力してください"),
        ("上下キーで選び、Enter で決めます", "番号を入力して決めます"),
        ("上下キーで端末を選び、Enter で", "端末の番号を入力して、"),
        ("上下キーで変更を選び、Enter で", "変更の番号を入力して、"),
        ("上下キーで選んで Enter", "番号を入力"),
        ("左右キーで月を変えます", "「前の月」「次の月」で月を変えます"),
        ("上下キーと PageUp・PageDown で読み進めます", "全文を続けて出しています"),
        ("Space で印を付け", "番号を入力して印を付け"),
        ("（F3 で表示と非表示を切り替えます）", ""),
        ("Esc か F1 を押してください", "「戻る」と入力してください"),
        ("F10 か q を押してください", "「終了」と入力してください"),
        ("F2 でメニューに戻り", "「メニュー」と入力してメニューに戻り"),
        ("Esc で", "「戻る」で"),
        ("a を押すと", "a か「追加」と入力すると"),
        // The key guides of the certificates and changes lists.
        ("上下 端末を選ぶ  Enter 直す項目を選ぶ", "番号 端末を選んで直す項目を選ぶ"),
        ("Enter 何をするか選ぶ", "番号 変更を選んで何をするか選ぶ"),
        ("Esc メニューへ", "戻る メニューへ"),
    ]

    /// `text` with its key sentences said in plain mode's words.
    static func plainSentences(_ text: String) -> String {
        // The space that sets a key name apart from Japanese goes with the key.
        keySentences.reduce(text) { $0.replacing(" " + $1.keys, with: $1.plain).replacing($1.keys, with: $1.plain) }
    }

    /// Printed when standard input ends: progress is already saved.
    public static let endOfInput = "入力が終わりました。進み具合は保存してあります。"
    /// Printed after Ctrl+C or another signal: every accepted answer was saved when it was given.
    public static let interrupted = "中断しました。進み具合は保存してあります。"
}
