/// Where a movement key takes the highlight in a list of `count` rows (the changes screen, the
/// certificate register): one row, ten for a page, or either end; always a row that exists.
enum ListCursor {
    static func moved(from index: Int, by event: Event, count: Int) -> Int? {
        guard count > 0 else { return nil }
        let moved: Int
        switch event {
        case .moveUp: moved = index - 1
        case .moveDown: moved = index + 1
        case .pageUp: moved = index - 10
        case .pageDown: moved = index + 10
        case .moveFirst: moved = 0
        case .moveLast: moved = count - 1
        default: return nil
        }
        return min(max(moved, 0), count - 1)
    }
}
