import FoundationEssentials

/// What the clerk can do to a planned change [S0] (the changes screen and `seikyu changes`). Done
/// and cancelled changes are records of what happened and stay as they are.
public enum ChangeCommand: Equatable, Sendable {
    /// To a later day, not in the past; the change stays planned and keeps its earlier date in its history.
    case postpone(to: CivilDate)
    /// Corrects the date (any day) or the note; at least one of them.
    case edit(date: CivilDate?, note: String?)
    /// The clerk says it was made, on a day not after today.
    case markDone(on: CivilDate)
    /// It will not be made; the record stays in the list.
    case cancel
}

/// Why a command was refused; `ChangeMessages` words it with what to do instead.
public enum ChangeRefusal: Error, Equatable, Sendable {
    case noSuchChange(id: Int)
    /// Done or cancelled already.
    case notPlanned(ChangeRecord)
    /// A postponement moves the change to a later day than its date.
    case postponeNotLater(ChangeRecord, to: CivilDate)
    /// A postponement to a day already past.
    case postponeIntoPast(to: CivilDate, today: CivilDate)
    /// A change cannot have been made on a day still to come.
    case doneInFuture(on: CivilDate, today: CivilDate)
    /// An edit that names neither a new date nor a new note.
    case nothingToEdit
    case emptyNote
}

extension ChangeRecord {
    /// The record after `command` at `now`, or why it cannot be done. Pure: the caller saves it.
    public func applying(_ command: ChangeCommand, at now: LocalDateTime) -> Result<ChangeRecord, ChangeRefusal> {
        guard isPlanned else { return .failure(.notPlanned(self)) }
        var next = self
        switch command {
        case .postpone(let day):
            guard day > date else { return .failure(.postponeNotLater(self, to: day)) }
            guard day >= now.date else { return .failure(.postponeIntoPast(to: day, today: now.date)) }
            next.date = day
            next.history.append(ChangeRevision(action: .postponed, at: now, fromDate: date, toDate: day))
        case .edit(let day, let text):
            let newDate = day.flatMap { $0 == date ? nil : $0 }
            let newNote = text.map { $0.trimmingSpaces }
            if newNote?.isEmpty == true { return .failure(.emptyNote) }
            let changedNote = newNote.flatMap { $0 == note ? nil : $0 }
            guard newDate != nil || changedNote != nil else { return .failure(.nothingToEdit) }
            next.date = newDate ?? date
            next.note = changedNote ?? note
            next.history.append(ChangeRevision(action: .edited, at: now, fromDate: newDate.map { _ in date }, toDate: newDate,
                                               fromNote: changedNote.map { _ in note }, toNote: changedNote))
        case .markDone(let day):
            guard day <= now.date else { return .failure(.doneInFuture(on: day, today: now.date)) }
            // `date` becomes the day it was made; the planned day stays in the history.
            next.date = day
            next.state = .done
            next.history.append(ChangeRevision(action: .done, at: now, fromDate: day == date ? nil : date, toDate: day == date ? nil : day))
        case .cancel:
            next.state = .cancelled
            next.history.append(ChangeRevision(action: .cancelled, at: now))
        }
        return .success(next)
    }

    /// The day `markDone` suggests: the planned day once it has come, else today.
    public func suggestedDoneDay(today: CivilDate) -> CivilDate { min(date, today) }
}

extension SavedProgress {
    /// Records a new change (planned, or done when dated before today) and keeps the list in date order.
    public mutating func addChange(date: CivilDate, kind: ChangeKind, note: String, at now: LocalDateTime) -> ChangeRecord {
        let record = ChangeRecord.recorded(id: (changes.map(\.id).max() ?? 0) + 1, date: date, kind: kind, note: note, at: now)
        changes.append(record)
        changes.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        return record
    }

    /// What `command` would make of change `id`, without changing anything (the confirm screen).
    public func trying(_ command: ChangeCommand, onChange id: Int, at now: LocalDateTime) -> Result<ChangeRecord, ChangeRefusal> {
        guard let change = changes.first(where: { $0.id == id }) else { return .failure(.noSuchChange(id: id)) }
        return change.applying(command, at: now)
    }

    /// Applies `command` to change `id`; the list stays in date order. Returns the changed record.
    @discardableResult
    public mutating func apply(_ command: ChangeCommand, toChange id: Int, at now: LocalDateTime) -> Result<ChangeRecord, ChangeRefusal> {
        let result = trying(command, onChange: id, at: now)
        if case .success(let changed) = result, let index = changes.firstIndex(where: { $0.id == id }) {
            changes[index] = changed
            changes.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        }
        return result
    }
}
