import ClaimFlow

/// Key hints, most important first (the layout drops from the end when the line is full).
/// Arrows are written as words: ↑↓ are East Asian Ambiguous and shift columns on some terminals.
/// Key names are keys; what each does is worded by the screen catalog.
enum Hints {
    static func hint(_ key: String, _ action: HintAction) -> KeyHint { KeyHint(key, Messages.screen.key(action)) }

    /// `hasMemo`: a triage was finished, so `m` shows its memo (just before quit, which always
    /// stays: it gives way first when the line is full).
    static func menu(count: Int, hasMemo: Bool = false) -> [KeyHint] {
        [hint("Enter", .open), hint("上下", .select), hint("1-\(count)", .pickByNumber), hint("F1", .help)]
            + (hasMemo ? [hint("m", .memo)] : []) + [hint("F10/q", .quit)]
    }
    static let info = [hint("Enter", .next), hint("Esc", .back), hint("F1", .help),
                       hint("F2", .menu), hint("F10/q", .quit)]
    static let checklist = [hint("Space", .tick), hint("Enter", .next), hint("Esc", .back),
                            hint("上下", .select), hint("F1", .help), hint("F2", .menu), hint("F10", .quit)]
    static let choice = [hint("Enter", .decide), hint("上下", .select), hint("Esc", .back),
                         hint("F1", .help), hint("F2", .menu), hint("F10/q", .quit)]
    static let text = [hint("Enter", .decide), hint("BS", .deleteCharacter), hint("Esc", .back),
                       hint("F1", .help), hint("F2", .menu), hint("F10", .quit)]
    static let identifier = [hint("Enter", .decide), hint("F5", .toHalfWidth), hint("BS", .deleteCharacter),
                             hint("Esc", .back), hint("F1", .help), hint("F10", .quit)]
    static let secret = [hint("Enter", .decide), hint("F3", .showOrHide), hint("Esc", .back),
                         hint("F1", .help), hint("F10", .quit)]
    static let confirm = [hint("Enter", .confirm), hint("Esc", .backToFix), hint("F1", .help),
                          hint("F2", .menu), hint("F10/q", .quit)]
    /// On a summary's first row, Enter finishes; on an answer's line, it opens that answer (issue 15).
    static let summary = [hint("Enter", .finish), hint("上下", .chooseAnswerToChange), hint("Esc", .back), hint("F1", .help),
                          hint("F2", .menu), hint("F10/q", .quit)]
    static let summaryAnswer = [hint("Enter", .openToChange), hint("上下", .select), hint("Home", .toFinishRow), hint("Esc", .back),
                                hint("F1", .help), hint("F10/q", .quit)]
    static let help = [hint("Esc", .close), hint("F1", .close), hint("F10", .quit)]
    static let memo = [hint("上下", .scroll), hint("PageDown", .nextPage), hint("Esc", .close), hint("F1", .help),
                       hint("F10/q", .quit)]
    static let calendar = [hint("左右", .changeMonth), hint("e", .recordExtension), hint("Esc", .toMenu), hint("F1", .help),
                           hint("F10/q", .quit)]
    /// The changes list [S0]: the letters also work without opening the "what to do" list.
    static let changes = [hint("Enter", .chooseWhatToDo), hint("a", .addChange), hint("p", .postponeChange),
                          hint("d", .markChangeDone), hint("c", .cancelChange), hint("Esc", .toMenu), hint("F1", .help),
                          hint("F10/q", .quit)]
    static let changeConfirm = [hint("Enter", .record), hint("Esc", .backToFix), hint("F1", .help),
                                hint("F2", .menu), hint("F10/q", .quit)]
    /// Only with `--demo` (issue 6).
    static let demoReset = hint("F12", .demoReset)
}
