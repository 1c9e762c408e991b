import ClaimFlow
import ClaimScreens

/// Reads the tape language. Every error names the file, the line and what was expected; every
/// error of a tape is listed at once. Forgiving about the file (CRLF, a BOM, `# comment` after a
/// command) and about VHS tapes (docs/tapes.md has the table), exact about the commands.
public enum TapeParser {
    static let usage = """
    使えるコマンド: Type "文字", Enter, Tab, Space, Backspace, Escape, Up, Down, Left, Right, Home, End, \
    PageUp, PageDown, F1〜F12, Ctrl+X, Alt+X（回数を付けられます: Down 3、速さも: Type@100ms）, Sleep 500ms, \
    Set Size 80x24, Set TypingSpeed 50ms, Resize 60x20, Env SEIKYU_NOW 2026-12-09T10:00, Expect "文字", \
    ExpectNot "文字", Wait /正規表現/, Snapshot 名前, Output ファイル.txt, Restart, Hide, Show, Source ファイル.tape, Caption "字幕"
    """

    /// The tape, or every syntax error in it (the first one carries the rest in `following`).
    public static func parse(_ text: String, file: String) throws(TapeSyntaxError) -> Tape {
        let (tape, errors) = read(text, file: file)
        guard var first = errors.first else { return tape }
        first.following = Array(errors.dropFirst())
        throw first
    }

    /// The lines that parse, and an error for each line that does not.
    public static func read(_ text: String, file: String) -> (Tape, [TapeSyntaxError]) {
        var lines: [TapeLine] = []
        var notes: [TapeNote] = []
        var errors: [TapeSyntaxError] = []
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for (index, raw) in rawLines(of: body).enumerated() {
            if let key = plainKey(raw) {
                lines.append(TapeLine(number: index + 1, command: key, speedMilliseconds: nil))
                continue
            }
            let line = withoutComment(String(raw)).trimmingSpaces
            if line.isEmpty { continue }
            do {
                switch try parsed(line) {
                case .command(let command, let speed):
                    lines.append(TapeLine(number: index + 1, command: command, speedMilliseconds: speed))
                case .noEffect(let message):
                    notes.append(TapeNote(file: file, line: index + 1, message: message))
                }
            } catch {
                // The list of commands once, after the first unknown word: not once per mistake.
                let usageOnce = error.unknownCommand && !errors.contains { $0.message.hasSuffix(usage) }
                errors.append(TapeSyntaxError(file: file, line: index + 1, message: error.message + (usageOnce ? "\n" + usage : "")))
            }
        }
        return (Tape(file: file, lines: lines, notes: notes), errors)
    }

