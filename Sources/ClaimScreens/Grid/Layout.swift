/// Lays a Screen out into a CellGrid of a given size.
///
///     row 0        top bar: title, デモ banner, date and time
///     row 1        place: flow and "手順 k / n"
///     row 2        heading
///     row 3        rule
///     rows 4…h-6   body (scrolls to keep the focus visible)
///     row h-5      rule
///     rows h-4…h-2 warning area (3 lines, always in the same place; grows upwards, taking rows
///                  from the body, when the warnings need more: `WarningArea`)
///     row h-1      key hints
public enum Layout {
    public static let minimumWidth = 80
    public static let minimumHeight = 24
    static let margin = 2

    /// A screen is drawn only at 80x24 or more; below, the "too small" message.
    public static func fits(width: Int, height: Int) -> Bool { width >= minimumWidth && height >= minimumHeight }

    /// `memo`: a window's remembered wrappings (the Session keeps one); without it every text is wrapped anew.
    public static func render(_ screen: Screen, width: Int, height: Int, memo: WrapMemo? = nil) -> CellGrid {
        guard fits(width: width, height: height) else {
            memo?.body = nil
            return tooSmall(width: width, height: height)
        }
        if let memo, let grid = redrawMovedHighlight(screen, width: width, height: height, memo: memo) { return grid }
        // The window's rows, taken out for the frame (a value worked on here, put back at the end).
        var rows: RowMemo?
        var grid: CellGrid
        if let memo {
            var taken = memo.rows
            memo.rows = RowMemo() // so the frame's copy is the only one, changed in place
            grid = taken.begin(width: width, height: height)
            rows = taken
        } else {
            grid = CellGrid(width: width, height: height)
        }
        func text(_ text: String, row: Int, role: CellRole, limit: Int) {
            paint(row, .text(text, column: margin, role: role, limit: limit), into: &grid, &rows) { grid in
                grid.write(text, row: row, column: margin, role: role, limit: limit)
                return nil
            }
        }
        func rule(row: Int) {
            paint(row, .fill(role: .dim, character: "-"), into: &grid, &rows) { grid in
                grid.fill(row: row, role: .dim, with: "-")
                return nil
            }
        }
        paint(0, .topBar(banner: screen.banner, title: screen.title, clock: screen.clock), into: &grid, &rows) { grid in
            drawTopBar(screen, into: &grid)
            return nil
        }
        text(screen.place, row: 1, role: .header, limit: width - margin)
        text(screen.heading, row: 2, role: .title, limit: width - margin)
        rule(row: 3)

        let bodyTop = 4
        let textWidth = width - margin * 2
        // Rows between the heading's rule and the key hints, less the rule above the warnings.
        let shared = height - bodyTop - 2
        let warningRows = WarningArea.rows(for: screen.warnings, width: textWidth, available: shared, memo: memo)
        let bodyBottom = bodyTop + shared - warningRows // exclusive
        let body = drawBody(screen, into: &grid, top: bodyTop, bottom: bodyBottom, memo: memo, rowMemo: &rows)

        rule(row: bodyBottom)
        for (offset, line) in WarningArea.lines(for: screen.warnings, width: textWidth, rows: warningRows, memo: memo).enumerated() {
            text(line.text, row: bodyBottom + 1 + offset, role: line.role, limit: width - margin)
        }
        paint(height - 1, .hints(screen.hints), into: &grid, &rows) { grid in
            drawHints(screen.hints, into: &grid, row: height - 1)
            return nil
        }
        // Without a list or a field the focus is the heading: a screen reader starts there.
        if grid.cursor == nil { grid.cursor = CellPosition(row: 2, column: margin) }
        if let memo, var kept = rows {
            rows = nil
            kept.finish(&grid)
            memo.rows = kept
            // Kept for the next frame when that can be this screen with the highlight moved.
            memo.body = screen.versions.lineage == nil ? nil
                : LaidOutBody(screen, width: width, height: height, lines: body.lines, top: bodyTop, rows: bodyBottom - bodyTop,
                              first: body.first)
        }
        return grid
    }

    /// One row drawn by `draw`, or copied from the last frame by the window's `RowMemo` when it was
    /// drawn from an equal key; returns the row's caret column (a field's line), if any.
    @discardableResult
    private static func paint(_ row: Int, _ key: @autoclosure () -> RowMemo.Key, into grid: inout CellGrid, _ rows: inout RowMemo?,
                              _ draw: (inout CellGrid) -> Int?) -> Int? {
        guard case .some = rows else { return draw(&grid) }
        return rows?.row(row, key(), into: &grid, draw) ?? nil
    }

    private static func drawTopBar(_ screen: Screen, into grid: inout CellGrid) {
        grid.fill(row: 0, role: .header)
        var x = 1
        if let banner = screen.banner {
            x = grid.write(" \(banner) ", row: 0, column: x, role: .banner) + 1
        }
        let clockWidth = DisplayWidth.of(screen.clock)
        let clockColumn = grid.width - clockWidth - 1
        grid.write(screen.title, row: 0, column: x, role: .header, limit: clockColumn - 1)
        grid.write(screen.clock, row: 0, column: clockColumn, role: .header)
    }

