import ClaimFlow
import ClaimScreens

/// Reads the tape language. Every error names the file, the line and what was expected.
public enum TapeParser {
    static let usage = """
    使えるコマンド: Type "文字", Enter, Tab, Space, Backspace, Escape, Up, Down, Left, Right, Home, End, \
    PageUp, PageDown, F1〜F12, Ctrl+X（回数を付けられます: Down 3）, Sleep 500ms, Set Size 80x24, \
    Set TypingSpeed 50ms, Resize 60x20, Env SEIKYU_NOW 2026-12-09T10:00, Expect "文字", ExpectNot "文字", \
    Wait /正規表現/, Snapshot 名前, Output ファイル.txt, Restart
    """

    public static func parse(_ text: String, file: String) throws(TapeSyntaxError) -> Tape {
        var lines: [TapeLine] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            do {
                lines.append(TapeLine(number: index + 1, command: try command(line)))
            } catch {
                throw TapeSyntaxError(file: file, line: index + 1, message: error.message)
            }
        }
        return Tape(file: file, lines: lines)
    }

    struct Problem: Error { var message: String }

    static func command(_ line: String) throws(Problem) -> TapeCommand {
        let (word, rest) = splitWord(line)
        switch word {
        case "Type": return .type(try quoted(rest, for: "Type"))
        case "Expect": return .expect(try quoted(rest, for: "Expect"))
        case "ExpectNot": return .expectNot(try quoted(rest, for: "ExpectNot"))
        case "Wait", "Wait+Screen":
            guard rest.count >= 2, rest.hasPrefix("/"), rest.hasSuffix("/") else {
                throw Problem(message: "Wait の後には /正規表現/ を書いてください（例: Wait /受領書/）。")
            }
            let pattern = String(rest.dropFirst().dropLast())
            do { _ = try Regex(pattern) } catch {
                throw Problem(message: "正規表現 /\(pattern)/ が読めません: \(error)")
            }
            return .wait(pattern: pattern)
        case "Sleep": return .sleep(milliseconds: try duration(rest, for: "Sleep"))
        case "Resize":
            let (w, h) = try size(rest, for: "Resize")
            return .resize(width: w, height: h)
        case "Snapshot":
            let name = rest.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
                throw Problem(message: "Snapshot の後には名前を書いてください（例: Snapshot menu）。/ は使えません。")
            }
            return .snapshot(name)
        case "Output":
            let path = rest.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { throw Problem(message: "Output の後にはファイル名を書いてください（例: Output screens.txt）。") }
            return .output(path)
        case "Restart":
            guard rest.isEmpty else { throw Problem(message: "Restart の後には何も書きません。") }
            return .restart
        case "Set":
            let (setting, value) = splitWord(rest)
            switch setting {
            case "Size":
                let (w, h) = try size(value, for: "Set Size")
                return .size(width: w, height: h)
            case "TypingSpeed": return .typingSpeed(milliseconds: try duration(value, for: "Set TypingSpeed"))
            default:
                throw Problem(message: "Set で使えるのは Size と TypingSpeed です（\"\(setting)\" は使えません）。")
            }
        case "Env":
            let (name, value) = splitWord(rest)
            guard name == "SEIKYU_NOW" else {
                throw Problem(message: "Env で使えるのは SEIKYU_NOW です（例: Env SEIKYU_NOW 2026-12-09T10:00）。")
            }
            guard let now = LocalDateTime(accepting: value) else {
                throw Problem(message: "SEIKYU_NOW は 2026-12-09T10:00 の形で、\(SupportedYearsWording.span)の日時を書いてください（\"\(value)\" は読めません）。")
            }
            return .clock(now)
        default:
            guard let key = KeyNames.key(named: word) else {
                var message = "\"\(word)\" というコマンドはありません。"
                if let guess = KeyNames.suggestion(for: word) ?? commandSuggestion(word) {
                    message += " did you mean \(guess)? （\(guess) のことですか？）"
                }
                throw Problem(message: message + "\n" + usage)
            }
            if rest.isEmpty { return .key(key, count: 1) }
            guard let count = Int(rest), (1...10_000).contains(count) else {
                throw Problem(message: "\(word) の後の回数は 1〜10000 の数字にしてください（\"\(rest)\" は読めません）。")
            }
            return .key(key, count: count)
        }
    }

    static let commandWords = ["Type", "Expect", "ExpectNot", "Wait", "Sleep", "Resize", "Snapshot", "Output", "Restart", "Set", "Env"]

    static func commandSuggestion(_ word: String) -> String? {
        commandWords.map { ($0, KeyNames.distance(word.lowercased(), $0.lowercased())) }
            .filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    static func splitWord(_ text: String) -> (String, String) {
        guard let space = text.firstIndex(of: " ") else { return (text, "") }
        return (String(text[..<space]), text[space...].trimmingCharacters(in: .whitespaces))
    }

    /// A double-quoted string with \" \\ \n \t escapes.
    static func quoted(_ text: String, for command: String) throws(Problem) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else {
            throw Problem(message: "\(command) の後には \"文字\" を引用符で囲んで書いてください。")
        }
        var result = ""
        var escaping = false
        for character in text.dropFirst().dropLast() {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { throw Problem(message: "\(command) の文字列が \\ で終わっています。") }
        return result
    }

    static func duration(_ text: String, for command: String) throws(Problem) -> Int {
        if text.hasSuffix("ms"), let n = Int(text.dropLast(2)), n >= 0 { return n }
        if text.hasSuffix("s"), let n = Double(text.dropLast()), n >= 0 { return Int(n * 1000) }
        throw Problem(message: "\(command) の時間は 500ms や 2s の形で書いてください（\"\(text)\" は読めません）。")
    }

    static func size(_ text: String, for command: String) throws(Problem) -> (Int, Int) {
        let parts = text.split(separator: "x").map(String.init)
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...1000).contains(w), (1...1000).contains(h) else {
            throw Problem(message: "\(command) の大きさは 80x24 の形で書いてください（\"\(text)\" は読めません）。")
        }
        return (w, h)
    }
}
