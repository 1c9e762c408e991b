import ArgumentParser
import ClaimFlow
import ClaimStore
import FoundationEssentials
import Glibc

/// The options every command takes, as plain values, and what they find (design.md §3): each has an
/// environment variable for scripts. Apart from GlobalOptions' property wrappers so the everyday start
/// (RunArgumentsShortcut) runs no code of swift-argument-parser at all (issue 19: its module is one
/// block of 0.4 MB that a single call maps whole).
struct Settings: Sendable {
    var dataDir: String?
    var now: String?
    var assets: String?
    var plain = false

    /// One variable, asked of the C library: ProcessInfo copied the whole environment into a
    /// dictionary for each question (issue 19: Foundation on the start-up path).
    func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// What the terminal reads from the environment (TERM, NO_COLOR), present or absent as set.
    var terminalEnvironment: [String: String] {
        // Sized up front: growing it ran the standard library's copy of the resize, which checks
        // String: Hashable by scanning every conformance record of the binary (issue 19).
        var variables = [String: String](minimumCapacity: 2)
        for name in ["TERM", "NO_COLOR"] { variables[name] = environment(name) }
        return variables
    }

    /// The data folder: --data-dir, SEIKYU_DATA_DIR, $XDG_STATE_HOME/seikyu, ~/.local/state/seikyu.
    func dataDirectory() -> String {
        if let dataDir, !dataDir.isEmpty { return dataDir }
        if let value = environment("SEIKYU_DATA_DIR"), !value.isEmpty { return value }
        if let xdg = environment("XDG_STATE_HOME"), !xdg.isEmpty { return xdg + "/seikyu" }
        let home = environment("HOME") ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.local/state/seikyu"
    }

    /// True when the clerk named a data folder (so `play` must not use a temporary one).
    var dataDirectoryGiven: Bool {
        (dataDir?.isEmpty == false) || (environment("SEIKYU_DATA_DIR")?.isEmpty == false)
    }

    /// The fixed clock from --now / SEIKYU_NOW, or nil for the real one.
    func fixedNow() throws -> LocalDateTime? {
        guard let text = now ?? environment("SEIKYU_NOW"), !text.isEmpty else { return nil }
        // Issue 16: the exact form, nothing after it, in the years the calendar computes with.
        guard let parsed = LocalDateTime(accepting: text) else {
            throw ValidationError("--now（SEIKYU_NOW）は 2026-12-09T10:00 の形で、\(SupportedYearsWording.span)の日時を指定してください: \"\(text)\"")
        }
        return parsed
    }

    func clock() throws -> () -> LocalDateTime {
        if let fixed = try fixedNow() { return { fixed } }
        return JapanClock.now
    }

    /// Finds Assets/: --assets, SEIKYU_ASSETS, beside the executable, where an install puts them
    /// (PREFIX/share/seikyu beside PREFIX/bin: packaging/install.sh, the .deb), then the source tree.
    func assetsDirectory() -> String {
        if let assets, !assets.isEmpty { return assets }
        if let value = environment("SEIKYU_ASSETS"), !value.isEmpty { return value }
        let executable = URL(fileURLWithPath: Self.executablePath()).deletingLastPathComponent()
        let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Assets").standardized.path
        let candidates = [
            executable.appendingPathComponent("Assets").path,
            executable.appendingPathComponent("../share/seikyu").standardized.path,
            sourceTree,
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/flows") } ?? sourceTree
    }

    /// The running binary's own path. argv[0] is only "seikyu" when the shell found it on PATH,
    /// so the kernel's link is asked first.
    static func executablePath() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? "seikyu").resolvingSymlinksInPath().path
    }

    /// Names the folder: an installed copy, a source tree and --assets look alike otherwise.
    static func unreadable(_ folder: String, _ error: some Error) -> Failure {
        Failure("Assets（\(folder)）を読み込めません: \(error)")
    }

    func rules() throws -> SubmissionRules {
        let folder = assetsDirectory()
        do {
            return try AssetFolder.loadRules(from: folder)
        } catch {
            throw Self.unreadable(folder, error)
        }
    }

    func desks() throws -> DeskDirectory {
        let folder = assetsDirectory()
        do {
            return try AssetFolder.loadDesks(from: folder)
        } catch {
            throw Self.unreadable(folder, error)
        }
    }

    func catalog() throws -> FlowCatalog {
        let folder = assetsDirectory()
        return try catalog(Result { () throws(FlowAssetError) in try AssetFolder.loadFlows(from: folder) }, from: folder)
    }

    /// The flows read from `folder` (perhaps on another thread), or the message for its failure.
    func catalog(_ loaded: Result<FlowCatalog, FlowAssetError>, from folder: String) throws -> FlowCatalog {
        do {
            return try loaded.get()
        } catch {
            throw Self.unreadable(folder, error)
        }
    }
}
