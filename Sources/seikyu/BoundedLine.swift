import FoundationEssentials
import Glibc

/// One line from standard input, read a bounded amount at a time (issue 16: `check-id` read
/// everything to the end, 7.4 GB and 48 s for 1 MB; a network ID or password is a few dozen
/// characters). Reading stops at the first newline or past `limit` bytes.
enum BoundedLine {
    enum Outcome: Equatable {
        case line(String)
        case empty
        case tooLong(limit: Int)
    }

    static func read(from descriptor: Int32 = 0, limit: Int) -> Outcome {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            if let newline = chunk[..<count].firstIndex(of: UInt8(ascii: "\n")) {
                bytes += chunk[..<newline]
                break
            }
            bytes += chunk[..<count]
            if bytes.count > limit { return .tooLong(limit: limit) }
        }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        if bytes.count > limit { return .tooLong(limit: limit) }
        return bytes.isEmpty ? .empty : .line(String(decoding: bytes, as: UTF8.self))
    }
}
