import ClaimStore
import Foundation
import Testing

/// Issue 19: paths are taken apart without NSString; the parts must stay what NSString gave
/// (tape names in reports and snapshots, the folder a `Source` line is read from, --out's folder).
@Suite struct PathNameTests {
    static let paths = ["a/b/c.tape", "c.tape", "/c.tape", "/", "", "a/b/", "a//b", ".hidden", "dir/.hidden",
                        "x.y/z", "x.tar.gz", "name.", "/tmp/テープ/受領書.tape", "a/b.tape/"]

    @Test(arguments: paths)
    func partsAreWhatNSStringGave(_ path: String) {
        let ns = path as NSString
        #expect(PathName.last(path) == ns.lastPathComponent)
        #expect(PathName.parent(path) == ns.deletingLastPathComponent)
        #expect(PathName.stem(path) == (ns.lastPathComponent as NSString).deletingPathExtension)
        #expect(PathName.pathExtension(path) == ns.pathExtension)
    }

    @Test func withoutExtensionKeepsTheFolder() {
        #expect(PathName.withoutExtension("tapes/walk.tape") == "tapes/walk")
        #expect(PathName.withoutExtension("tapes.d/walk") == "tapes.d/walk")
    }

    /// A tape that sources itself through another name is still caught as a loop.
    @Test func resolvedNamesTheSameFileAlike() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pathname-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FileManager.default.createFile(atPath: folder + "/a.tape", contents: Data())
        #expect(PathName.resolved(folder + "/sub/../a.tape") == PathName.resolved(folder + "/a.tape"))
        #expect(PathName.resolved(folder + "/missing.tape") == folder + "/missing.tape")
    }
}
