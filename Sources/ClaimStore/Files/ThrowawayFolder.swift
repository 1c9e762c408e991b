#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Where a folder that lives only while the program runs is made (`seikyu play`'s data folder for
/// one tape, the empty database's template): in memory (/dev/shm, tmpfs) when the system has it and
/// TMPDIR does not name another place. Nothing there has to survive, and on disk each tape paid for
/// the journal of creating and removing its files, and SQLite's fsyncs when the WAL starts (issue 19).
public enum ThrowawayFolder {
    static let memory = "/dev/shm"

    /// A new, unused path (not yet created) named `prefix` and a UUID.
    public static func path(prefix: String) -> String {
        base + "/" + prefix + UUID().uuidString
    }

    /// TMPDIR when set; else /dev/shm when it is a folder this user may write to; else the system's.
    static let base = choose(tmpdir: ProcessInfo.processInfo.environment["TMPDIR"], memoryUsable: memoryUsable,
                             system: FileManager.default.temporaryDirectory.path)

    static func choose(tmpdir: String?, memoryUsable: Bool, system: String) -> String {
        if let tmpdir, !tmpdir.isEmpty { return system } // the system's folder is TMPDIR then
        return memoryUsable ? memory : system
    }

    static var memoryUsable: Bool { PathKind.of(memory) == .folder && access(memory, W_OK | X_OK) == 0 }
}
