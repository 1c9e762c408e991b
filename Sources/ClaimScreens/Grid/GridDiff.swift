/// One cell to draw at a place on the screen.
public struct CellUpdate: Equatable, Sendable {
    public var row: Int
    public var column: Int
    public var cell: Cell
}

extension CellGrid {
    /// The cells to draw to turn the `previous` frame into this one (ratatui's `Buffer::diff`):
    /// every cell when there is no previous frame or its size differs; otherwise only cells that
    /// changed. A wide character is one update (its continuation cell is never drawn); a cell that
    /// a wide character used to cover is a changed cell, so no half of an old wide character stays.
    public func updates(since previous: CellGrid?) -> [CellUpdate] {
        let comparable = previous.map { $0.width == width && $0.height == height } ?? false
        var updates: [CellUpdate] = []
        for row in 0..<height {
            for column in 0..<width {
                let index = row * width + column
                if isContinuation(at: index) { continue }
                if comparable, let previous, !differs(at: index, from: previous) { continue }
                updates.append(CellUpdate(row: row, column: column, cell: self[row, column]))
            }
        }
        return updates
    }
}
