#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and standard error, written with write(2): FileHandle is full Foundation, which the
/// binary no longer links (issue 19: its constructors and ICU cost 4 MiB of the 8 MiB peak).
enum StandardStream {
    case output, error

    private var descriptor: Int32 { self == .output ? STDOUT_FILENO : STDERR_FILENO }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    /// Everything, across short writes and interrupted calls; a stream that is gone (a closed pipe) ends it.
    private func write(_ buffer: UnsafeRawBufferPointer) {
        guard var next = buffer.baseAddress else { return }
        var left = buffer.count
        while left > 0 {
            let written = Glibc.write(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            next += written
            left -= written
        }
    }
}
