import Foundation

/// A command run without a terminal: standard input /dev/null, output and errors into files.
/// posix_spawn + waitpid, as `TmuxTerminal.run` (Foundation's Process can hang in the runner).
enum Command {
    struct Finished {
        var status: Int32
        var output: String
        var errors: String
        /// False when it was still running after a generous limit and had to be killed.
        var ended: Bool
    }

    static func scratch(_ prefix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
    }

    /// `input`: what standard input reads (a file written first), else /dev/null.
    static func run(_ arguments: [String], input: String? = nil) -> Finished {
        let output = scratch("seikyu-stdout"), errors = scratch("seikyu-stderr"), inputFile = scratch("seikyu-stdin")
        defer {
            unlink(output)
            unlink(errors)
            unlink(inputFile)
        }
        if let input { _ = FileManager.default.createFile(atPath: inputFile, contents: Data(input.utf8)) }
        guard let pid = spawn(arguments, input: input == nil ? "/dev/null" : inputFile, output: output, errors: errors) else {
            return Finished(status: -1, output: "", errors: "could not start \(arguments)", ended: false)
        }
        let (status, ended) = wait(pid)
        return Finished(status: status, output: (try? String(contentsOfFile: output, encoding: .utf8)) ?? "",
                        errors: (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "", ended: ended)
    }

    static func spawn(_ arguments: [String], input: String = "/dev/null", output: String, errors: String) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ) == 0 else { return nil }
        return pid
    }

    /// The exit status (128 + signal when killed by one). A process still running after 60 s is
    /// killed and reported as not ended: a hang fails the test instead of stopping the run.
    static func wait(_ pid: pid_t) -> (status: Int32, ended: Bool) {
        var status: Int32 = 0
        for _ in 0..<6000 {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return (decode(status), true) }
            if result == -1 && errno != EINTR { return (-1, true) }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (decode(status), false)
    }

    private static func decode(_ status: Int32) -> Int32 {
        status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
