import ClaimStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// The file a tape's `Output` line names: the frame after every line is appended to it. Opened once
/// for the tape, not once a frame (issue 19: a stat, an open and a close per key were a large part
/// of a headless key), and written in blocks: frames gather in one buffer that goes to the file when
/// it is large and when the tape ends (one write(2) per frame was a tenth of a headless key). It starts
/// empty and is never written through a symlink nor into anything but a regular file; a file that
/// cannot be opened or written is an error naming it (issue 16, 5).
final class FrameOutput {
    private let path: String
    private let descriptor: Int32
    private var pending: [UInt8] = []
    /// Frames are a few kilobytes: this many bytes is some hundred frames a write.
    private static let blockSize = 1 << 18

    init(path: String) throws(AtomicFile.WriteError) {
        self.path = path
        try AtomicFile.write(Data(), to: path)
        do { try SafePath.checkWritable(path) } catch { throw AtomicFile.WriteError(path: path, errno: 0, refused: error) }
        descriptor = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw AtomicFile.WriteError(path: path, errno: errno) }
        pending.reserveCapacity(Self.blockSize + 8192)
    }

    deinit {
        // The player flushes and reports; this only keeps frames if a path forgot to.
        try? flush()
        if descriptor >= 0 { close(descriptor) }
    }

    /// One frame: the header line, the screen's text as `write` puts it, a newline.
    func append(header: String, _ write: (inout [UInt8]) -> Void) throws(AtomicFile.WriteError) {
        pending.append(contentsOf: header.utf8)
        write(&pending)
        pending.append(0x0A)
        if pending.count >= Self.blockSize { try flush() }
    }

    /// Everything gathered so far goes to the file.
    func flush() throws(AtomicFile.WriteError) {
        guard !pending.isEmpty else { return }
        defer { pending.removeAll(keepingCapacity: true) }
        let failure: Int32? = pending.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return written < 0 ? errno : ENOSPC }
                offset += written
            }
            return nil
        }
        if let failure { throw AtomicFile.WriteError(path: path, errno: failure) }
    }
}
