import Foundation
import Testing

/// The built `seikyu`, started in a real terminal: tmux at 80x24 with LANG=C.UTF-8.
/// Each test gets its own tmux server (socket) and data folder.
final class TmuxTerminal {
    /// A socket path of its own, removed by `stop`: tmux leaves a named socket (`-L`) behind in
    /// /tmp/tmux-UID after kill-server, and thousands piled up there over many test runs.
    let socket = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-test-\(UUID().uuidString.prefix(8)).tmux").path
    let dataFolder: String
    let sttyFile = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-stty-\(UUID().uuidString)").path

    /// A fresh data folder of its own, or `dataFolder` shared with another terminal (issue 11:
    /// two windows on one folder). Either way `stop` removes it.
    init(dataFolder: String? = nil) {
        self.dataFolder = dataFolder
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-tmux-\(UUID().uuidString)").path
    }

    static var binary: String {
        // swift test builds the executable next to the test bundle.
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("seikyu").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/seikyu").path
    }

    @discardableResult
    func tmux(_ arguments: String...) -> String {
        run(["tmux", "-S", socket, "-f", "/dev/null"] + arguments)
    }

    /// Runs a command and returns its output (through files: a tmux server started here inherits
    /// the descriptors and would hold a pipe open for ever).
    func run(_ arguments: [String]) -> String {
        Command.run(["/usr/bin/env"] + arguments).output
    }

    /// Starts seikyu; when it ends, the shell records its exit status and `stty -a`.
    func start(arguments: String = "--now 2026-12-03T09:00") {
        let command = "env LANG=C.UTF-8 TERM=screen-256color \(Self.binary) \(arguments) --data-dir \(dataFolder); "
            + "echo EXIT=$? > \(sttyFile); stty -a >> \(sttyFile); sleep 60"
        tmux("new-session", "-d", "-s", "main", "-x", "80", "-y", "24", command)
    }

    func send(_ keys: String...) {
        for key in keys {
            tmux("send-keys", "-t", "main", key)
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    var screen: String { tmux("capture-pane", "-p", "-t", "main") }

    /// Waits up to 10 s for text to appear: timing is never the thing under test.
    @discardableResult
    func waitFor(_ text: String) -> Bool {
        defer { if !screen.contains(text) { print("waitFor(\(text)) timed out; the screen was:\n\(screen)") } }
        for _ in 0..<200 {
            if screen.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// The exit status and terminal settings left after seikyu ended.
    func afterExit() -> (status: String, stty: String)? {
        for _ in 0..<200 {
            if let text = try? String(contentsOfFile: sttyFile, encoding: .utf8), text.contains("icanon") {
                let status = text.split(separator: "\n").first.map(String.init) ?? ""
                return (status, text)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    func seikyuPID() -> Int32? {
        let pane = tmux("list-panes", "-t", "main", "-F", "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
        let found = run(["pgrep", "-P", pane, "-x", "seikyu"]).split(separator: "\n").first ?? ""
        return Int32(found.trimmingCharacters(in: .whitespaces))
    }

    func stop() {
        tmux("kill-server")
        try? FileManager.default.removeItem(atPath: socket)
        try? FileManager.default.removeItem(atPath: dataFolder)
        try? FileManager.default.removeItem(atPath: sttyFile)
    }
}

/// A terminal in a sane state: canonical input and echo on, as `stty -a` reports them.
func isSane(_ stty: String) -> Bool {
    let words = stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
    return words.contains("icanon") && words.contains("echo") && !words.contains("-icanon") && !words.contains("-echo")
}
