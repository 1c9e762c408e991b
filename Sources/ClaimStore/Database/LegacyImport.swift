import ClaimFlow
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// A folder written by the JSON store (schema 1: `progress.json`, `audit.jsonl`) is taken in on
/// the first start with the database: profile, answers, records, contacts, audit lines. The old
/// files are then moved, untouched, into `imported-<stamp>/` and the screen says so once.
enum LegacyImport {
    struct LegacyFileProblem: Error { var kind: DataProblem.Kind }

    static let progressFile = "progress.json"
    static let auditFile = "audit.jsonl"

    struct Report {
        var movedTo: String
        var auditLines: Int
        var unreadableLines: Int
        /// progress.json could not be read: it was moved aside with the rest, and this says so.
        var problem: DataProblem?

        var japanese: [String] {
            var lines = ["以前の形式の保存データ（progress.json・audit.jsonl）を取り込みました。",
                         "元のファイルは \(movedTo) に移して残しています。"]
            if unreadableLines > 0 {
                lines[1] += "監査記録のうち \(unreadableLines) 行は読めなかったため、元のファイルにだけ残っています。"
            }
            return lines
        }
    }

    /// Runs under the folder lock. Nil when there is nothing to take in.
    static func run(folder: String, into database: Database, now: LocalDateTime, hint: RevisionHint?) throws -> Report? {
        let progressPath = folder + "/" + progressFile, auditPath = folder + "/" + auditFile
        let hasProgress = PathKind.of(progressPath) == .regularFile, hasAudit = PathKind.of(auditPath) == .regularFile
        guard hasProgress || hasAudit else { return nil }

        var problem: DataProblem?
        var progress = SavedProgress()
        if hasProgress {
            switch decodeProgress(at: progressPath) {
            case .success(let decoded): progress = decoded
            case .failure(let failure): problem = DataProblem(kind: failure.kind, keptAt: nil, detail: progressPath)
            }
        }
        var entries: [AuditEntry] = []
        var unreadable = 0
        if hasAudit, let data = FileManager.default.contents(atPath: auditPath) {
            for line in data.split(separator: 0x0A) where !line.isEmpty {
                if let entry = try? JSONDecoder().decode(AuditEntry.self, from: Data(line)) { entries.append(entry) } else { unreadable += 1 }
            }
        }

        let target = freeFolderName(in: folder, now: now)
        // The rows first, the files after: a stop in between leaves the files where they were and
        // the import recorded, so the next start only moves them (nothing is taken in twice).
        try database.inTransaction(.immediate) { db in
            let alreadyTaken = try Int.fetchOne(db, sql: "SELECT count(*) FROM imports") ?? 0 > 0
            if !alreadyTaken {
                let current = try Int.fetchOne(db, sql: "SELECT value FROM revision") ?? 0
                // Only into an empty database: data already saved there is never replaced.
                let sections = current == 0 ? try ProgressRows.write(db, from: SavedProgress(), to: progress) : []
                for entry in entries { try SQLiteProgressStore.append(entry, db) }
                try ProgressRows.markSaved(db, revision: current + 1, sections: sections, hint: hint)
            }
            try db.execute(sql: "INSERT INTO imports (at, moved_to, audit_lines, unreadable_lines) VALUES (?, ?, ?, ?)",
                           arguments: [now.description, target, entries.count, unreadable])
            return .commit
        }
        try move([progressPath, auditPath].filter { PathKind.of($0) == .regularFile }, into: target, folder: folder)
        problem?.keptAt = target + "/" + progressFile
        return Report(movedTo: target, auditLines: entries.count, unreadableLines: unreadable, problem: problem)
    }

    private static func decodeProgress(at path: String) -> Result<SavedProgress, LegacyFileProblem> {
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(LegacyFileProblem(kind: .unreadable)) }
        struct VersionOnly: Decodable { var schemaVersion: Int }
        if let version = try? JSONDecoder().decode(VersionOnly.self, from: data), version.schemaVersion > 1 {
            return .failure(LegacyFileProblem(kind: .futureVersion))
        }
        guard let progress = try? JSONDecoder().decode(SavedProgress.self, from: data) else { return .failure(LegacyFileProblem(kind: .corrupt)) }
        return .success(progress)
    }

    private static func freeFolderName(in folder: String, now: LocalDateTime) -> String {
        var target = folder + "/imported-\(now.compactStamp)"
        var suffix = 1
        while PathKind.of(target) != .missing {
            suffix += 1
            target = folder + "/imported-\(now.compactStamp)-\(suffix)"
        }
        return target
    }

    /// `imported-<stamp>/` (0700), the files renamed into it: same disk, nothing copied or lost.
    private static func move(_ paths: [String], into target: String, folder: String) throws {
        guard mkdir(target, 0o700) == 0 else { throw Errno(errno) }
        for path in paths {
            guard rename(path, target + "/" + PathName.last(path)) == 0 else { throw Errno(errno) }
        }
        AtomicFile.syncFolder(of: target + "/x")
        AtomicFile.syncFolder(of: folder + "/x")
    }
}
