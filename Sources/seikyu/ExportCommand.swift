import ArgumentParser
import ClaimFlow
import ClaimStore
import FoundationEssentials
import Glibc

/// `seikyu export [--out FILE]` — everything in the data folder as JSON, for a backup a person
/// can read, a vendor, or another program (issue 11). No password is in it: none is ever saved.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "保存データ全部（進み具合・記録・監査記録）を JSON で書き出します")

    @OptionGroup var options: GlobalOptions

    @Option(help: "書き出すファイル（省略すると画面に表示）")
    var out: String?

    func run() throws {
        if let out {
            do { try SafePath.checkWritable(out) } catch { throw ExitWith(message: error.japanese, status: ExitStatus.failure) }
        }
        let now = try options.settings.fixedNow() ?? JapanClock.now()
        let store = try openStore(options, now: now)
        defer { store.close() }
        let data: Data
        do {
            data = try store.export(now: now).json()
        } catch let error as DataProblemError {
            throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
        }
        guard let out else {
            StandardStream.output.write([UInt8](data))
            return
        }
        do { try AtomicFile.write(data, to: out) } catch { throw ExitWith(message: error.japanese, status: ExitStatus.failure) }
        print("書き出しました: \(out)")
    }
}

/// `seikyu backup FILE` — a consistent copy of the database, also while windows are open
/// (SQLite's online backup). The copy opens as a data folder's `seikyu.sqlite`.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "データベースの控えを作ります（画面を開いたままでも使えます）")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "控えのファイル（例 seikyu-2026-12-03.sqlite）")
    var file: String

    func run() throws {
        do { try SafePath.checkWritable(file) } catch { throw ExitWith(message: error.japanese, status: ExitStatus.failure) }
        let store = try openStore(options, now: try options.settings.fixedNow() ?? JapanClock.now())
        defer { store.close() }
        do { try store.backup(to: file) } catch {
            throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
        }
        print("控えを作りました: \(file)")
        print("戻すときは、画面を閉じてから、このファイルをデータの保存先の \(SQLiteProgressStore.fileName) に置き換えます。")
    }
}
