/// What a cell means; the terminal shell turns roles into colours and attributes,
/// and every role stays readable in monochrome (design.md §5: colour is never the only carrier).
public enum CellRole: UInt8, Sendable, Equatable {
    case plain, title, header, hint, hintKey, selected, checked, warning, error, info, dim, banner, field
}

/// A place on the grid, from the top-left corner (0, 0).
public struct CellPosition: Equatable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// One terminal cell. A wide character occupies its cell and the continuation cell after it.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var role: CellRole
    /// True for the right half of a wide character: nothing is drawn there.
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", role: .plain, isContinuation: false)
}

/// A screen of cells. Writes clip at the edge and never split a wide character, so what the
/// headless player snapshots is exactly what ncurses is asked to draw.
public struct CellGrid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's own cursor goes after the frame (issue 18): the highlighted row or the
    /// caret in a field, so screen readers and magnifiers follow the focus. Not a cell: snapshots
    /// and the diff do not see it.
    public var cursor: CellPosition?

    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes text from (row, column) up to `limit` (exclusive column, default the right edge).
    /// Returns the column after the last character written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, role: CellRole = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(limit ?? width, width)
        var x = max(column, 0)
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue } // controls and lone combining marks never reach the terminal
            if x + w > end { break }
            clearHalf(row: row, column: x)
            if w == 2 { clearHalf(row: row, column: x + 1) }
            cells[row * width + x] = Cell(character: character, role: role, isContinuation: false)
            if w == 2 {
                cells[row * width + x + 1] = Cell(character: " ", role: role, isContinuation: true)
            }
            x += w
        }
        return x
    }

    /// Fills a run of cells with spaces in a role (bars, highlighted rows).
    public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, role: CellRole) {
        guard row >= 0, row < height else { return }
        let end = min(to ?? width, width)
        var x = max(from, 0)
        while x < end {
            clearHalf(row: row, column: x)
            cells[row * width + x] = Cell(character: " ", role: role, isContinuation: false)
            x += 1
        }
    }

    /// Overwriting one half of a wide character blanks the other half, so no half is left over.
    private mutating func clearHalf(row: Int, column: Int) {
        let index = row * width + column
        let cell = cells[index]
        if cell.isContinuation, column > 0 {
            cells[index - 1] = Cell(character: " ", role: cells[index - 1].role, isContinuation: false)
        } else if DisplayWidth.of(cell.character) == 2, column + 1 < width {
            cells[index + 1] = Cell(character: " ", role: cell.role, isContinuation: false)
        }
    }

    /// The screen as text, one line per row, trailing spaces removed (what `tmux capture-pane` gives).
    public var lines: [String] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(width * 3)
        return (0..<height).map { row in
            bytes.removeAll(keepingCapacity: true)
            appendRow(row, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// `lines` joined with newlines, built in one buffer: the headless player writes one after every
    /// key (issue 19: building a String a Character at a time was a fifth of a headless frame).
    public var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity((width * 3 + 1) * height)
        for row in 0..<height {
            if row > 0 { bytes.append(0x0A) }
            appendRow(row, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One row's UTF-8 without continuation cells and without its trailing spaces.
    private func appendRow(_ row: Int, to bytes: inout [UInt8]) {
        var kept = bytes.count
        for index in row * width..<(row + 1) * width {
            let cell = cells[index]
            if cell.isContinuation { continue }
            let utf8 = cell.character.utf8
            bytes.append(contentsOf: utf8)
            if !(utf8.count == 1 && utf8.first == 0x20) { kept = bytes.count }
        }
        bytes.removeSubrange(kept...)
    }
}
