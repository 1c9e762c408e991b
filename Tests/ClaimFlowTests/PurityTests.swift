import Foundation
import Testing

/// The core never touches the disk, the clock or the environment (issue 10): those come in as
/// context and go out as effects, which is what makes every rule testable and every tape
/// deterministic. A line that breaks this fails here, naming the file.
@Suite struct PurityTests {
    static let core = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ClaimFlow")

    @Test func theCoreReadsNoDiskClockOrEnvironment() throws {
        let forbidden = ["FileManager", "FileHandle", "Date()", "ProcessInfo", "import Glibc", "import Darwin",
                         "fopen(", "getenv(", "time(nil)", "Data(contentsOf", "contentsOfFile", "import ClaimStore"]
        let files = try #require(FileManager.default.enumerator(atPath: Self.core.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: Self.core.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.components(separatedBy: "\n").enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                for word in forbidden where code.contains(word) {
                    Issue.record("Sources/ClaimFlow/\(file):\(number + 1) uses \(word)")
                }
            }
        }
    }
}
