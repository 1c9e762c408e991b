/// Key hints, most important first (the layout drops from the end when the line is full).
/// Arrows are written as words: ↑↓ are East Asian Ambiguous and shift columns on some terminals.
enum Hints {
    static func menu(count: Int) -> [KeyHint] {
        [KeyHint("Enter", "開く"), KeyHint("上下", "選ぶ"), KeyHint("1-\(count)", "番号で選ぶ"),
         KeyHint("F1", "ヘルプ"), KeyHint("F10/q", "終了")]
    }
    static let info = [KeyHint("Enter", "次へ"), KeyHint("Esc", "戻る"), KeyHint("F1", "ヘルプ"),
                       KeyHint("F2", "メニュー"), KeyHint("F10/q", "終了")]
    static let checklist = [KeyHint("Space", "印を付ける/外す"), KeyHint("Enter", "次へ"), KeyHint("Esc", "戻る"),
                            KeyHint("上下", "選ぶ"), KeyHint("F1", "ヘルプ"), KeyHint("F2", "メニュー"), KeyHint("F10", "終了")]
    static let choice = [KeyHint("Enter", "決定"), KeyHint("上下", "選ぶ"), KeyHint("Esc", "戻る"),
                         KeyHint("F1", "ヘルプ"), KeyHint("F2", "メニュー"), KeyHint("F10/q", "終了")]
    static let text = [KeyHint("Enter", "決定"), KeyHint("BS", "1字消す"), KeyHint("Esc", "戻る"),
                       KeyHint("F1", "ヘルプ"), KeyHint("F2", "メニュー"), KeyHint("F10", "終了")]
    static let identifier = [KeyHint("Enter", "決定"), KeyHint("F5", "半角に直す"), KeyHint("BS", "1字消す"),
                             KeyHint("Esc", "戻る"), KeyHint("F1", "ヘルプ"), KeyHint("F10", "終了")]
    static let secret = [KeyHint("Enter", "決定"), KeyHint("F3", "表示/隠す"), KeyHint("Esc", "戻る"),
                         KeyHint("F1", "ヘルプ"), KeyHint("F10", "終了")]
    static let confirm = [KeyHint("Enter", "確定"), KeyHint("Esc", "戻って直す"), KeyHint("F1", "ヘルプ"),
                          KeyHint("F2", "メニュー"), KeyHint("F10/q", "終了")]
    static let summary = [KeyHint("Enter", "完了"), KeyHint("Esc", "戻る"), KeyHint("F1", "ヘルプ"),
                          KeyHint("F2", "メニュー"), KeyHint("F10/q", "終了")]
    static let help = [KeyHint("Esc", "閉じる"), KeyHint("F1", "閉じる"), KeyHint("F10", "終了")]
    static let calendar = [KeyHint("左右", "月を変える"), KeyHint("e", "延長を記録"), KeyHint("Esc", "メニューへ"), KeyHint("F1", "ヘルプ"),
                           KeyHint("F10/q", "終了")]
}
