/// Remembers the body lines each block of the last frames was laid out into, by the block's place in
/// the body: a cursor move changes two items and the count, and laying out the other blocks again
/// (prefixes, wrapping, indents) was most of the layout (issue 19, callgrind). A block's lines
/// depend only on the block, its index and the width, so lines kept for an equal block at the same
/// index and width are its lines. Each place keeps the block it held before too: a list row moves
/// between highlighted and not, and both are then laid out once.
final class BlockLinesMemo {
    /// Per index: the block, the width it was laid out at (-1: nothing kept) and its lines, and the
    /// same for the block before it. Kept in arrays and compared in place: copying a kept entry out to
    /// compare it (its strings and lines retained and released) cost more than the comparison.
    private var blocks: [Block] = []
    private var widths: [Int] = []
    private var lines: [[Layout.BodyLine]] = []
    private var earlierBlocks: [Block] = []
    private var earlierWidths: [Int] = []
    private var earlierLines: [[Layout.BodyLine]] = []
    /// The current block's version (`Screen.versions`), when its screen had them: the same version at
    /// the same width is the same block, known without comparing the blocks' texts.
    private var versions: [BlockVersion?] = []

    func lines(of block: Block, at index: Int, width: Int, version: BlockVersion? = nil) -> [Layout.BodyLine]? {
        guard index < blocks.count else { return nil }
        if let version, versions[index] == version, widths[index] == width { return lines[index] }
        if widths[index] == width, blocks[index] == block {
            versions[index] = version
            return lines[index]
        }
        guard earlierWidths[index] == width, earlierBlocks[index] == block else { return nil }
        // The block before is back (the highlight came back to its row): it becomes the current one.
        swap(&blocks[index], &earlierBlocks[index])
        swap(&widths[index], &earlierWidths[index])
        swap(&lines[index], &earlierLines[index])
        versions[index] = version
        return lines[index]
    }

    func remember(_ laidOut: [Layout.BodyLine], of block: Block, at index: Int, width: Int, version: BlockVersion? = nil) {
        while blocks.count <= index {
            blocks.append(.blank)
            widths.append(-1)
            lines.append([])
            earlierBlocks.append(.blank)
            earlierWidths.append(-1)
            earlierLines.append([])
            versions.append(nil)
        }
        swap(&blocks[index], &earlierBlocks[index])
        swap(&widths[index], &earlierWidths[index])
        swap(&lines[index], &earlierLines[index])
        blocks[index] = block
        widths[index] = width
        lines[index] = laidOut
        versions[index] = version
    }

    /// A body of fewer blocks than the last: what was kept past its end is dropped.
    func keep(first count: Int) {
        guard blocks.count > count else { return }
        blocks.removeSubrange(count...)
        widths.removeSubrange(count...)
        lines.removeSubrange(count...)
        earlierBlocks.removeSubrange(count...)
        earlierWidths.removeSubrange(count...)
        earlierLines.removeSubrange(count...)
        versions.removeSubrange(count...)
    }
}
