import ClaimFlow
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Crash-safe file writing: a new temporary file (0600, O_EXCL|O_NOFOLLOW) → fsync → rename →
/// fsync the folder. A reader sees the old file or the new one, never half of each; a symlink
/// or a device at the target is refused, never written through (design.md §6, issue 11).
public enum AtomicFile {
    public struct WriteError: Error, Equatable, Sendable {
        public var path: String
        public var errno: Int32
        /// Set when the target was refused before writing (a symlink, a FIFO, a folder).
        public var refused: UnsafeTarget?

        public init(path: String, errno: Int32, refused: UnsafeTarget? = nil) {
            self.path = path
            self.errno = errno
            self.refused = refused
        }

        public var japanese: String {
            if let refused { return refused.japanese }
            let reason = errno == ENOSPC ? "ディスクの空きがありません" :
                errno == EACCES || errno == EPERM ? "書き込みが許可されていません" :
                errno == ELOOP ? "シンボリックリンクには書き込みません" :
                errno == ENOENT ? "フォルダがありません" : "書き込めません（errno \(errno)）"
            return "\(path) に保存できませんでした: \(reason)。"
        }
    }

    /// Replaces `path` with `data`. The target must be missing or a regular file.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        do { try SafePath.checkWritable(path) } catch { throw WriteError(path: path, errno: 0, refused: error) }
        let temporary = try writeTemporary(data, beside: path)
        if rename(temporary, path) != 0 {
            let failure = errno
            unlink(temporary)
            throw WriteError(path: path, errno: failure)
        }
        syncFolder(of: path)
    }

    /// Writes `data` under a name that did not exist: `base`, else `base-2`, `base-3`… before
    /// the extension. Never replaces a file; returns the path used.
    public static func writeNew(_ data: Data, to path: String) throws(WriteError) -> String {
        let temporary = try writeTemporary(data, beside: path)
        defer { unlink(temporary) }
        let ext = PathName.pathExtension(path)
        let stem = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        for number in 1...9_999 {
            let candidate = number == 1 ? path : stem + "-\(number)" + (ext.isEmpty ? "" : "." + ext)
            // link() never replaces and never follows: an existing name, even a symlink, is EEXIST.
            if link(temporary, candidate) == 0 {
                syncFolder(of: candidate)
                return candidate
            }
            if errno != EEXIST { throw WriteError(path: candidate, errno: errno) }
        }
        throw WriteError(path: path, errno: EEXIST)
    }

    /// Appends to a regular file (created 0600 when missing), never through a symlink.
    public static func append(_ data: Data, to path: String) throws(WriteError) {
        do { try SafePath.checkWritable(path) } catch { throw WriteError(path: path, errno: 0, refused: error) }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw WriteError(path: path, errno: errno) }
        defer { close(fd) }
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        if written != data.count { throw WriteError(path: path, errno: written < 0 ? errno : ENOSPC) }
    }

    /// A fully written, fsynced temporary file in the target's folder.
    private static func writeTemporary(_ data: Data, beside path: String) throws(WriteError) -> String {
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd: Int32
        switch SafePath.createExclusive(temporary) {
        case .success(let opened): fd = opened
        case .failure(let error): throw WriteError(path: path, errno: error.code)
        }
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
        if failure != 0 {
            unlink(temporary)
            throw WriteError(path: path, errno: failure)
        }
        return temporary
    }

    static func syncFolder(of path: String) {
        let folder = PathName.parent(path)
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }
}
