import ArgumentParser
import ClaimFlow
import ClaimStore
import Foundation

/// `seikyu changes list` / `seikyu changes add --date D --kind K "note"` — the change log [S0].
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes", abstract: "変更予定・変更履歴（回線・ルータ・証明書・端末）",
        subcommands: [List.self, Add.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "記録した変更を日付順に表示します")
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let progress = try loadProgress(options)
            let calendar = SubmissionCalendar(rules: try reportingFailure { try options.rules() }, extensions: progress.extensions, duty: ClaimDuty(progress))
            let today = (try options.fixedNow() ?? JapanClock.now()).date
            if progress.changes.isEmpty { print("変更は記録されていません。") }
            for change in progress.changes {
                let state = change.isDone ? "済み" : change.isUnconfirmed(today: today) ? "予定（済んだか未確認）" : "予定"
                let freeze = calendar.day(change.date).freeze ? "  [変更禁止の期間]" : ""
                print("\(change.date)  \(state)  \(change.kind.rawValue)（\(change.kind.japanese)）  \(change.note)\(freeze)")
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "変更を記録します。変更禁止の期間なら注意を表示します")
        @OptionGroup var options: GlobalOptions

        @Option(help: "変更する日（した日） YYYY-MM-DD")
        var date: String

        @Option(help: "種類: \(ChangeKind.allCases.map(\.rawValue).joined(separator: ", "))")
        var kind: String

        @Argument(help: "メモ")
        var note: String

        func validate() throws {
            guard CivilDate(parsing: date) != nil else { throw ValidationError("--date は 2026-12-08 の形で指定してください: \"\(date)\"") }
            guard ChangeKind(rawValue: kind) != nil else {
                throw ValidationError("--kind は \(ChangeKind.allCases.map(\.rawValue).joined(separator: ", ")) のどれかです: \"\(kind)\"")
            }
        }

        func run() throws {
            guard let day = CivilDate(parsing: date), let kind = ChangeKind(rawValue: kind) else { return }
            let store = try openStore(options)
            let loaded = store.load(now: try options.fixedNow() ?? JapanClock.now())
            if let problem = loaded.problem {
                throw ExitWith(message: problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
            }
            var progress = loaded.progress
            let now = try options.fixedNow() ?? JapanClock.now()
            let record = progress.addChange(date: day, kind: kind, note: note, at: now)
            do { try store.save(progress) } catch {
                throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
            }
            print("記録しました: \(record.date) \(kind.japanese) \(note)")
            let calendar = SubmissionCalendar(rules: try reportingFailure { try options.rules() }, extensions: progress.extensions, duty: ClaimDuty(progress))
            if let warning = FreezeCheck.warning(for: day, calendar: calendar) { print("注意: " + warning) }
        }
    }
}

func openStore(_ options: GlobalOptions) throws -> FileProgressStore {
    do {
        return try FileProgressStore(directory: options.dataDirectory())
    } catch {
        throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
    }
}

func loadProgress(_ options: GlobalOptions) throws -> SavedProgress {
    switch FileProgressStore.peek(directory: options.dataDirectory()) {
    case .success(let progress): return progress
    case .failure(let problem): throw ExitWith(message: problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
    }
}
