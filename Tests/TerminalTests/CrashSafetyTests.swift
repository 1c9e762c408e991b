import ClaimFlow
import ClaimStore
import Foundation
import Testing

/// Issue 7: SIGKILL at random moments never leaves an unreadable data folder.
/// `SEIKYU_LONG_TESTS=1` runs 250 kills; the default run 20.
@Suite(.serialized) struct CrashSafetyTests {
    static var kills: Int { ProcessInfo.processInfo.environment["SEIKYU_LONG_TESTS"] == "1" ? 250 : 20 }

    /// A long session: through the setup profile and back, over and over; every key is saved.
    static let tape: String = {
        var lines = ["Env SEIKYU_NOW 2026-12-03T09:00", "Enter"]
        for round in 0..<200 {
            lines += ["Enter", "Type \"さくら\(round)\"", "Enter", "Down \(round % 3 + 1)", "Enter", "Enter",
                      "Type \"0110113719\"", "Enter", "Type \"2027-04-01\"", "Enter", "Escape 6", "Backspace 12"]
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func killingAtRandomMomentsNeverBreaksTheData() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-kill-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let tapePath = root + "/long.tape"
        try Self.tape.write(toFile: tapePath, atomically: true, encoding: .utf8)
        let data = root + "/data"
        var generator = SystemRandomNumberGenerator()
        var loadedWithProgress = 0
        for kill in 0..<Self.kills {
            let pid = try #require(spawn([TmuxTerminal.binary, "play", "--data-dir", data, tapePath]))
            usleep(UInt32.random(in: 20_000...250_000, using: &generator))
            Foundation.kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            switch FileProgressStore.peek(directory: data) {
            case .success(let progress):
                if progress.flows["setup"] != nil { loadedWithProgress += 1 }
            case .failure(let problem):
                Issue.record("kill \(kill): the data folder did not load: \(problem.japanese)")
                return
            }
            // Killed before it even made the folder: nothing to check yet.
            let kept = ((try? FileManager.default.contentsOfDirectory(atPath: data)) ?? []).filter { $0.contains(".corrupt") || $0.contains(".unreadable") }
            #expect(kept.isEmpty, "kill \(kill) left a broken file: \(kept)")
        }
        #expect(loadedWithProgress > Self.kills / 2, "the kills landed while the session was saving")
    }

    func spawn(_ arguments: [String]) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return nil }
        return pid
    }
}
