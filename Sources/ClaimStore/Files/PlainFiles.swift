import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// A folder's names and a file's bytes by the C library's calls. FileManager's versions are generic
/// code that looks its types up by mangled name at run time and maps pages of metadata for it (issue 19:
/// 0.3 M instructions and their pages on every start, for the seven flow files' names and bytes).
enum PlainFiles {
    /// The names in `folder` (not "." and ".."), unsorted; nil when it cannot be read as a folder.
    static func names(in folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The bytes of the regular file at `path`, nil when it is missing, not a regular file, or unreadable.
    static func contents(of path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: max(4096, Int(status.st_size) + 1))
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count == 0 { return Data(bytes) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}
