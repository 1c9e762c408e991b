import ClaimFlow
import ClaimStore
import Foundation
import Testing

/// Issue 11: a folder others can write to is refused; nothing is written through a planted
/// symlink or into a device; memos never replace one another.
@Suite struct SafeFolderTests {
    func folder() throws -> ScratchFolder {
        let scratch = ScratchFolder()
        try FileManager.default.createDirectory(atPath: scratch.path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return scratch
    }

    @Test func aFolderOthersMayWriteToIsRefusedWithWhatToDo() throws {
        let scratch = try folder()
        chmod(scratch.path, 0o777)
        #expect(throws: DataProblemError.self) { try SQLiteProgressStore(directory: scratch.path) }
        do { _ = try SQLiteProgressStore(directory: scratch.path) } catch {
            #expect(error.problem.kind == .unsafe)
            #expect(error.problem.japanese.first?.contains("chmod 700") == true)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty, "nothing was written")
    }

    @Test func aFolderOfAnotherUserIsRefused() throws {
        guard geteuid() == 0 else { return } // only root can give a folder away
        let scratch = try folder()
        chown(scratch.path, 65534, 65534)
        do {
            _ = try SQLiteProgressStore(directory: scratch.path)
            Issue.record("a folder of uid 65534 was used")
        } catch {
            #expect(error.problem.japanese.first?.contains("ほかの利用者") == true)
        }
    }

    @Test(arguments: ["", "-wal", "-shm"])
    func aSymlinkPlantedAsTheDatabaseIsRefusedAndItsTargetUntouched(tail: String) throws {
        let scratch = try folder()
        let target = scratch.file("target.txt")
        try Data().write(to: URL(fileURLWithPath: target)) // an empty file is what SQLite would happily fill
        symlink(target, scratch.file(SQLiteProgressStore.fileName + tail))
        let loaded = try SQLiteProgressStore(directory: scratch.path).load(now: december3)
        #expect(loaded.problem?.kind == .unsafe)
        #expect(loaded.canSave == false)
        #expect(loaded.problem?.japanese.first?.contains("シンボリックリンク") == true)
        #expect(bytes(target) == Data())
    }

    @Test func memosNeverReplaceOneAnotherNorFollowALink() throws {
        let scratch = try folder()
        let store = try SQLiteProgressStore(directory: scratch.path)
        _ = store.load(now: december3)
        let first = try store.writeMemo(name: "memo-20261203-0900.txt", text: "一つ目")
        let second = try store.writeMemo(name: "memo-20261203-0900.txt", text: "二つ目")
        #expect(first != second)
        #expect(second.hasSuffix("memo-20261203-0900-2.txt"))
        #expect(String(decoding: bytes(first) ?? Data(), as: UTF8.self) == "一つ目")

        let target = scratch.file("precious.txt")
        try Data("大事".utf8).write(to: URL(fileURLWithPath: target))
        symlink(target, store.memoFolder + "/memo-20261203-1000.txt")
        let third = try store.writeMemo(name: "memo-20261203-1000.txt", text: "三つ目")
        #expect(third.hasSuffix("memo-20261203-1000-2.txt"), "the link's name is taken, the link is not followed")
        #expect(bytes(target) == Data("大事".utf8))
    }

    @Test func aMemoFolderThatIsALinkIsRefused() throws {
        let scratch = try folder()
        let elsewhere = try folder()
        symlink(elsewhere.path, scratch.file("memos"))
        let store = try SQLiteProgressStore(directory: scratch.path)
        _ = store.load(now: december3)
        #expect(throws: DataProblemError.self) { try store.writeMemo(name: "memo.txt", text: "x") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test func outputFilesRefuseLinksAndDevicesBeforeAnyWork() throws {
        let scratch = try folder()
        let target = scratch.file("precious.txt")
        try Data("大事".utf8).write(to: URL(fileURLWithPath: target))
        symlink(target, scratch.file("out.tape"))
        mkfifo(scratch.file("fifo"), 0o600)
        #expect(throws: UnsafeTarget.self) { try SafePath.checkWritable(scratch.file("out.tape")) }
        #expect(throws: UnsafeTarget.self) { try SafePath.checkWritable(scratch.file("fifo")) }
        #expect(throws: UnsafeTarget.self) { try SafePath.checkWritable("/dev/null") }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data("x".utf8), to: scratch.file("out.tape")) }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.append(Data("x".utf8), to: scratch.file("out.tape")) }
        #expect(bytes(target) == Data("大事".utf8))
        #expect(PathKind.of(scratch.file("fifo")) == .special, "the FIFO is not replaced")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func aBackupRefusesALinkAsItsTarget() throws {
        let scratch = try folder()
        let store = try SQLiteProgressStore(directory: scratch.path)
        _ = store.load(now: december3)
        let target = scratch.file("precious.txt")
        try Data("大事".utf8).write(to: URL(fileURLWithPath: target))
        symlink(target, scratch.file("backup.sqlite"))
        #expect(throws: DataProblemError.self) { try store.backup(to: scratch.file("backup.sqlite")) }
        #expect(bytes(target) == Data("大事".utf8))
    }
}