    /// The lines of a tape, split on "\n", "\r\n" and a lone "\r" (as Swift's Characters would: a
    /// line break never joins what follows it), found in the UTF-8 bytes (issue 19: splitting a
    /// 100,000-line tape into Characters was a tenth of reading it).
    static func rawLines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                utf8.formIndex(after: &index)
                continue
            }
            lines.append(text[start..<index])
            utf8.formIndex(after: &index)
            if byte == 0x0D, index != utf8.endIndex, utf8[index] == 0x0A { utf8.formIndex(after: &index) }
            start = index
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// A line that is only a key's name (`Down`, `Enter`, `F10`, `Ctrl+C`): the key once, as the
    /// full reading below gives it, without its comment, quote and spacing rules (none can apply to
    /// letters, digits and `+`). Nil for anything else, which the full reading takes.
    static func plainKey(_ line: Substring) -> TapeCommand? {
        guard !line.isEmpty, line.utf8.count <= 16 else { return nil }
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"): continue
            default: return nil
            }
        }
        return KeyNames.key(named: String(line)).map { .key($0, count: 1) }
    }

    struct Problem: Error {
        var message: String
        var unknownCommand = false
    }

    enum Parsed {
        case command(TapeCommand, speed: Int?)
        case noEffect(String)
    }

    /// A `#` starts a comment at the start of a line or after a space, outside quotes and
    /// outside a `Wait /…/` pattern (where `#` may be part of the text checked).
    static func withoutComment(_ line: String) -> String {
        var quote: Character?
        var escaping = false
        let isWait = line.trimmingSpaces.hasPrefix("Wait")
        var previous: Character = " "
        var result = ""
        for character in line {
            if let open = quote {
                if escaping { escaping = false } else if character == "\\" && open == "\"" { escaping = true } else if character == open { quote = nil }
            } else if character == "\"" || character == "'" || character == "`" || (isWait && character == "/") {
                quote = character
            } else if character == "#" && previous.isWhitespace {
                break
            }
            result.append(character)
            previous = character
        }
        return result
    }

    static func parsed(_ line: String) throws(Problem) -> Parsed {
        let (fullWord, rest) = splitWord(line)
        // VHS: `Type@100ms "…"`, `Down@200ms 3`, `Wait+Screen@5s /re/`.
        let (word, speedText) = splitAt(fullWord)
        var speed: Int?
        if let speedText { speed = try duration(speedText, for: word) }
        func plain(_ command: TapeCommand) throws(Problem) -> Parsed {
            if speed != nil { throw Problem(message: "\(word) には @時間 を付けられません（付けられるのは Type、キー、Wait です）。") }
            return .command(command, speed: nil)
        }
        switch word {
        case "Type": return .command(.type(try quoted(rest, for: "Type")), speed: speed)
        case "Caption": return try plain(.caption(rest.isEmpty ? "" : try quoted(rest, for: "Caption")))
        case "Expect": return try plain(.expect(try quoted(rest, for: "Expect")))
        case "ExpectNot": return try plain(.expectNot(try quoted(rest, for: "ExpectNot")))
        case "Wait", "Wait+Screen", "Wait+Line":
            guard rest.count >= 2, rest.hasPrefix("/"), rest.hasSuffix("/") else {
                throw Problem(message: "\(word) の後には /正規表現/ を書いてください（例: Wait /受領書/）。")
            }
            let pattern = String(rest.dropFirst().dropLast())
            do { _ = try Regex(pattern) } catch {
                throw Problem(message: "正規表現 /\(pattern)/ が読めません: \(error)")
            }
            return .command(.wait(pattern: pattern, timeoutMilliseconds: speed), speed: nil)
        case "Sleep": return try plain(.sleep(milliseconds: try duration(rest, for: "Sleep")))
        case "Resize":
            let (w, h) = try size(rest, for: "Resize")
            return try plain(.resize(width: w, height: h))
        case "Snapshot":
            guard !rest.isEmpty, !rest.contains("/"), !rest.hasPrefix(".") else {
                throw Problem(message: "Snapshot の後には名前を書いてください（例: Snapshot menu）。/ は使えません。")
            }
            return try plain(.snapshot(rest))
        case "Output":
            guard !rest.isEmpty else { throw Problem(message: "Output の後にはファイル名を書いてください（例: Output screens.txt）。") }
            if let kind = mediaKind(rest) {
                throw Problem(message: "Output \(rest): seikyu は\(kind)を作りません。画面の文字を書き出すには Output screens.txt と書いてください（動画が要るときは VHS で録ってください）。")
            }
            return try plain(.output(rest))
        case "Screenshot":
            throw Problem(message: "Screenshot は使えません。seikyu は画像を作りません。画面の文字は Snapshot 名前 で書き出せます。")
        case "Restart": return try plain(try nothingAfter(rest, .restart, for: word))
        case "Hide": return try plain(try nothingAfter(rest, .hide, for: word))
        case "Show": return try plain(try nothingAfter(rest, .show, for: word))
        case "Source":
            let path = unquoted(rest)
            guard !path.isEmpty else { throw Problem(message: "Source の後にはテープのファイル名を書いてください（例: Source login.tape）。") }
            return try plain(.source(path))
        case "Require":
            guard !rest.isEmpty else { throw Problem(message: "Require の後にはプログラムの名前を書いてください。") }
            return .noEffect("Require \(rest) は効果がありません（テープは seikyu の中で再生します）。")
        case "Set": return try setting(rest, speed: speed)
        case "Env":
            let (name, value) = splitWord(rest)
            guard name == "SEIKYU_NOW" else {
                throw Problem(message: "Env で使えるのは SEIKYU_NOW です（例: Env SEIKYU_NOW 2026-12-09T10:00）。")
            }
            guard let now = LocalDateTime(accepting: unquoted(value)) else {
                throw Problem(message: "SEIKYU_NOW は 2026-12-09T10:00 の形で、\(SupportedYearsWording.span)の日時を書いてください（\"\(value)\" は読めません）。")
            }
            return try plain(.clock(now))
        default:
            let command: TapeCommand
            if let key = KeyNames.key(named: word) {
                command = .key(key, count: try count(rest, for: word))
            } else if word.hasPrefix("Alt+"), word.count == 5, let letter = word.last, letter.isASCII, !letter.isWhitespace {
                command = .alt(letter, count: try count(rest, for: word))
            } else {
                var message = "\"\(word)\" というコマンドはありません。"
                if let guess = TapeSuggestion.nearest(to: word) {
                    message += " did you mean \(guess)? （\(guess) のことですか？）"
                }
                throw Problem(message: message, unknownCommand: true)
            }
            return .command(command, speed: speed)
        }
    }

    /// VHS settings that change the look of a recording do nothing here, and say so.
    static let cosmeticSettings: Set<String> = [
        "Shell", "FontSize", "FontFamily", "Width", "Height", "LetterSpacing", "LineHeight", "Theme", "Padding",
        "Margin", "MarginFill", "WindowBar", "WindowBarSize", "BorderRadius", "Framerate", "PlaybackSpeed",
        "LoopOffset", "CursorBlink", "WaitPattern",
    ]

    static func setting(_ text: String, speed: Int?) throws(Problem) -> Parsed {
        guard speed == nil else { throw Problem(message: "Set には @時間 を付けられません。") }
        let (name, value) = splitWord(text)
        switch name {
        case "Size":
            let (w, h) = try size(value, for: "Set Size")
            return .command(.size(width: w, height: h), speed: nil)
        case "TypingSpeed":
            return .command(.typingSpeed(milliseconds: try duration(value, for: "Set TypingSpeed")), speed: nil)
        case "Width", "Height":
            return .noEffect("Set \(name) は録画の画素の大きさで、ここでは効果がありません。画面の大きさは Set Size 80x24（文字数）で決めます。")
        case _ where cosmeticSettings.contains(name):
            return .noEffect("Set \(name) は VHS の録画のための設定で、ここでは効果がありません。")
        default:
            var message = "Set で使えるのは Size と TypingSpeed です（\"\(name)\" は使えません）。"
            if let guess = TapeSuggestion.nearest(to: name, among: ["Size", "TypingSpeed"] + cosmeticSettings.sorted()) {
                message += " did you mean \(guess)? （\(guess) のことですか？）"
            }
            throw Problem(message: message)
        }
    }

    static func nothingAfter(_ rest: String, _ command: TapeCommand, for word: String) throws(Problem) -> TapeCommand {
        guard rest.isEmpty else { throw Problem(message: "\(word) の後には何も書きません。") }
        return command
    }

    static func count(_ rest: String, for word: String) throws(Problem) -> Int {
        if rest.isEmpty { return 1 }
        guard let count = Int(rest), (1...10_000).contains(count) else {
            throw Problem(message: "\(word) の後の回数は 1〜10000 の数字にしてください（\"\(rest)\" は読めません）。")
        }
        return count
    }

    /// What `Output` would have to make that seikyu does not: a picture or a film.
    static func mediaKind(_ path: String) -> String? {
        let lower = path.lowercased()
        if [".gif", ".mp4", ".webm", ".mov"].contains(where: lower.hasSuffix) { return "動画" }
        if [".png", ".jpg", ".jpeg", ".svg"].contains(where: lower.hasSuffix) || lower.hasSuffix("/") { return "画像" }
        return nil
    }

    static func splitWord(_ text: String) -> (String, String) {
        guard let space = text.firstIndex(where: \.isWhitespace) else { return (text, "") }
        return (String(text[..<space]), text[space...].trimmingSpaces)
    }

    /// `Type@100ms` → (`Type`, `100ms`).
    static func splitAt(_ word: String) -> (String, String?) {
        guard let at = word.firstIndex(of: "@"), at != word.startIndex else { return (word, nil) }
        return (String(word[..<at]), String(word[word.index(after: at)...]))
    }

    static func unquoted(_ text: String) -> String {
        for mark in ["\"", "'", "`"] where text.count >= 2 && text.hasPrefix(mark) && text.hasSuffix(mark) {
            return String(text.dropFirst().dropLast())
        }
        return text
    }

    /// A quoted string: "…" with \" \\ \n \t escapes, or VHS's '…' and `…` taken as they are.
    static func quoted(_ text: String, for command: String) throws(Problem) -> String {
        if text.count >= 2, let mark = text.first, mark == "'" || mark == "`", text.last == mark {
            return String(text.dropFirst().dropLast())
        }
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

    /// `500ms`, `2s`, `1.5s`, and VHS's bare number of seconds (`Sleep 1`, `Sleep 0.5`).
    static func duration(_ text: String, for command: String) throws(Problem) -> Int {
        if text.hasSuffix("ms"), let n = Int(text.dropLast(2)), n >= 0 { return n }
        if text.hasSuffix("s"), let n = Double(text.dropLast()), n >= 0, n <= 86_400 { return Int(n * 1000) }
        if let n = Double(text), n >= 0, n <= 86_400 { return Int(n * 1000) }
        throw Problem(message: "\(command) の時間は 500ms や 2s（数字だけなら秒）の形で書いてください（\"\(text)\" は読めません）。")
    }

    static func size(_ text: String, for command: String) throws(Problem) -> (Int, Int) {
        let parts = text.split(separator: "x").map(String.init)
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...1000).contains(w), (1...1000).contains(h) else {
            throw Problem(message: "\(command) の大きさは 80x24 の形で書いてください（\"\(text)\" は読めません）。")
        }
        return (w, h)
    }
}
