import ClaimFlow
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// The data folder: created 0700, and refused when another user owns it or others may write
/// to it — a folder anyone can write to lets anyone plant a file or a link (issue 11).
public enum DataFolder {
    /// Creates the folder when missing, then checks it. Throws a problem the clerk can act on.
    public static func prepare(_ path: String) throws(DataProblemError) {
        if PathKind.of(path) == .missing {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: "フォルダ \(path) を作れません"))
            }
        }
        try check(path)
    }

    /// The folder (a symlink to a folder is the clerk's choice, and is allowed) must be a folder
    /// of this user that group and others cannot write to.
    public static func check(_ path: String) throws(DataProblemError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw unsafe("データの保存先 \(path) を確かめられません（errno \(errno)）。")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw unsafe("データの保存先 \(path) はフォルダではありません。--data-dir でフォルダを指定してください。")
        }
        if info.st_uid != geteuid() {
            throw unsafe("データの保存先 \(path) はほかの利用者（uid \(info.st_uid)）のフォルダです。自分のフォルダを --data-dir で指定してください。")
        }
        if info.st_mode & 0o022 != 0 {
            let mode = String(info.st_mode & 0o777, radix: 8)
            throw unsafe("データの保存先 \(path) は、ほかの人も書き込めます（権限 \(mode)）。chmod 700 \(path) で自分だけにしてください。")
        }
    }

    /// A file the store is about to use must be missing or a regular file: a planted symlink or a
    /// device is refused, and its target is never opened.
    static func checkFile(_ path: String) throws(DataProblemError) {
        let kind = PathKind.of(path)
        guard kind == .missing || kind == .regularFile else {
            throw unsafe(UnsafeTarget(path: path, kind: kind).japanese)
        }
    }

    /// A sub-folder (memos/) made 0700 and checked like a file: a symlink in its place is refused.
    static func subfolder(_ path: String) throws(DataProblemError) {
        switch PathKind.of(path) {
        case .folder: return
        case .missing:
            if mkdir(path, 0o700) != 0 && errno != EEXIST {
                throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: "フォルダ \(path) を作れません"))
            }
            if PathKind.of(path) != .folder { throw unsafe(UnsafeTarget(path: path, kind: PathKind.of(path)).japanese) }
        case let kind:
            throw unsafe(UnsafeTarget(path: path, kind: kind).japanese)
        }
    }

    static func unsafe(_ line: String) -> DataProblemError {
        DataProblemError(problem: DataProblem(kind: .unsafe, keptAt: nil, detail: line))
    }
}

/// An exclusive lock on `DIR/seikyu.lock` while a process opens, migrates or imports, so two
/// windows starting together do not both create the tables. Released by `unlock` or at exit.
struct FolderLock {
    private let fd: Int32

    init(folder: String) throws(DataProblemError) {
        let path = folder + "/seikyu.lock"
        try DataFolder.checkFile(path)
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw DataProblemError(problem: DataProblem(kind: .notSaved, keptAt: nil, detail: "\(path) を開けません（errno \(errno)）"))
        }
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        self.fd = fd
    }

    func unlock() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
