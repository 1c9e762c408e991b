import ArgumentParser
import ClaimFlow
import FoundationEssentials
import Glibc

/// `seikyu check-id` — analyse a network ID, password or clinic code (I1–I3) for testers and
/// IT staff. Passwords come from standard input only, never the command line (it would land
/// in the shell history and the process list).
struct CheckIDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-id", abstract: "ネットワークID・パスワード・医療機関コードを1文字ずつ調べます")

    @Option(help: "調べるもの: network-id（ネットワークID）、password（パスワード）、clinic-code（医療機関コード）")
    var kind: String = "network-id"

    @Flag(help: "JSON で出力する")
    var json = false

    @Argument(help: "調べる文字列（パスワードは標準入力から）")
    var text: String?

    /// Issue 16: far longer than any ID or password, short enough to answer at once.
    static let byteLimit = 1_000

    func validate() throws {
        guard let kind = IdentifierAnalysis.Kind(rawValue: kind) else {
            throw ValidationError("--kind は network-id, password, clinic-code のどれかです: \"\(self.kind)\"")
        }
        if let text, text.isEmpty {
            throw ValidationError("調べる文字列が空です。ネットワークID などを1つ指定してください。")
        }
        if let text, text.utf8.count > Self.byteLimit {
            throw ValidationError("調べる文字列が長すぎます（\(Self.byteLimit)バイトまで）。1つずつ指定してください。")
        }
        if kind == .password, text != nil {
            throw ValidationError("パスワードはコマンドラインに書かないでください（履歴に残ります）。標準入力から渡してください: echo … | seikyu check-id --kind password")
        }
    }

    struct ProblemJSON: Encodable { var kind: String; var position: Int?; var message: String; var severity: String }
    struct CharacterJSON: Encodable { var char: String; var position: Int; var lookalike: Bool; var reading: String; var flagged: Bool }
    struct Report: Encodable {
        var kind: String
        var input: String
        var normalized: String
        var valid: Bool
        var length: Int
        var problems: [ProblemJSON]
        var characters: [CharacterJSON]
        /// Clinic codes only (I1): which check-digit scheme the prefecture uses and whether it matched.
        var clinicCode: ClinicCodeJSON?
    }
    struct ClinicCodeJSON: Encodable {
        var scheme: String?
        var schemeDescription: String?
        var checkDigitMatches: Bool
        var usable: Bool
    }

    func run() throws {
        guard let kind = IdentifierAnalysis.Kind(rawValue: kind) else { return }
        let value: String
        if let text {
            value = text
        } else {
            // One line from standard input, a bounded amount (issue 16); the newline is not part of the ID.
            switch BoundedLine.read(limit: Self.byteLimit) {
            case .line(let line): value = line
            case .empty:
                throw ExitWith(message: "標準入力が空です。調べる文字列を1行で渡してください: echo … | seikyu check-id", status: ExitStatus.failure)
            case .tooLong(let limit):
                throw ExitWith(message: "入力が長すぎます（1行 \(limit)バイトまで）。調べる文字列を1行ずつ渡してください。", status: ExitStatus.failure)
            }
        }
        let analysis = IdentifierAnalysis(value, kind: kind)
        let secret = kind == .password
        if json {
            // A password's characters are described by class, never echoed back.
            let report = Report(
                kind: kind.rawValue,
                input: secret ? String(repeating: "*", count: value.count) : value,
                normalized: secret ? String(repeating: "*", count: analysis.normalized.count) : analysis.normalized,
                valid: analysis.valid, length: value.count,
                problems: analysis.problems.map { ProblemJSON(kind: $0.kind, position: $0.position, message: $0.message, severity: $0.severity.rawValue) },
                characters: analysis.characters.map {
                    CharacterJSON(char: secret ? "*" : String($0.character), position: $0.position, lookalike: $0.lookalike,
                                  reading: secret ? CharacterReading.characterClass(of: $0.character) : $0.reading, flagged: $0.flagged)
                },
                clinicCode: kind == .clinicCode ? clinicCodeReport(analysis.normalized) : nil)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            let verdict = analysis.valid ? "問題は見つかりませんでした"
                : analysis.problems.contains { $0.severity == .error } ? "直すところがあります" : "確かめるところがあります"
            print("\(kind.japanese): \(verdict)（\(value.count)文字）")
            if kind == .clinicCode, let scheme = ClinicCode.check(analysis.normalized).scheme {
                print("検証番号の計算: \(scheme.japanese)")
            }
            for info in analysis.characters {
                let shown = secret ? "*" : String(info.character)
                let reading = secret ? CharacterReading.characterClass(of: info.character) : info.reading
                let mark = info.flagged ? "  <- 直してください" : info.lookalike ? "  <- 似た文字に注意" : ""
                let position = String(info.position)
                print(String(repeating: " ", count: max(3 - position.count, 0)) + position + "  \(shown)  \(reading)\(mark)")
            }
            if !secret, analysis.normalized != value { print("半角にすると: \(analysis.normalized)") }
            for problem in analysis.problems { print((problem.severity == .error ? "エラー: " : "注意: ") + problem.message) }
        }
        if !analysis.valid { throw ExitCode(ExitStatus.failure) }
    }

    private func clinicCodeReport(_ text: String) -> ClinicCodeJSON {
        let result = ClinicCode.check(text)
        return ClinicCodeJSON(scheme: result.scheme?.rawValue, schemeDescription: result.scheme?.japanese,
                              checkDigitMatches: result.checkDigitMatches, usable: result.usable)
    }
}
