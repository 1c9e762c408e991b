/// The warning area above the key hints: three rows in the usual case, always in the same place.
/// Warnings come before the body: when they need more rows the area grows upwards and the body
/// scrolls in what is left, so no warning is cut. Only when even that is not enough (a window
/// too short for all of them) are whole warnings left out, and the last row says how many and
/// how to read them.
enum WarningArea {
    static let usualRows = 3
    /// The body keeps this many rows, enough for the highlighted row and its scroll marker.
    static let minimumBodyRows = 5

    struct Line: Equatable {
        var text: String
        var role: CellRole
    }

    /// How many rows the area takes when `available` rows are shared by it and the body.
    /// `memo`: the window's remembered wrappings; the warnings are wrapped twice a frame (here and in
    /// `lines`) and are mostly the same from frame to frame (issue 19).
    static func rows(for warnings: [Warning], width: Int, available: Int, memo: WrapMemo? = nil) -> Int {
        let wanted = warnings.reduce(0) { $0 + wrap($1.text, width: width, memo: memo).count }
        return min(max(wanted, usualRows), largest(available: available))
    }

    static func largest(available: Int) -> Int { max(available - minimumBodyRows, usualRows) }

    /// The lines to draw in `rows` rows: every warning whole, or as many whole ones as fit
    /// and then the count of the rest.
    static func lines(for warnings: [Warning], width: Int, rows: Int, memo: WrapMemo? = nil) -> [Line] {
        let wrapped = warnings.map { warning in
            wrap(warning.text, width: width, memo: memo).map { Line(text: $0, role: warning.role) }
        }
        if wrapped.reduce(0, { $0 + $1.count }) <= rows { return wrapped.flatMap { $0 } }
        var shown: [Line] = []
        var left = warnings.count
        for lines in wrapped where shown.count + lines.count <= rows - 1 {
            shown += lines
            left -= 1
        }
        // (Only a single warning longer than the whole area is cut; it then counts as not read.)
        if shown.isEmpty, let first = wrapped.first { shown = Array(first.prefix(rows - 1)) }
        let more = TextWrap.wrap(moreMessage(left), width: width).map { Line(text: $0, role: .warning) }
        return Array((shown + more).prefix(rows))
    }

    private static func wrap(_ text: String, width: Int, memo: WrapMemo?) -> [String] {
        memo?.wrap(text, width: width) ?? TextWrap.wrap(text, width: width)
    }

    static func moreMessage(_ count: Int) -> String {
        "ほかに注意が \(count) 件あります（ウィンドウを縦に広げると読めます）。"
    }
}
