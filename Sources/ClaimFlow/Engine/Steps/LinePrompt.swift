import FoundationEssentials

/// What a plain line-by-line mode (issue 18) would print for a step and how it reads the line
/// typed back. Values only, texts as written in the flow: the plain mode words and fills them.
public enum LinePrompt: Equatable, Sendable {
    /// Text to read; an empty line goes on.
    case read
    /// The answers to look over; an empty line accepts them.
    case review([AnswerLine])
    /// The options numbered from 1, the chosen one marked; a line is an option's number.
    case choose([NumberedEntry])
    /// The items numbered from 1 with their state; a number ticks or unticks one, an empty line goes on.
    case tick([NumberedEntry])
    /// One line for the field (a secret one is read without echo).
    case type(TextField)
    /// The characters to read aloud against the paper (nil when there are none: a secret lives
    /// only in memory), then the checker's name as a line (I3).
    case readBack(String?, secret: Bool, name: TextField)

    /// The line as an answer; nil when it is not one here (a number out of range, text on a list).
    public func read(_ line: String) -> LineAnswer? {
        let typed = FullWidth.toHalfWidth(line).trimmingSpaces
        switch self {
        case .read, .review:
            return typed.isEmpty ? .goOn : nil
        case .choose(let options):
            if typed.isEmpty { return options.first(where: \.marked).map { .choose($0.number) } }
            return Self.number(typed, upTo: options.count).map(LineAnswer.choose)
        case .tick(let items):
            if typed.isEmpty { return .goOn }
            return Self.number(typed, upTo: items.count).map(LineAnswer.tick)
        case .type, .readBack:
            return .text(line)
        }
    }

    private static func number(_ text: String, upTo count: Int) -> Int? {
        guard let number = Int(text), number >= 1, number <= count else { return nil }
        return number
    }
}

/// A numbered row of a line prompt: an option or a checklist item.
public struct NumberedEntry: Equatable, Sendable {
    /// From 1, as typed back.
    public var number: Int
    public var text: String
    public var detail: String?
    /// Ticked, or the option chosen before.
    public var marked: Bool
    /// False for a checklist item that may be left unticked.
    public var required: Bool

    public init(number: Int, text: String, detail: String? = nil, marked: Bool, required: Bool = true) {
        self.number = number
        self.text = text
        self.detail = detail
        self.marked = marked
        self.required = required
    }
}

/// A line read back on a step, as the plain mode would hand it to the reducer.
public enum LineAnswer: Equatable, Sendable {
    case goOn
    /// An option's number, from 1.
    case choose(Int)
    /// An item's number, from 1.
    case tick(Int)
    case text(String)
}
