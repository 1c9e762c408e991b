import ClaimFlow
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Crash-safe file writing: temporary file (0600) → fsync → rename → fsync the folder.
/// A reader sees either the old file or the new one, never half of each (design.md §6).
public enum AtomicFile {
    public struct WriteError: Error, Equatable, Sendable {
        public var path: String
        public var errno: Int32
        public var japanese: String {
            let reason = errno == ENOSPC ? "ディスクの空きがありません" :
                errno == EACCES || errno == EPERM ? "書き込みが許可されていません" : "書き込めません（errno \(errno)）"
            return "\(path) に保存できませんでした: \(reason)。"
        }
    }

    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw WriteError(path: path, errno: errno) }
        var failure: Int32 = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw WriteError(path: path, errno: failure)
        }
        syncFolder(of: path)
    }

    /// Appends one line (O_APPEND keeps concurrent lines whole), then fsyncs.
    public static func append(_ data: Data, to path: String) throws(WriteError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw WriteError(path: path, errno: errno) }
        defer { close(fd) }
        let result = data.withUnsafeBytes { buffer in
            Glibc.write(fd, buffer.baseAddress, buffer.count)
        }
        if result != data.count { throw WriteError(path: path, errno: result < 0 ? errno : ENOSPC) }
        if fsync(fd) != 0 { throw WriteError(path: path, errno: errno) }
    }

    private static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }
}
