#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// "Has anyone saved since?" without a system call (issue 19). Asking SQLite before every key takes
/// and drops a shared lock on the WAL's index, two `fcntl` calls a key (strace): a fifth of a
/// headless key's time. Every save also writes its new revision here, in `DIR/seikyu.revision`,
/// which each window maps into memory; a window asks SQLite only when the number there is not the
/// revision it last read or wrote.
///
/// Written inside the save's transaction, so the saves write it one after another, in their order,
/// and it is never behind the database: a number equal to what this window knows means nothing was
/// saved since. A save rolled back after writing it leaves it ahead, which only makes the windows ask
/// SQLite until the next save. Like SQLite's own `-shm` file, it must not be cut short while a
/// window has it open.
final class RevisionHint {
    static let fileName = "seikyu.revision"
    private let word: UnsafeMutablePointer<Int64>

    /// Nil when the file cannot be opened or mapped (the store then asks SQLite every time). The
    /// caller has checked that the path is missing or a regular file (`DataFolder.checkFile`).
    init?(folder: String) {
        let fd = open(folder + "/" + Self.fileName, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0o600)
        guard fd >= 0 else { return nil }
        defer { close(fd) } // the mapping keeps the file
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid() else { return nil }
        if info.st_size < MemoryLayout<Int64>.size, ftruncate(fd, off_t(MemoryLayout<Int64>.size)) != 0 { return nil }
        let mapped = mmap(nil, MemoryLayout<Int64>.size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
        guard let mapped, mapped != MAP_FAILED else { return nil }
        word = mapped.bindMemory(to: Int64.self, capacity: 1)
    }

    deinit { munmap(word, MemoryLayout<Int64>.size) }

    /// The revision of the last save that wrote here.
    var value: Int64 { word.pointee }

    /// A save's new revision; called while its transaction holds the write lock.
    func publish(_ revision: Int) { word.pointee = Int64(revision) }
}
