import ClaimFlow

/// The last 相談メモ on screen (T11), as it was written to its file: the clerk reads what the desk
/// will read, scrolling with the arrows; the file's name says where to find it for printing.
enum MemoView {
    static func screen(over base: Screen, _ state: AppState, _ context: ViewContext) -> Screen {
        guard let record = state.progress.triages.last else { return base }
        // A record of an earlier version kept no text: it is worded again as of its own time.
        let text = record.memo ?? ConsultationMemo.render(record, progress: state.progress,
                                                          directory: context.engine.directory(state.progress),
                                                          context: Context(catalog: context.catalog, now: record.at,
                                                                           rules: context.rules, desks: context.desks))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        let heading = lines.isEmpty ? "" : lines.removeFirst()
        var body: [Block] = []
        if let name = record.memoFile { body += [.paragraph(Messages.screen.memoSavedAs(name), .dim), .blank] }
        body += lines.map { $0.isEmpty ? .blank : .paragraph($0) }
        return Screen(place: Messages.screen.text(.memoPlace), heading: heading, body: body, hints: Hints.memo)
    }
}
