/// The last frame's rows, each with what it was drawn from, for one window: a cursor move changes
/// two rows of twenty-four, and drawing every row again (widths, clipping, wide characters) was a
/// third of a headless key (issue 19, callgrind). A row's cells depend only on what is drawn into
/// it, on a blank row of the same width, so a row drawn from an equal `Key` in a grid of the same
/// size is kept from the last frame instead of drawn. A value: the layout takes it out of the
/// window's `WrapMemo` for the frame and puts it back after, so the frame works on its own copy.
struct RowMemo {
    /// Everything that is drawn into one row.
    enum Key: Equatable {
        /// Nothing kept: not drawn, or drawn more than once in its frame.
        case none
        case topBar(banner: String?, title: String, clock: String)
        case text(String, column: Int, role: CellRole, limit: Int)
        case fill(role: CellRole, character: Unicode.Scalar)
        /// A body line (its caret column is kept with the row).
        case body(Layout.BodyLine)
        case hints([KeyHint])
    }

    /// The last frame (an empty grid before the first).
    private var last = CellGrid(width: 0, height: 0)
    /// Per row of the last frame and of this one: its key, and its caret column.
    private var lastKeys: [Key] = []
    private var lastCarets: [Int?] = []
    private var keys: [Key] = []
    private var carets: [Int?] = []
    /// Rows this frame has drawn or kept so far.
    private var touched: [Bool] = []
    /// Rows the last frame left blank (drawn by nobody).
    private var lastBlank: [Bool] = []
    /// True when this frame started from the last one: a row kept is already in place, a row drawn
    /// is blanked first. Else it started blank and a row kept is copied.
    private var fromLast = false

    /// A frame of this size begins: returns the grid to draw it into. That is the last frame itself
    /// when it has the same size, so the rows kept need no copying (issue 19: copying twenty rows a
    /// frame was a twentieth of a headless key); a blank grid after a resize, and when the last
    /// frame has characters of several scalars (their side table would only grow). The arrays are
    /// refilled in place, not made anew each frame.
    mutating func begin(width: Int, height: Int) -> CellGrid {
        if last.width != width || last.height != height {
            lastKeys.removeAll(keepingCapacity: true)
            lastCarets.removeAll(keepingCapacity: true)
        }
        if keys.count != height {
            keys = Array(repeating: .none, count: height)
            carets = Array(repeating: nil, count: height)
            touched = Array(repeating: false, count: height)
        } else {
            for row in 0..<height { touched[row] = false }
        }
        fromLast = last.width == width && last.height == height && lastBlank.count == height && !last.hasClusters
        guard fromLast else { return CellGrid(width: width, height: height) }
        var grid = last
        grid.cursor = nil
        return grid
    }

    /// Draws `row` with `draw` (which returns the caret column, if the row has one), or keeps it
    /// from the last frame when that row was drawn from an equal key. Returns the caret column.
    @discardableResult
    mutating func row(_ row: Int, _ key: Key, into grid: inout CellGrid, _ draw: (inout CellGrid) -> Int?) -> Int? {
        guard row >= 0, row < keys.count else { return draw(&grid) }
        if touched[row] {
            // Drawn twice in one frame: drawn as asked, and not kept for the next frame.
            keys[row] = .none
            carets[row] = nil
            return draw(&grid)
        }
        touched[row] = true
        if row < lastKeys.count, key != .none, lastKeys[row] == key {
            if !fromLast { grid.copyRow(row, from: last) }
            keys[row] = key
            carets[row] = lastCarets[row]
            return lastCarets[row]
        }
        if fromLast && !lastBlank[row] { grid.blankRow(row) }
        let caret = draw(&grid)
        keys[row] = key
        carets[row] = caret
        return caret
    }

    /// The frame is drawn: it is the one the next frame compares with. A row this frame did not
    /// draw is blank: nothing of an earlier frame's key stays with it, nor its cells.
    mutating func finish(_ grid: inout CellGrid) {
        if lastBlank.count != keys.count { lastBlank = Array(repeating: true, count: keys.count) }
        for row in 0..<keys.count {
            if !touched[row] {
                keys[row] = .none
                carets[row] = nil
                if fromLast && !lastBlank[row] { grid.blankRow(row) }
            }
            lastBlank[row] = !touched[row]
        }
        last = grid
        swap(&lastKeys, &keys)
        swap(&lastCarets, &carets)
    }

    /// The last frame, to draw a few of its rows again (`Layout.redrawMovedHighlight`); nil when there
    /// is none of this size, or it has characters of several scalars (a row blanked would keep them).
    func beginPatch(width: Int, height: Int) -> CellGrid? {
        guard last.width == width, last.height == height, lastKeys.count == height, lastBlank.count == height,
              !last.hasClusters else { return nil }
        var grid = last
        grid.cursor = nil
        return grid
    }

    /// Draws `row` of the last frame again, unless it was drawn from an equal key.
    mutating func patch(_ row: Int, _ key: Key, into grid: inout CellGrid, _ draw: (inout CellGrid) -> Int?) {
        guard lastKeys[row] != key else { return }
        if !lastBlank[row] { grid.blankRow(row) }
        lastCarets[row] = draw(&grid)
        lastKeys[row] = key
        lastBlank[row] = false
    }

    /// The patched frame is the one the next frame compares with.
    mutating func finishPatch(_ grid: CellGrid) { last = grid }
}
