import ClaimFlow
@testable import ClaimStore
import Foundation
import Testing

/// Issue 14: the certificate register is saved (migration "v8: the certificate register") and read back, by this
/// window and by another one that sees the revision move.
@Suite struct CertificateRegisterStoreTests {
    @Test func theRegisterIsSavedAndReadBack() throws {
        let folder = ScratchFolder()
        let writer = try SQLiteProgressStore(directory: folder.path)
        _ = writer.load(now: december3)
        let reader = try SQLiteProgressStore(directory: folder.path)
        _ = reader.load(now: december3)
        let issued = try #require(CivilDate(parsing: "2026-01-10"))
        try writer.update { progress in
            progress.addCertificate(pc: "1号機", role: .sharedWithEligibility, issued: issued, backedUp: true)
            return []
        }
        let reloaded = try reader.reload().progress
        #expect(reloaded.certificates == [Certificate(id: 1, pc: "1号機", role: .sharedWithEligibility, issued: issued, backedUp: true)])
        writer.close()
        reader.close()
        let fresh = try SQLiteProgressStore(directory: folder.path).load(now: december3)
        #expect(fresh.progress.certificates.map(\.pc) == ["1号機"])
        #expect(fresh.problem == nil)
    }

    @Test func aVersionSixDatabaseGetsTheNewTable() throws {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let database = try Database(path: folder.file(SQLiteProgressStore.fileName))
        try Schema.migrator.migrate(database, upTo: "v6: the way back to the summary")
        try database.close()
        let loaded = try SQLiteProgressStore(directory: folder.path).load(now: december3)
        #expect(loaded.problem == nil)
        #expect(loaded.progress.certificates.isEmpty)
    }
}
