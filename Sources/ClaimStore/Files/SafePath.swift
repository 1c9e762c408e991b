import ClaimFlow
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What lies at a path, seen with lstat: a symlink is reported as a symlink, never followed.
public enum PathKind: Equatable, Sendable {
    case missing
    case regularFile
    case folder
    case symlink
    /// A device, a FIFO, a socket: never written to and never replaced.
    case special

    public static func of(_ path: String) -> PathKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFDIR: return .folder
        case S_IFLNK: return .symlink
        default: return .special
        }
    }
}

/// A path the program must not write through: a planted symlink or a non-regular file.
public struct UnsafeTarget: Error, Equatable, Sendable {
    public var path: String
    public var kind: PathKind

    /// One line saying what was found and what to do (Japanese).
    public var japanese: String {
        switch kind {
        case .symlink:
            return "\(path) はシンボリックリンクです。安全のため、リンク先には書き込みません。リンクを消すか、別の名前を指定してください。"
        case .folder:
            return "\(path) はフォルダです。ファイルの名前を指定してください。"
        default:
            return "\(path) は普通のファイルではありません（デバイスなど）。別の名前を指定してください。"
        }
    }
}

public enum SafePath {
    /// Throws when `path` exists and is anything but a regular file (checked before any work
    /// starts, so a refused target costs the clerk nothing).
    public static func checkWritable(_ path: String) throws(UnsafeTarget) {
        let kind = PathKind.of(path)
        guard kind == .missing || kind == .regularFile else { throw UnsafeTarget(path: path, kind: kind) }
    }

    /// Creates a new empty file (0600) that did not exist, never through a symlink.
    /// Returns the open descriptor, or the errno.
    static func createExclusive(_ path: String) -> Result<Int32, Errno> {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        return fd >= 0 ? .success(fd) : .failure(Errno(errno))
    }
}

/// An errno value as an error.
public struct Errno: Error, Equatable, Sendable {
    public var code: Int32
    public init(_ code: Int32) { self.code = code }
}
