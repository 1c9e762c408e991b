/// The last frame's body as it was laid out, kept by the window's `WrapMemo`. A class, changed in place
/// by the next frame. It keeps what the frame showed around the body, not the screen itself: holding
/// the screen's blocks would make the `ScreenMemo` copy all of them to move the highlight.
final class LaidOutBody {
    let lineage: BodyLineage?
    let around: Surroundings
    /// The blocks' versions in the frame (`Screen.versions`), a copy of its own.
    var versions: [Int]
    let width: Int
    let height: Int
    var lines: [Layout.BodyLine]
    /// Per block, where its lines start in `lines`; one more at the end.
    let starts: [Int]
    /// The body's first row and how many rows it has (the "more" markers' row included).
    let top: Int
    let rows: Int
    /// The first line shown.
    let first: Int
    /// Whether a line has a field's caret (the cursor is then not simply the highlight's).
    let hasCaret: Bool

    init(_ screen: Screen, width: Int, height: Int, lines: [Layout.BodyLine], top: Int, rows: Int, first: Int) {
        lineage = screen.versions.lineage
        around = Surroundings(screen)
        versions = screen.versions.blocks.map { $0 }
        self.width = width
        self.height = height
        self.lines = lines
        var starts: [Int] = []
        starts.reserveCapacity(screen.body.count + 1)
        var line = 0
        for block in screen.body.indices {
            starts.append(line)
            while line < lines.count, lines[line].block == block { line += 1 }
        }
        starts.append(line)
        self.starts = starts
        self.top = top
        self.rows = rows
        self.first = first
        hasCaret = lines.contains { $0.caretSpan != nil }
    }

    /// The lines of the rows shown.
    var shown: Range<Int> { first..<(first + min(lines.count, lines.count > rows ? rows - 1 : rows)) }
}

/// What a frame shows around its body: the rows above and below it, and where a body without a focus scrolls to.
struct Surroundings {
    let title: String
    let clock: String
    let banner: String?
    let place: String
    let heading: String
    let scroll: Int
    let warnings: [Warning]
    let hints: [KeyHint]

    init(_ screen: Screen) {
        title = screen.title
        clock = screen.clock
        banner = screen.banner
        place = screen.place
        heading = screen.heading
        scroll = screen.scroll
        warnings = screen.warnings
        hints = screen.hints
    }

    /// `screen` shows the same around its body.
    func match(_ screen: Screen) -> Bool {
        title == screen.title && clock == screen.clock && banner == screen.banner && place == screen.place
            && heading == screen.heading && scroll == screen.scroll && warnings == screen.warnings && hints == screen.hints
    }
}

extension Layout {
    /// A screen a `ScreenMemo` moved the highlight on, drawn as the last frame with only the rows of its
    /// changed blocks drawn again: laying out every block and comparing every row again was two fifths
    /// of a headless key (issue 19, callgrind). Nil, and the frame is drawn in full, unless the last
    /// frame was of the same screen lineage and size, everything but the body is the same, no block
    /// changed its number of lines, and the same lines are in view.
    static func redrawMovedHighlight(_ screen: Screen, width: Int, height: Int, memo: WrapMemo) -> CellGrid? {
        guard let lineage = screen.versions.lineage, let body = memo.body else { return nil }
        // Taken out: a frame that returns early is drawn in full and lays the body out again.
        memo.body = nil
        guard body.lineage === lineage, body.width == width, body.height == height, !body.hasCaret,
              screen.versions.blocks.count == screen.body.count, body.versions.count == screen.body.count,
              body.starts.count == screen.body.count + 1, body.around.match(screen) else { return nil }
        let versions = screen.versions.blocks
        for index in versions.indices where versions[index] != body.versions[index] {
            let start = body.starts[index], end = body.starts[index + 1]
            let lines = blockLines(screen.body[index], at: index, width: width, memo: memo, version: screen.versions.block(index))
            guard lines.count == end - start else { return nil }
            body.lines.replaceSubrange(start..<end, with: lines)
        }
        var focusLines: ClosedRange<Int>?
        if let focus = screen.focus, focus >= 0, focus + 1 < body.starts.count, body.starts[focus] < body.starts[focus + 1] {
            focusLines = body.starts[focus]...(body.starts[focus + 1] - 1)
        }
        let first = firstShown(of: body.lines.count, rows: body.rows, focusLines: focusLines, focus: screen.focus, scroll: screen.scroll)
        guard first == body.first else { return nil }

        guard var grid = memo.rows.beginPatch(width: width, height: height) else { return nil }
        let shown = body.shown
        for index in versions.indices where versions[index] != body.versions[index] {
            for line in body.starts[index]..<body.starts[index + 1] where shown.contains(line) {
                let row = body.top + line - first
                memo.rows.patch(row, .body(body.lines[line]), into: &grid) { grid in paintCells(body.lines[line], into: &grid, row: row) }
            }
            body.versions[index] = versions[index]
        }
        // As `draw` places it: on the first highlighted line in view, else on the heading.
        if let line = shown.first(where: { body.lines[$0].highlight }) {
            grid.cursor = CellPosition(row: body.top + line - first, column: body.lines[line].column + 2)
        } else {
            grid.cursor = CellPosition(row: 2, column: margin)
        }
        memo.rows.finishPatch(grid)
        memo.body = body
        memo.movedFrames += 1
        return grid
    }
}

