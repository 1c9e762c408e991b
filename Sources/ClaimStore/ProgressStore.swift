import ClaimFlow
import Foundation

/// Where progress and the audit trail live. The library touches the disk only through this.
public protocol ProgressStore: AnyObject {
    /// Reads saved progress. A file that cannot be used is kept aside, never overwritten.
    func load(now: LocalDateTime) -> LoadResult
    func save(_ progress: SavedProgress) throws(DataProblemError)
    func appendAudit(_ entry: AuditEntry) throws(DataProblemError)
    /// Writes a 相談メモ; returns where it is, for the screen.
    func writeMemo(name: String, text: String) throws(DataProblemError) -> String
}

public struct DataProblemError: Error, Equatable, Sendable {
    public var problem: DataProblem
}

public struct LoadResult: Equatable, Sendable {
    public var progress: SavedProgress
    /// Set when saved data existed but could not be used.
    public var problem: DataProblem?
    /// False when saving would destroy a file we could not read or move aside.
    public var canSave: Bool
}

/// Progress in `DIR/progress.json`, the audit trail in `DIR/audit.jsonl` (folder 0700, files 0600).
public final class FileProgressStore: ProgressStore {
    public let directory: String
    public var progressPath: String { directory + "/progress.json" }
    public var auditPath: String { directory + "/audit.jsonl" }
    private var saveBlocked = false

    /// Creates the folder (0700) when it does not exist yet.
    public init(directory: String) throws(DataProblemError) {
        self.directory = directory
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) {
            if !isFolder.boolValue {
                throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: "\(directory) はフォルダではありません"))
            }
            removeStaleTemporaryFiles()
            return
        }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: "フォルダ \(directory) を作れません"))
        }
    }

    /// A process killed between writing and renaming leaves `progress.json.tmp-PID`: the real
    /// file is intact, so the leftover is only clutter.
    private func removeStaleTemporaryFiles() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasPrefix("progress.json.tmp-") || name.hasPrefix("memo") && name.contains(".tmp-") {
            try? FileManager.default.removeItem(atPath: directory + "/" + name)
        }
    }

    public func load(now: LocalDateTime) -> LoadResult {
        let path = progressPath
        guard FileManager.default.fileExists(atPath: path) else {
            return LoadResult(progress: SavedProgress(), problem: nil, canSave: true)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return setAside(.unreadable, now: now, detail: "読み取り権限がありません")
        }
        struct VersionOnly: Decodable { var schemaVersion: Int }
        if let version = try? JSONDecoder().decode(VersionOnly.self, from: data),
           version.schemaVersion > SavedProgress.currentSchemaVersion {
            return setAside(.futureVersion, now: now, detail: "schemaVersion \(version.schemaVersion)")
        }
        do {
            let progress = try JSONDecoder().decode(SavedProgress.self, from: data)
            return LoadResult(progress: progress, problem: nil, canSave: true)
        } catch {
            return setAside(.corrupt, now: now, detail: "\(error)")
        }
    }

    /// Reads progress without changing anything on disk (for `seikyu status`).
    public static func peek(directory: String) -> Result<SavedProgress, DataProblem> {
        let path = directory + "/progress.json"
        guard FileManager.default.fileExists(atPath: path) else { return .success(SavedProgress()) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(DataProblem(kind: .unreadable, keptAt: nil, detail: path))
        }
        do {
            let progress = try JSONDecoder().decode(SavedProgress.self, from: data)
            if progress.schemaVersion > SavedProgress.currentSchemaVersion {
                return .failure(DataProblem(kind: .futureVersion, keptAt: nil, detail: path))
            }
            return .success(progress)
        } catch {
            return .failure(DataProblem(kind: .corrupt, keptAt: nil, detail: path))
        }
    }

    /// Moves an unusable file to `progress.json.<kind>-<stamp>` so saving cannot destroy it.
    private func setAside(_ kind: DataProblem.Kind, now: LocalDateTime, detail: String) -> LoadResult {
        var target = progressPath + ".\(kind.rawValue)-\(now.compactStamp)"
        var suffix = 1
        while FileManager.default.fileExists(atPath: target) {
            suffix += 1
            target = progressPath + ".\(kind.rawValue)-\(now.compactStamp)-\(suffix)"
        }
        if rename(progressPath, target) == 0 {
            return LoadResult(progress: SavedProgress(), problem: DataProblem(kind: kind, keptAt: target, detail: detail), canSave: true)
        }
        saveBlocked = true
        return LoadResult(progress: SavedProgress(), problem: DataProblem(kind: kind, keptAt: nil, detail: detail), canSave: false)
    }

    public func save(_ progress: SavedProgress) throws(DataProblemError) {
        if saveBlocked { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data: Data
        do {
            data = try encoder.encode(progress)
        } catch {
            throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: "\(error)"))
        }
        do {
            try AtomicFile.write(data, to: progressPath)
        } catch {
            throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: error.japanese))
        }
    }

    public var memoFolder: String { directory + "/memos" }

    public func writeMemo(name: String, text: String) throws(DataProblemError) -> String {
        let safeName = name.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        let path = memoFolder + "/" + (safeName.isEmpty ? "memo.txt" : safeName)
        do {
            try FileManager.default.createDirectory(atPath: memoFolder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: "フォルダ \(memoFolder) を作れません"))
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: path)
        } catch {
            throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: error.japanese))
        }
        return path
    }

    public func appendAudit(_ entry: AuditEntry) throws(DataProblemError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard var line = try? encoder.encode(entry) else { return }
        line.append(0x0A)
        do {
            try AtomicFile.append(line, to: auditPath)
        } catch {
            throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: error.japanese))
        }
    }
}
