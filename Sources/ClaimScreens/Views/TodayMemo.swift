import ClaimFlow

/// Remembers the last snapshot of today, for one window: between two frames the clock rarely
/// moves and a cursor move changes nothing `Today` reads, yet working it out was a sixth of a
/// headless frame (issue 19, perf). `Today` is pure, so a remembered snapshot for the same time,
/// the same rules and desks, and a progress it reads the same (`Today.readsTheSame`) is the snapshot. The catalog is
/// the window's own and never changes while the memo lives.
public final class TodayMemo {
    private struct Key: Equatable {
        var now: LocalDateTime
        var rules: SubmissionRules
        var desks: DeskDirectory
        var progress: SavedProgress

        static func == (a: Key, b: Key) -> Bool {
            a.now == b.now && a.rules == b.rules && a.desks == b.desks && Today.readsTheSame(a.progress, b.progress)
        }
    }

    private var last: (key: Key, today: Today)?
    private var clock: (now: LocalDateTime, text: String)?

    public init() {}

    func today(_ progress: SavedProgress, _ context: Context) -> Today {
        let key = Key(now: context.now, rules: context.rules, desks: context.desks, progress: progress)
        if let last, last.key == key { return last.today }
        // A miss (a tick changes the flows) still keeps what `Today` reads from the history.
        let today = Today.at(progress, context, reusing: last?.today)
        last = (key, today)
        return today
    }

    /// The header's clock: the same minute is the same text (formatting it anew was 10 k instructions of
    /// a 151 k headless key, issue 19).
    func clockText(_ now: LocalDateTime) -> String {
        if let clock, clock.now == now { return clock.text }
        let text = now.japanese
        clock = (now, text)
        return text
    }
}