    /// A wrapped body line, remembering which block it came from.
    struct BodyLine: Equatable {
        var column: Int
        var text: String
        var role: CellRole
        var block: Int
        var highlight: Bool
        var spans: [Span] = []
        /// A field's line: the span that starts at the caret (the real cursor goes there).
        var caretSpan: Int?
    }

    static func bodyLines(_ blocks: [Block], width: Int, memo: WrapMemo? = nil, versions: BodyVersions = BodyVersions()) -> [BodyLine] {
        var lines: [BodyLine] = []
        lines.reserveCapacity(blocks.count + 8)
        for index in blocks.indices {
            lines += blockLines(blocks[index], at: index, width: width, memo: memo, version: versions.block(index))
        }
        memo?.blocks.keep(first: blocks.count)
        return lines
    }

    /// The lines of the body's block `index`: kept from an earlier frame when the memo has them.
    static func blockLines(_ block: Block, at index: Int, width: Int, memo: WrapMemo?, version: BlockVersion?) -> [BodyLine] {
        if let known = memo?.blocks.lines(of: block, at: index, width: width, version: version) { return known }
        func wrap(_ text: String, width: Int) -> [String] {
            memo?.wrap(text, width: width) ?? TextWrap.wrap(text, width: width)
        }
        var lines: [BodyLine] = []
        let left = margin
        let usable = width - margin * 2
        switch block {
        case .blank:
            lines.append(BodyLine(column: left, text: "", role: .plain, block: index, highlight: false))
        case .spans(let spans):
            lines.append(BodyLine(column: left, text: "", role: .plain, block: index, highlight: false, spans: spans))
        case .paragraph(let text, let role):
            for line in wrap(text, width: usable) {
                lines.append(BodyLine(column: left, text: line, role: role, block: index, highlight: false))
            }
        case .item(let marker, let text, let selected, let role, let detail):
            let pointer = selected ? "> " : "  "
            let prefix = pointer + marker + " "
            let indent = DisplayWidth.of(prefix)
            let wrapped = wrap(text, width: usable - indent)
            for (n, line) in wrapped.enumerated() {
                let shown = n == 0 ? prefix + line : String(repeating: " ", count: indent) + line
                lines.append(BodyLine(column: left, text: shown, role: selected ? .selected : role,
                                      block: index, highlight: selected))
            }
            if selected, let detail, !detail.isEmpty {
                for line in wrap(detail, width: usable - indent) {
                    lines.append(BodyLine(column: left + indent, text: line, role: .info, block: index, highlight: false))
                }
            }
        case .field(let label, let value, let note, let caret, let replacing):
            for line in wrap(label, width: usable) {
                lines.append(BodyLine(column: left, text: line, role: .plain, block: index, highlight: false))
            }
            lines.append(BodyLine(column: left, text: "", role: .field, block: index, highlight: true,
                                  spans: fieldSpans(value, caret: caret, boxWidth: usable - 4, replacing: replacing),
                                  caretSpan: replacing ? 2 : 1))
            if let note {
                for line in wrap(note, width: usable) {
                    lines.append(BodyLine(column: left, text: line, role: .dim, block: index, highlight: false))
                }
            }
        }
        memo?.blocks.remember(lines, of: block, at: index, width: width, version: version)
        return lines
    }

    /// `[ text_ ]`, the caret shown as a reverse-video cell (or `_` after the last character);
    /// a long value scrolls so the caret stays in view. Text that typing replaces is reverse video.
    static func fieldSpans(_ value: String, caret: Int?, boxWidth: Int, replacing: Bool = false) -> [Span] {
        var characters = Array(value)
        var position = min(max(caret ?? characters.count, 0), characters.count)
        let room = boxWidth - 1
        var dropped = 0
        while DisplayWidth.of(String(characters)) > room, dropped < position {
            characters.removeFirst()
            dropped += 1
        }
        position -= dropped
        while DisplayWidth.of(String(characters)) > room, characters.count > position + 1 { characters.removeLast() }
        let before = String(characters[..<position])
        let at = position < characters.count ? String(characters[position]) : "_"
        let after = position < characters.count ? String(characters[(position + 1)...]) : ""
        let used = DisplayWidth.of(before) + DisplayWidth.of(at) + DisplayWidth.of(after)
        let tail = Span(after + String(repeating: " ", count: max(boxWidth - used, 0)) + " ]", .field)
        if replacing { return [Span("[ ", .field), Span(before, .selected), Span(at, .field), tail] }
        return [Span("[ " + before, .field), Span(at, position < characters.count ? .selected : .field), tail]
    }

