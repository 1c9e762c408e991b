/// One line of text with a caret and a length limit. Control characters never get in; a paste
/// that is too long is cut at the limit and the clerk is told, so nothing is lost silently.
struct TextEditing {
    private(set) var characters: [Character]
    /// 0…count; count means "after the last character".
    private(set) var caret: Int
    let maxLength: Int

    init(text: String, caret: Int?, maxLength: Int) {
        characters = Array(text)
        self.caret = min(max(caret ?? characters.count, 0), characters.count)
        self.maxLength = maxLength
    }

    var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            caret = min(caret, characters.count)
        }
    }

    /// The caret to keep: nil when it is at the end (the usual place, so nothing to remember).
    var storedCaret: Int? { caret == characters.count ? nil : caret }

    /// What a key did to the line: edited it (with what to tell the clerk, if anything), or
    /// nothing because it is not an editing key (Enter, Esc… are the caller's).
    enum Edit: Equatable {
        case edited(Notice?)
        case notAnEdit
    }

    /// The keys of a one-line editor, the same in every field (steps, the changes screen).
    /// `replacesOnTyping`: the text shown is an earlier answer, replaced by what is typed (issue 15).
    mutating func edit(_ event: Event, replacesOnTyping: Bool) -> Edit {
        switch event {
        case .insert(let typed):
            if replacesOnTyping { text = "" }
            return .edited(insert(typed).map { .warning($0) })
        case .pick(let digit):
            if replacesOnTyping { text = "" }
            return .edited(insert(String(digit)).map { .warning($0) })
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .caretLeft: moveLeft()
        case .caretRight: moveRight()
        case .caretHome, .moveFirst: moveHome()
        case .caretEnd, .moveLast: moveEnd()
        case .convertToHalfWidth:
            let converted = FullWidth.toHalfWidth(text)
            defer { text = converted }
            return .edited(.info(converted == text ? Wording.nothingToConvert : Wording.converted))
        default:
            return .notAnEdit
        }
        return .edited(nil)
    }

    /// Adds typed text at the caret; returns a message when some of it could not be taken.
    mutating func insert(_ typed: String) -> String? {
        var dropped = false
        var accepted: [Character] = []
        for character in typed {
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }) {
                dropped = true
                continue
            }
            accepted.append(character)
        }
        let room = max(maxLength - characters.count, 0)
        let taken = accepted.prefix(room)
        characters.insert(contentsOf: taken, at: caret)
        caret += taken.count
        if accepted.count > room { return Wording.tooLong(maxLength) }
        return dropped ? Wording.controlDropped : nil
    }

    mutating func deleteBackward() {
        guard caret > 0 else { return }
        characters.remove(at: caret - 1)
        caret -= 1
    }

    mutating func deleteForward() {
        guard caret < characters.count else { return }
        characters.remove(at: caret)
    }

    mutating func moveLeft() { caret = max(caret - 1, 0) }
    mutating func moveRight() { caret = min(caret + 1, characters.count) }
    mutating func moveHome() { caret = 0 }
    mutating func moveEnd() { caret = characters.count }
}
