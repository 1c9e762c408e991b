import ClaimFlow
import ClaimScreens

/// Turns an interactive session into a tape that replays to the same screens (issue 6):
/// runs of characters become `Type`, repeats get a count, each new screen heading becomes an
/// `Expect`, and what is typed into a secret field is replaced, never written.
public final class TapeRecorder {
    private var lines: [String]
    private var pendingText = ""
    private var pendingKey: (name: String, count: Int)?
    private var lastHeading: String?
    private var recordedSecret = false

    /// `notes` are comment lines for the head (where the recording started: `RecordingStart`).
    public init(start: LocalDateTime, width: Int, height: Int, notes: [String] = []) {
        lines = [
            "# seikyu record で記録したテープ",
            "# パスワードなど秘密の入力は、同じ文字数・同じ種類の別の文字に置き換えています。",
        ] + notes + [
            "Set Size \(width)x\(height)",
            "Env SEIKYU_NOW \(start)",
        ]
    }

    /// Call before the session handles the key: whether it goes into a field, and a secret one.
    public func record(_ key: Key, typing: Bool, secret: Bool) {
        switch key {
        case .character(" ") where !typing:
            recordNamed("Space")
        case .character(let c):
            flushKey()
            pendingText.append(secret ? TapeRecorder.placeholder(for: c) : c)
            if secret { recordedSecret = true }
        case .resize(let w, let h):
            flush()
            lines.append("Resize \(w)x\(h)")
        case .control("l"), .unknown:
            break // redraws and unnamed keys change nothing a tape can replay
        default:
            recordNamed(key.tapeName)
        }
    }

    private func recordNamed(_ name: String) {
        flushText()
        if let pending = pendingKey, pending.name == name {
            pendingKey = (name, pending.count + 1)
        } else {
            flushKey()
            pendingKey = (name, 1)
        }
    }

    /// Call after the key was handled: a new heading becomes an expectation.
    public func screenShown(heading: String) {
        guard heading != lastHeading else { return }
        lastHeading = heading
        flush()
        // A heading may be cut at the right edge; a prefix still identifies the step.
        lines.append("Expect \"\(TapeRecorder.escape(String(heading.prefix(30))))\"")
    }

    public var text: String {
        flush()
        return lines.joined(separator: "\n") + "\n"
    }

    /// Same class, different character: `Tape1pwX` → `Aaaa0aaA`.
    static func placeholder(for character: Character) -> Character {
        if character.isASCII && character.isNumber { return "0" }
        if character.isASCII && character.isUppercase { return "A" }
        if character.isASCII && character.isLowercase { return "a" }
        return "-"
    }

    static func escape(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
    }

    private func flush() {
        flushText()
        flushKey()
    }

    private func flushText() {
        guard !pendingText.isEmpty else { return }
        lines.append("Type \"\(TapeRecorder.escape(pendingText))\"")
        pendingText = ""
    }

    private func flushKey() {
        guard let pending = pendingKey else { return }
        lines.append(pending.count > 1 ? "\(pending.name) \(pending.count)" : pending.name)
        pendingKey = nil
    }
}
