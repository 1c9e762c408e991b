import ArgumentParser
import ClaimFlow
import ClaimStore
import FoundationEssentials

/// `seikyu memo [--out FILE]` — the 相談メモ of the latest troubleshooting run (T11), to print
/// or hand to a support desk: the same text as its file in memos/ and the screen (`m` on the
/// menu). It never contains a password: the record never had one.
struct MemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "memo", abstract: "最新の相談メモを表示・保存します")

    @OptionGroup var options: GlobalOptions

    @Option(help: "書き出すファイル（省略すると画面に表示）")
    var out: String?

    func run() throws {
        if let out {
            do { try SafePath.checkWritable(out) } catch { throw ExitWith(message: error.japanese, status: ExitStatus.failure) }
        }
        let progress = try loadProgress(options)
        guard let record = progress.triages.last else {
            throw ExitWith(message: "相談メモはまだありません。画面の「接続トラブル」を最後まで進めると作られます。", status: ExitStatus.failure)
        }
        let text: String
        if let written = record.memo {
            // The memo as it was written to memos/ and shown on screen.
            text = written
        } else {
            // A record of an earlier version kept no text: worded again as of its own time.
            let context = Context(catalog: try reportingFailure { try options.settings.catalog() }, now: record.at,
                                  rules: try reportingFailure { try options.settings.rules() }, desks: try reportingFailure { try options.settings.desks() })
            text = ConsultationMemo.render(record, progress: progress, directory: context.directory(progress), context: context)
        }
        guard let out else {
            print(text, terminator: "")
            return
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: out)
        } catch {
            throw ExitWith(message: error.japanese, status: ExitStatus.failure)
        }
        print("相談メモを書き出しました: \(out)")
    }
}
