import ClaimStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The file a tape's `Output` line names: the frame after every line is appended to it. Opened once
/// for the tape, not once a frame (issue 19: a stat, an open and a close per key were a large part
/// of a headless key). Like before, it starts empty and is never written through a symlink nor
/// into anything but a regular file; a file that cannot be written is left out silently.
final class FrameOutput {
    private var descriptor: Int32 = -1

    init(path: String) {
        try? AtomicFile.write(Data(), to: path)
        guard (try? SafePath.checkWritable(path)) != nil else { return }
        descriptor = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    func append(_ text: String) {
        guard descriptor >= 0 else { return }
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
