/// Remembers how texts were wrapped, for one window: from one frame to the next almost every text
/// is the same, and wrapping (line-break rules for each character) was the largest part of a frame
/// (issue 19, perf). `TextWrap.wrap` is pure, so a remembered result is the result. Bounded: it
/// starts over when it holds more texts than any screen shows.
public final class WrapMemo {
    private struct Key: Hashable {
        var text: String
        var width: Int
    }

    private var wrapped: [Key: [String]] = [:]
    /// The last frame's body, block by block (the layout's other memo, kept by the same window).
    let blocks = BlockLinesMemo()
    /// The last frame's rows and what each was drawn from (the layout's third memo).
    var rows = RowMemo()
    /// The last frame's body as laid out, for a frame that only moves a list's highlight.
    var body: LaidOutBody?
    /// How many frames were drawn on the last one that way (for the tests).
    var movedFrames = 0
    static let capacity = 1024

    public init() {}

    func wrap(_ text: String, width: Int) -> [String] {
        let key = Key(text: text, width: width)
        if let lines = wrapped[key] { return lines }
        let lines = TextWrap.wrap(text, width: width)
        if wrapped.count >= Self.capacity { wrapped.removeAll(keepingCapacity: true) }
        wrapped[key] = lines
        return lines
    }
}
