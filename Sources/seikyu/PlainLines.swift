import CTerminalGuard
import FoundationEssentials
import Glibc

/// Standard input as lines for `seikyu --plain` (issue 18): buffered, so lines piped in one go are
/// all read; a secret line is read with the terminal's echo off when standard input is a terminal.
final class PlainLines {
    /// A line longer than this is cut (no answer is near it; a runaway paste must not grow memory).
    static let limit = 64 * 1024
    private var buffer: [UInt8] = []
    private var ended = false

    /// The next line without its newline (or a serial line's CR); nil at the end of input or when
    /// a signal arrived (the caller reads `seikyu_guard_pending_signal`).
    func next(secret: Bool) -> String? {
        let hidden = secret && isatty(0) == 1 ? EchoOff() : nil
        defer {
            if hidden != nil {
                hidden?.restore()
                StandardStream.output.write("\n") // the Enter the terminal did not echo
            }
        }
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line.prefix(Self.limit), as: UTF8.self)
            }
            if ended {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer.prefix(Self.limit), as: UTF8.self)
            }
            if seikyu_guard_pending_signal() != 0 { return nil }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue } // the signal check above decides
            if count <= 0 {
                ended = true
                continue
            }
            if buffer.count < Self.limit * 2 {
                buffer += chunk[..<count]
            } else if let newline = chunk[..<count].firstIndex(of: UInt8(ascii: "\n")) {
                buffer += chunk[newline..<count] // the runaway line ends here; the next ones are kept
            }
        }
    }
}

/// The terminal's echo off for one line (a password), back on afterwards.
private struct EchoOff {
    private var saved = termios()
    private var changed = false

    init() {
        guard tcgetattr(0, &saved) == 0 else { return }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        changed = tcsetattr(0, TCSANOW, &quiet) == 0
    }

    func restore() {
        var saved = saved
        if changed { tcsetattr(0, TCSANOW, &saved) }
    }
}
