/// Remembers the body lines each block of the last frame was laid out into, by the block's place in
/// the body: a cursor move changes two items and the count, and laying out the other blocks again
/// (prefixes, wrapping, indents) was most of the layout (issue 19, callgrind). A block's lines
/// depend only on the block, its index and the width, so lines kept for an equal block at the same
/// index and width are its lines.
final class BlockLinesMemo {
    /// Per index: the block, the width it was laid out at (-1: nothing kept) and its lines. Kept in
    /// three arrays and compared in place: copying a kept entry out to compare it (its strings and
    /// lines retained and released) cost more than the comparison.
    private var blocks: [Block] = []
    private var widths: [Int] = []
    private var lines: [[Layout.BodyLine]] = []

    func lines(of block: Block, at index: Int, width: Int) -> [Layout.BodyLine]? {
        guard index < blocks.count, widths[index] == width, blocks[index] == block else { return nil }
        return lines[index]
    }

    func remember(_ laidOut: ArraySlice<Layout.BodyLine>, of block: Block, at index: Int, width: Int) {
        while blocks.count <= index {
            blocks.append(.blank)
            widths.append(-1)
            lines.append([])
        }
        blocks[index] = block
        widths[index] = width
        lines[index] = Array(laidOut)
    }

    /// A body of fewer blocks than the last: what was kept past its end is dropped.
    func keep(first count: Int) {
        guard blocks.count > count else { return }
        blocks.removeSubrange(count...)
        widths.removeSubrange(count...)
        lines.removeSubrange(count...)
    }
}
