import ClaimFlow
@testable import ClaimStore
import Foundation
import GRDB
import Testing

/// A database written by an earlier version is migrated in place, keeping every record.
@Suite struct MigrationTests {
    @Test func aVersionOneDatabaseKeepsItsReceiptsAsPayerUnknown() throws {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let database = try DatabaseQueue(path: folder.file(SQLiteProgressStore.fileName))
        try Schema.migrator.migrate(database, upTo: "v1: progress, records, audit trail")
        try database.write {
            try $0.execute(sql: "INSERT INTO receipts (month, received_at, reference) VALUES ('2026-11', '2026-11-07T09:12', 'OLD-1')")
        }
        try database.close()

        let loaded = try SQLiteProgressStore(directory: folder.path).load(now: december3)
        #expect(loaded.problem == nil)
        #expect(loaded.progress.submissions == [ReceiptRecord(month: "2026-11", receivedAt: LocalDateTime(parsing: "2026-11-07T09:12")!,
                                                              reference: "OLD-1").submission])
        #expect(loaded.progress.isSubmitted(month: "2026-11"))
    }
}
