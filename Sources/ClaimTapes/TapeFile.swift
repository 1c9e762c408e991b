import ClaimStore
import FoundationEssentials

/// Reads a tape file and pulls in the tapes its `Source` lines name (relative to the tape's
/// folder), so the player sees one list of lines. Every syntax error of every file is kept.
public enum TapeFile {
    public static func load(_ path: String) -> (Tape, [TapeSyntaxError]) {
        var visiting: [String] = []
        return load(path, from: path, line: 0, visiting: &visiting)
    }

    private static func load(_ path: String, from parent: String, line: Int, visiting: inout [String]) -> (Tape, [TapeSyntaxError]) {
        let empty = Tape(file: path, lines: [])
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            let message = path == parent
                ? "テープを読み込めません（ファイルがないか、UTF-8 ではありません）。"
                : "Source \(path): テープを読み込めません（ファイルがないか、UTF-8 ではありません）。"
            return (empty, [TapeSyntaxError(file: parent, line: line, message: message)])
        }
        let standardized = PathName.resolved(path)
        if visiting.contains(standardized) {
            return (empty, [TapeSyntaxError(file: parent, line: line, message: "Source \(path): テープが自分自身を読み込んでいます（くり返しになります）。")])
        }
        visiting.append(standardized)
        defer { visiting.removeLast() }
        var (tape, errors) = TapeParser.read(text, file: path)
        var lines: [TapeLine] = []
        for tapeLine in tape.lines {
            guard case .source(let name) = tapeLine.command else {
                lines.append(tapeLine)
                continue
            }
            let folder = PathName.parent(path)
            let sourced = name.hasPrefix("/") || folder.isEmpty ? name : folder + "/" + name
            let (inner, innerErrors) = load(sourced, from: path, line: tapeLine.number, visiting: &visiting)
            errors += innerErrors
            tape.notes += inner.notes
            lines += inner.lines.map { line in
                var line = line
                line.sourceFile = line.sourceFile ?? sourced
                return line
            }
        }
        tape.lines = lines
        return (tape, errors)
    }
}
