import ClaimTapes
import Foundation
import Testing

/// `Output FILE` (issue 19 opens the file once per tape instead of once per frame): the file still
/// starts empty, gets the frame after every line from the `Output` line on, and is never written
/// through a symlink.
@Suite struct OutputTests {
    func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-output-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aFrameAfterEveryLineFromOutputOn() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let frames = folder + "/frames.txt"
        try "left over from an earlier run\n".write(toFile: frames, atomically: true, encoding: .utf8)
        let tape = try TapeParser.parse("Type \"1\"\nOutput \(frames)\nDown\nDown\nUp\nExpect \"セットアップ\"", file: "t.tape")
        let result = try player().play(tape, dataDirectory: folder + "/data")
        #expect(result.failures.isEmpty, "\(result.failures.map(\.description))")
        let written = try String(contentsOfFile: frames, encoding: .utf8)
        #expect(!written.contains("left over"))
        let markers = written.split(separator: "\n").filter { $0.hasPrefix("---- t.tape:") }
        #expect(markers.map(String.init) == (2...6).map { "---- t.tape:\($0)" })
        #expect(written.components(separatedBy: "セットアップ").count - 1 >= 5, "every frame is a whole screen")
    }

    @Test func aSymlinkIsNotWrittenThrough() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/target.txt"
        try "kept\n".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: target)
        let tape = try TapeParser.parse("Output \(folder)/link.txt\nDown", file: "t.tape")
        _ = try player().play(tape, dataDirectory: folder + "/data")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "kept\n")
    }

    /// Frames are gathered and written in blocks: a second `Output` line still finds the first
    /// file holding every frame before it, and a long tape's frames all arrive, in order.
    @Test func framesGatheredInBlocksAllArriveInOrder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let keys = (0..<600).map { $0 % 10 < 5 ? "Down" : "Up" }.joined(separator: "\n")
        let text = "Type \"1\"\nOutput \(folder)/a.txt\nDown\nUp\nOutput \(folder)/b.txt\n" + keys
        let tape = try TapeParser.parse(text, file: "t.tape")
        let result = try player().play(tape, dataDirectory: folder + "/data")
        #expect(result.failures.isEmpty, "\(result.failures.map(\.description))")
        let first = try String(contentsOfFile: folder + "/a.txt", encoding: .utf8)
        #expect(first.split(separator: "\n").filter { $0.hasPrefix("---- ") }.map(String.init) == (2...4).map { "---- t.tape:\($0)" })
        let second = try String(contentsOfFile: folder + "/b.txt", encoding: .utf8)
        let markers = second.split(separator: "\n").filter { $0.hasPrefix("---- ") }.map(String.init)
        #expect(markers == (5...605).map { "---- t.tape:\($0)" })
        #expect(second.hasSuffix("\n"), "the last frame is whole")
    }
}
