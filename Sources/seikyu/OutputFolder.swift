import ClaimStore
import FoundationEssentials
import Glibc

/// Issue 16: where a command will write, checked before any work starts (a `record` session
/// lost at F10 to a missing folder; `play --screens` into a place it cannot write said nothing).
enum OutputFolder {
    /// The folder a file will be written into: it must exist and take a new file.
    static func checkParent(of path: String, what: String) throws {
        let parent = PathName.parent(path)
        try check(parent.isEmpty ? "." : parent, what: what)
    }

    /// A folder that will receive files: created when missing, then tried with a file of our own.
    static func prepare(_ folder: String, what: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ExitWith(message: "\(what)のフォルダ \(folder) を作れません。場所を確かめてください。", status: ExitStatus.failure)
        }
        try check(folder, what: what)
    }

    private static func check(_ folder: String, what: String) throws {
        var isFolder = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder else {
            throw ExitWith(message: "\(what)のフォルダ \(folder) がありません。先にフォルダを作るか、別の場所を指定してください。",
                           status: ExitStatus.failure)
        }
        // access() says yes to root even on a read-only mount: write a file and take it away.
        let probe = folder + "/.seikyu-write-check-\(getpid())"
        let fd = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw ExitWith(message: "\(what)のフォルダ \(folder) に書き込めません。書き込める場所を指定してください。",
                           status: ExitStatus.failure)
        }
        close(fd)
        unlink(probe)
    }

    /// After writing: every file that should be there is there, else the same kind of message.
    static func confirmWritten(_ paths: [String], what: String) throws {
        guard let missing = paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) else { return }
        throw ExitWith(message: "\(what)を書き出せませんでした: \(missing)。空き容量と書き込みの権限を確かめてください。",
                       status: ExitStatus.failure)
    }
}
