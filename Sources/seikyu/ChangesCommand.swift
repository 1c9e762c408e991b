import ArgumentParser
import ClaimFlow
import ClaimStore
import FoundationEssentials
import Glibc

/// `seikyu changes list` / `seikyu changes add --date D --kind K "note"` — the change log [S0];
/// `done`, `postpone`, `edit` and `cancel` (ChangeStateCommands.swift) act on a planned change.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes", abstract: "変更予定・変更履歴（回線・ルータ・証明書・端末）",
        subcommands: [List.self, Add.self, Done.self, Postpone.self, Edit.self, Cancel.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "記録した変更を日付順に、番号と状態（予定・済み・取り消し）つきで表示します")
        @OptionGroup var options: GlobalOptions

        @Flag(help: "JSON で出力する（スクリプト向け）")
        var json = false

        func run() throws {
            let progress = try loadProgress(options)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(progress.changes), as: UTF8.self))
                return
            }
            let calendar = SubmissionCalendar(rules: try reportingFailure { try options.settings.rules() }, extensions: progress.extensions, duty: ClaimDuty(progress, catalog: try reportingFailure { try options.settings.catalog() }))
            let today = (try options.settings.fixedNow() ?? JapanClock.now()).date
            if progress.changes.isEmpty { print("変更は記録されていません。") }
            for change in progress.changes {
                // [S0]: planned until the clerk says otherwise, even after its date.
                let state = Messages.changes.state(change.state) + (change.isUnconfirmed(today: today) ? "（日付が過ぎています）" : "")
                let freeze = change.isPlanned && calendar.day(change.date).freeze ? "  [変更禁止の期間]" : ""
                let moved = change.originalDate != change.date ? "  （元の日付 \(change.originalDate)）" : ""
                print("\(change.id)  \(change.date)  \(state)  \(change.kind.japanese)  \(change.note)\(moved)\(freeze)")
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "変更を記録します。変更禁止の期間なら注意を表示します")
        @OptionGroup var options: GlobalOptions

        @Option(help: "変更する日（した日）（例 2027-04-01、2027/4/1、令和9年4月1日）")
        var date: String

        @Option(help: "変更の種類（router などの英字でも指定できます）")
        var kind: ChangeKindArgument

        @Argument(help: "メモ")
        var note: String

        func validate() throws {
            _ = try clerkDate(date, option: "--date")
        }

        func run() throws {
            guard let day = try? clerkDate(date, option: "--date") else { return }
            let kind = self.kind.kind
            let now = try options.settings.fixedNow() ?? JapanClock.now()
            let store = try openStore(options, now: now)
            defer { store.close() }
            var record: ChangeRecord?
            let progress: SavedProgress
            do {
                // Added to what is saved at that moment, under the write lock: fifty at once give fifty.
                progress = try store.update { progress in
                    let added = progress.addChange(date: day, kind: kind, note: note, at: now)
                    record = added
                    return [AuditEntry(at: now, flow: "changes", step: "add", item: "\(added.id)", action: "added")]
                }
            } catch {
                throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
            }
            guard let record else { return }
            print("記録しました: \(record.date) \(kind.japanese) \(note)（番号 \(record.id)・\(Messages.changes.state(record.state))）")
            let calendar = SubmissionCalendar(rules: try reportingFailure { try options.settings.rules() }, extensions: progress.extensions, duty: ClaimDuty(progress, catalog: try reportingFailure { try options.settings.catalog() }))
            if record.isPlanned, let warning = FreezeCheck.warning(for: day, calendar: calendar) { print("注意: " + warning) }
        }
    }
}

/// Opens the data folder's database for a command; a problem is printed and exits 1.
func openStore(_ options: GlobalOptions, now: LocalDateTime) throws -> SQLiteProgressStore {
    let store: SQLiteProgressStore
    do {
        store = try SQLiteProgressStore(directory: options.settings.dataDirectory())
    } catch {
        throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
    }
    let loaded = store.load(now: now)
    if let problem = loaded.problem, !loaded.canSave {
        throw ExitWith(message: problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
    }
    if let lines = loaded.problem?.japanese ?? loaded.notice {
        StandardStream.error.write(lines.joined(separator: "\n") + "\n")
    }
    return store
}

func loadProgress(_ options: GlobalOptions) throws -> SavedProgress {
    switch SQLiteProgressStore.peek(directory: options.settings.dataDirectory(), now: try options.settings.fixedNow() ?? JapanClock.now()) {
    case .success(let progress): return progress
    case .failure(let problem): throw ExitWith(message: problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
    }
}