    /// Draws the body's lines between `top` and `bottom` (exclusive); returns them, and the first shown.
    @discardableResult
    private static func drawBody(_ screen: Screen, into grid: inout CellGrid, top: Int, bottom: Int, memo: WrapMemo?,
                                 rowMemo: inout RowMemo?) -> (lines: [BodyLine], first: Int) {
        let lines = bodyLines(screen.body, width: grid.width, memo: memo, versions: screen.versions)
        let rows = bottom - top
        guard lines.count > rows else {
            for (offset, line) in lines.enumerated() {
                draw(line, into: &grid, row: top + offset, focus: screen.focus, rows: &rowMemo)
            }
            return (lines, 0)
        }
        var focusLines: ClosedRange<Int>?
        if let focus = screen.focus, let focusFirst = lines.firstIndex(where: { $0.block == focus }),
           let focusLast = lines.lastIndex(where: { $0.block == focus }) {
            focusLines = focusFirst...focusLast
        }
        let first = firstShown(of: lines.count, rows: rows, focusLines: focusLines, focus: screen.focus, scroll: screen.scroll)
        let visible = rows - 1
        for (offset, line) in lines[first..<(first + visible)].enumerated() {
            draw(line, into: &grid, row: top + offset, focus: screen.focus, rows: &rowMemo)
        }
        let above = first > 0 ? "上にも続きがあります（上キー・PageUp）" : ""
        let below = first + visible < lines.count ? "下に続きがあります（下キー・PageDown）" : ""
        let marker = [above, below].filter { !$0.isEmpty }.joined(separator: "  ")
        let width = grid.width
        paint(bottom - 1, .text(marker, column: margin, role: .dim, limit: width), into: &grid, &rowMemo) { grid in
            grid.write(marker, row: bottom - 1, column: margin, role: .dim)
            return nil
        }
        return (lines, first)
    }

    /// The first of `count` body lines shown in `rows` rows: all from the top when they fit; else the
    /// focused block's lines stay on screen, and one row is left for the "more" markers.
    static func firstShown(of count: Int, rows: Int, focusLines: ClosedRange<Int>?, focus: Int?, scroll: Int) -> Int {
        guard count > rows else { return 0 }
        let visible = rows - 1
        var first = 0
        if let focusLines, focusLines.upperBound >= visible {
            first = min(focusLines.upperBound - visible + 1, focusLines.lowerBound)
        }
        if focus == nil { first = scroll }
        return min(max(first, 0), count - visible)
    }

    private static func draw(_ line: BodyLine, into grid: inout CellGrid, row: Int, focus: Int?, rows: inout RowMemo?) {
        // The real cursor (issue 18): on the highlighted row's first line, at its mark.
        if line.highlight, line.caretSpan == nil, grid.cursor == nil {
            grid.cursor = CellPosition(row: row, column: line.column + 2)
        }
        let caret = paint(row, .body(line), into: &grid, &rows) { grid in paintCells(line, into: &grid, row: row) }
        // A field's caret takes the cursor over any highlighted row.
        if let caret, line.block == focus || focus == nil { grid.cursor = CellPosition(row: row, column: caret) }
    }

    /// The line's cells; returns the column where its caret span starts, if it has one.
    static func paintCells(_ line: BodyLine, into grid: inout CellGrid, row: Int) -> Int? {
        // The highlight covers the text only: moving it then rewrites two short runs, not two
        // whole rows (BENCHMARKS.md: bytes per cursor move).
        var x = grid.write(line.text, row: row, column: line.column, role: line.role, limit: grid.width - margin)
        var caret: Int?
        for (index, span) in line.spans.enumerated() {
            if index == line.caretSpan { caret = x }
            x = grid.write(span.text, row: row, column: x, role: span.role, limit: grid.width - margin)
        }
        return caret
    }

    /// Most important first, and the last (quit) always stays: drop from just before it.
    private static func drawHints(_ hints: [KeyHint], into grid: inout CellGrid, row: Int) {
        func width(_ hint: KeyHint) -> Int { DisplayWidth.of(hint.key) + DisplayWidth.of(hint.label) + 3 }
        var shown = hints
        while shown.count > 1, 1 + shown.reduce(0, { $0 + width($1) }) > grid.width {
            shown.remove(at: shown.count - 2)
        }
        var x = 1
        for hint in shown {
            x = grid.write(hint.key, row: row, column: x, role: .hintKey)
            x = grid.write(" " + hint.label, row: row, column: x, role: .hint)
            x += 2
        }
    }

    /// Below 80x24: say so, in whatever room there is, and recover when the window grows.
    static func tooSmall(width: Int, height: Int) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        grid.cursor = CellPosition(row: 0, column: 0)
        let message = ["画面が小さすぎます。", "いま \(width)x\(height) です。", "\(minimumWidth)x\(minimumHeight) 以上に広げてください。",
                       "広げると元の画面に戻ります。", "広げるまで、キーは効きません。", "F10 で終了できます。"]
        var row = 0
        for text in message {
            for line in TextWrap.wrap(text, width: max(width - 1, 1)) where row < height {
                grid.write(line, row: row, column: width > 2 ? 1 : 0, role: .warning)
                row += 1
            }
        }
        return grid
    }
}
