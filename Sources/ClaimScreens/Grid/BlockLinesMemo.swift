/// Remembers the body lines each block of the last frame was laid out into, by the block's place in
/// the body: a cursor move changes two items and the count, and laying out the other blocks again
/// (prefixes, wrapping, indents) was most of the layout (issue 19, callgrind). A block's lines
/// depend only on the block, its index and the width, so lines kept for an equal block at the same
/// index and width are its lines.
final class BlockLinesMemo {
    private struct Entry {
        var block: Block
        var width: Int
        var lines: [Layout.BodyLine]
    }

    private var entries: [Entry?] = []

    func lines(of block: Block, at index: Int, width: Int) -> [Layout.BodyLine]? {
        guard index < entries.count, let entry = entries[index], entry.width == width, entry.block == block else { return nil }
        return entry.lines
    }

    func remember(_ lines: ArraySlice<Layout.BodyLine>, of block: Block, at index: Int, width: Int) {
        while entries.count <= index { entries.append(nil) }
        entries[index] = Entry(block: block, width: width, lines: Array(lines))
    }

    /// A body of fewer blocks than the last: what was kept past its end is dropped.
    func keep(first count: Int) {
        if entries.count > count { entries.removeSubrange(count...) }
    }
}
