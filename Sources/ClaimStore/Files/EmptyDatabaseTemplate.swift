import ClaimFlow
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials
import Synchronization

/// An empty, migrated `seikyu.sqlite`, made once and copied into each throw-away folder of
/// `seikyu play` (no --data-dir): creating the tables and running every migration was most of a
/// short tape's time, and every tape made the same empty database (issue 19, perf). Only for
/// folders removed when their tape ends; a kept folder is always opened and migrated in place.
/// The template's folder is removed when this object goes.
/// Tapes playing on several threads share one template: it is made under a lock, once.
public final class EmptyDatabaseTemplate: Sendable {
    /// The bytes once made; nil inside when making them failed (then never tried again).
    private let made = Mutex<Data??>(nil)

    public init() {}

    /// Creates `folder` (0700) holding a copy of the empty database (0600). Without a template
    /// (it could not be made), the folder is left missing and the store creates it as before.
    public func copy(into folder: String, now: LocalDateTime) {
        guard let bytes = template(now: now) else { return }
        do { try DataFolder.prepare(folder) } catch { return }
        let path = folder + "/" + SQLiteProgressStore.fileName
        guard case .success(let fd) = SafePath.createExclusive(path) else { return }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        if written != bytes.count { unlink(path) }
    }

    /// The empty database's bytes, made on first use: a store opened once in a temporary folder
    /// and closed (its WAL checkpointed into the file, no window left registered).
    private func template(now: LocalDateTime) -> Data? {
        made.withLock { made in
            if let made { return made }
            let bytes = Self.make(now: now)
            made = .some(bytes)
            return bytes
        }
    }

    private static func make(now: LocalDateTime) -> Data? {
        let folder = ThrowawayFolder.path(prefix: "seikyu-template-")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard let store = try? SQLiteProgressStore(directory: folder, durable: false) else { return nil }
        let loaded = store.load(now: now)
        store.close()
        guard loaded.canSave, loaded.problem == nil, PathKind.of(store.databasePath + "-wal") == .missing else { return nil }
        return FileManager.default.contents(atPath: store.databasePath)
    }
}
