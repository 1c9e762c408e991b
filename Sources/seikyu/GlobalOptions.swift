import ArgumentParser
import ClaimFlow
import ClaimStore
import FoundationEssentials
import Glibc

/// Options every command takes; each has an environment variable for scripts (design.md §3).
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "データの保存先（環境変数 SEIKYU_DATA_DIR）")
    var dataDir: String?

    @Option(help: "時計を固定する（例 2026-12-09T10:00、日本時間。環境変数 SEIKYU_NOW）")
    var now: String?

    @Option(help: "Assets フォルダの場所（環境変数 SEIKYU_ASSETS）")
    var assets: String?

    @Flag(help: "画面の代わりに1行ずつ表示し、1行ずつ読みます（スクリーンリーダー・シリアル回線・パイプ向け）")
    var plain = false

    /// The options as plain values: what the commands work with (Settings).
    var settings: Settings { Settings(dataDir: dataDir, now: now, assets: assets, plain: plain) }
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
