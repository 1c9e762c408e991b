import ArgumentParser
import ClaimFlow
import ClaimStore
import Foundation

/// Options every command takes; each has an environment variable for scripts (design.md §3).
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "データの保存先（環境変数 SEIKYU_DATA_DIR）")
    var dataDir: String?

    @Option(help: "時計を固定する（例 2026-12-09T10:00、日本時間。環境変数 SEIKYU_NOW）")
    var now: String?

    @Option(help: "Assets フォルダの場所（環境変数 SEIKYU_ASSETS）")
    var assets: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The data folder: --data-dir, SEIKYU_DATA_DIR, $XDG_STATE_HOME/seikyu, ~/.local/state/seikyu.
    func dataDirectory() -> String {
        if let dataDir, !dataDir.isEmpty { return dataDir }
        if let value = environment["SEIKYU_DATA_DIR"], !value.isEmpty { return value }
        if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty { return xdg + "/seikyu" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/seikyu"
    }

    /// True when the clerk named a data folder (so `play` must not use a temporary one).
    var dataDirectoryGiven: Bool {
        (dataDir?.isEmpty == false) || (environment["SEIKYU_DATA_DIR"]?.isEmpty == false)
    }

    /// The fixed clock from --now / SEIKYU_NOW, or nil for the real one.
    func fixedNow() throws -> LocalDateTime? {
        guard let text = now ?? environment["SEIKYU_NOW"], !text.isEmpty else { return nil }
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

    /// Finds Assets/: --assets, SEIKYU_ASSETS, beside the executable, then the source tree.
    func assetsDirectory() -> String {
        if let assets, !assets.isEmpty { return assets }
        if let value = environment["SEIKYU_ASSETS"], !value.isEmpty { return value }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            executable.appendingPathComponent("Assets").path,
            executable.appendingPathComponent("../share/seikyu/Assets").standardized.path,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Assets").standardized.path,
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/flows") } ?? candidates.last!
    }

    func rules() throws -> SubmissionRules {
        do {
            return try AssetFolder.loadRules(from: assetsDirectory())
        } catch {
            throw Failure("Assets を読み込めません: \(error)")
        }
    }

    func desks() throws -> DeskDirectory {
        do {
            return try AssetFolder.loadDesks(from: assetsDirectory())
        } catch {
            throw Failure("Assets を読み込めません: \(error)")
        }
    }

    func catalog() throws -> FlowCatalog {
        do {
            return try AssetFolder.loadFlows(from: assetsDirectory())
        } catch {
            throw Failure("Assets を読み込めません: \(error)")
        }
    }
}

/// An error message for standard error, then exit status 1.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The real clock, as Japan time (UTC+9, no daylight saving) — pure arithmetic, no time zone files.
enum JapanClock {
    static func now() -> LocalDateTime {
        let seconds = Int(Date().timeIntervalSince1970) + 9 * 3600
        let days = Int((Double(seconds) / 86400).rounded(.down))
        let minuteOfDay = (seconds - days * 86400) / 60
        return LocalDateTime(date: CivilDate(dayNumber: days), hour: minuteOfDay / 60, minute: minuteOfDay % 60)
    }
}
