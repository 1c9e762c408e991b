import ArgumentParser
import ClaimFlow
import ClaimStore
import FoundationEssentials
import Glibc

/// `seikyu changes done|postpone|edit|cancel ID` — what the changes screen does to a planned
/// change [S0], for scripts and for a clerk at the command line. Each is one transaction with
/// its audit line; a done or cancelled change is refused and stays as it is.
extension ChangesCommand {
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "done", abstract: "予定の変更を「済み」にします（変更した日を記録します）")
        @OptionGroup var options: GlobalOptions

        @Argument(help: "変更の番号（一覧の左の数字）")
        var id: Int

        @Option(help: "変更した日（例 2027-04-01、2027/4/1、令和9年4月1日。省略すると予定日。予定日がまだ来ていなければ今日）")
        var on: String?

        func validate() throws {
            if let on { _ = try clerkDate(on, option: "--on") }
        }

        func run() throws {
            let given = try on.map { try clerkDate($0, option: "--on") }
            try changeRecord(id, options, step: "done") { change, today in .markDone(on: given ?? change.suggestedDoneDay(today: today)) }
        }
    }

    struct Postpone: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "postpone", abstract: "予定の変更を後の日に延期します（予定のまま、元の日付は記録に残ります）")
        @OptionGroup var options: GlobalOptions

        @Argument(help: "変更の番号（一覧の左の数字）")
        var id: Int

        @Option(help: "延期する日（例 2027-04-01、2027/4/1、令和9年4月1日）")
        var to: String

        func validate() throws { _ = try clerkDate(to, option: "--to") }

        func run() throws {
            let day = try clerkDate(to, option: "--to")
            try changeRecord(id, options, step: "postpone") { _, _ in .postpone(to: day) }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "予定の変更の日付やメモの誤りを直します")
        @OptionGroup var options: GlobalOptions

        @Argument(help: "変更の番号（一覧の左の数字）")
        var id: Int

        @Option(help: "正しい日付（例 2027-04-01、2027/4/1、令和9年4月1日）")
        var date: String?

        @Option(help: "新しいメモ")
        var note: String?

        func validate() throws {
            guard date != nil || note != nil else { throw ValidationError("--date か --note のどちらか（両方でも）を指定してください。") }
            if let date { _ = try clerkDate(date, option: "--date") }
        }

        func run() throws {
            let day = try date.map { try clerkDate($0, option: "--date") }
            try changeRecord(id, options, step: "edit") { _, _ in .edit(date: day, note: note) }
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "cancel", abstract: "予定の変更を取り消します（記録は一覧に「取り消し」として残ります）")
        @OptionGroup var options: GlobalOptions

        @Argument(help: "変更の番号（一覧の左の数字）")
        var id: Int

        func run() throws {
            try changeRecord(id, options, step: "cancel") { _, _ in .cancel }
        }
    }
}

/// A date option read as the screens read dates (2027/4/1, 令和9年4月1日, full-width digits);
/// what is wrong is said as on the screen, with the option's name.
func clerkDate(_ text: String, option: String) throws -> CivilDate {
    switch ClerkDate.read(text) {
    case .success(let day): return day
    case .failure(let problem): throw ValidationError("\(option): \(DateWording.problem(problem))")
    }
}

/// Applies the command `make` gives for change `id` to what is saved now (under the write lock),
/// prints what was recorded and, for a new planned date in the freeze, the warning [S0].
/// A refusal is printed to standard error with exit status 1 and changes nothing.
private func changeRecord(_ id: Int, _ options: GlobalOptions, step: String,
                          _ make: @escaping (ChangeRecord, CivilDate) -> ChangeCommand) throws {
    let now = try options.settings.fixedNow() ?? JapanClock.now()
    // Checked before the store is opened, so a wrong number creates no data folder.
    guard try loadProgress(options).changes.contains(where: { $0.id == id }) else {
        throw ExitWith(message: Messages.changes.refusal(.noSuchChange(id: id)), status: ExitStatus.failure)
    }
    let store = try openStore(options, now: now)
    defer { store.close() }
    var outcome: (before: ChangeRecord, command: ChangeCommand, result: Result<ChangeRecord, ChangeRefusal>)?
    let progress: SavedProgress
    do {
        progress = try store.update { progress in
            guard let before = progress.changes.first(where: { $0.id == id }) else {
                outcome = nil
                return []
            }
            let command = make(before, now.date)
            let result = progress.apply(command, toChange: id, at: now)
            outcome = (before, command, result)
            guard case .success(let after) = result else { return [] }
            return [AuditEntry(at: now, flow: "changes", step: step, item: "\(id)", action: after.history.last?.action.rawValue ?? step)]
        }
    } catch {
        throw ExitWith(message: error.problem.japanese.joined(separator: "\n"), status: ExitStatus.failure)
    }
    guard let outcome else { throw ExitWith(message: Messages.changes.refusal(.noSuchChange(id: id)), status: ExitStatus.failure) }
    switch outcome.result {
    case .failure(let refusal):
        throw ExitWith(message: Messages.changes.refusal(refusal), status: ExitStatus.failure)
    case .success(let after):
        print(Messages.changes.applied(outcome.command, before: outcome.before, after: after))
        let calendar = SubmissionCalendar(rules: try reportingFailure { try options.settings.rules() }, extensions: progress.extensions,
                                          duty: ClaimDuty(progress, catalog: try reportingFailure { try options.settings.catalog() }))
        if after.isPlanned, after.date != outcome.before.date, let warning = FreezeCheck.warning(for: after.date, calendar: calendar) {
            print("注意: " + warning)
        }
    }
}
