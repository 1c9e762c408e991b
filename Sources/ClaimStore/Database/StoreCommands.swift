import ClaimFlow
import FoundationEssentials

/// What the command-line tools need beyond a window's keys: a read that creates nothing, and
/// one change written as one transaction on top of whatever is saved at that moment.
extension SQLiteProgressStore {
    /// The saved progress for `seikyu status` and friends. A folder or database that does not
    /// exist yet is an empty start and is not created.
    public static func peek(directory: String, now: LocalDateTime) -> Result<SavedProgress, DataProblem> {
        // A folder that is there is checked even when empty: one others can write to is refused.
        if PathKind.of(directory) != .missing {
            do { try DataFolder.check(directory) } catch { return .failure(error.problem) }
        }
        let files = [fileName, LegacyImport.progressFile, LegacyImport.auditFile].map { directory + "/" + $0 }
        if files.allSatisfy({ PathKind.of($0) == .missing }) { return .success(SavedProgress()) }
        do {
            let store = try SQLiteProgressStore(directory: directory)
            defer { store.close() }
            let loaded = store.load(now: now)
            if let problem = loaded.problem, !loaded.canSave || problem.keptAt != nil { return .failure(problem) }
            return .success(loaded.progress)
        } catch {
            return .failure(error.problem)
        }
    }

    /// Applies `change` to what is saved now, inside the write lock, so fifty commands at once
    /// give fifty changes. Call `load` first. Returns the progress as saved.
    @discardableResult
    public func update(_ change: (inout SavedProgress) -> [AuditEntry]) throws(DataProblemError) -> SavedProgress {
        var result = SavedProgress()
        // Expecting an impossible revision makes the store hand over what is saved now.
        _ = try commit(expecting: -1) { saved in
            let before = saved ?? SavedProgress()
            var after = before
            let audit = change(&after)
            result = after
            return StoreChange(before: before, after: after, audit: audit)
        }
        return result
    }
}
