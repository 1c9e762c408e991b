/// The text of the last frame written, row by row, for a caller that writes the text of every frame
/// (the headless player's `Output`): a key changes a few rows, so the other rows' UTF-8 is copied
/// from the last frame rather than encoded again (issue 19: encoding every row was an eighth of a
/// headless key). The bytes are always exactly `CellGrid.appendText`'s.
public final class GridTextMemo {
    private var grid: CellGrid?
    /// The last frame's text and where each of its rows ends (before the newline).
    private var text: [UInt8] = []
    private var rowEnds: [Int] = []
    /// The buffers of the frame before, kept to be filled again: no frame allocates.
    private var spareText: [UInt8] = []
    private var spareRowEnds: [Int] = []

    public init() {}

    /// `grid.appendText(to: &bytes)`, reusing the rows whose text is the last grid's.
    public func appendText(of grid: CellGrid, to bytes: inout [UInt8]) {
        let previous = self.grid.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        // Locals, not the properties: every access to a class's array is checked for exclusivity.
        let last = text, lastRowEnds = rowEnds
        var next: [UInt8] = [], nextRowEnds: [Int] = []
        swap(&next, &spareText)
        swap(&nextRowEnds, &spareRowEnds)
        next.removeAll(keepingCapacity: true)
        nextRowEnds.removeAll(keepingCapacity: true)
        last.withUnsafeBufferPointer { last in
            for row in 0..<grid.height {
                if row > 0 { next.append(0x0A) }
                if let previous, grid.sameText(row: row, as: previous) {
                    let start = row == 0 ? 0 : lastRowEnds[row - 1] + 1
                    next.append(contentsOf: UnsafeBufferPointer(rebasing: last[start..<lastRowEnds[row]]))
                } else {
                    grid.appendRow(row, to: &next)
                }
                nextRowEnds.append(next.count)
            }
        }
        bytes.append(contentsOf: next)
        spareText = last
        spareRowEnds = lastRowEnds
        text = next
        rowEnds = nextRowEnds
        self.grid = grid
    }
}
