/// One line of typed text with a length limit. Control characters never get in; a paste that
/// is too long is cut at the limit and the clerk is told, so nothing is lost silently.
struct TextEditing {
    var text: String
    let maxLength: Int

    /// Adds typed text; returns a message when some of it could not be taken.
    mutating func insert(_ typed: String) -> String? {
        var dropped = false
        var accepted = ""
        for character in typed {
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }) {
                dropped = true
                continue
            }
            accepted.append(character)
        }
        let room = max(maxLength - text.count, 0)
        if accepted.count > room {
            text += accepted.prefix(room)
            return Wording.tooLong(maxLength)
        }
        text += accepted
        return dropped ? Wording.controlDropped : nil
    }

    mutating func deleteBackward() {
        if !text.isEmpty { text.removeLast() }
    }
}
