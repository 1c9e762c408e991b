import ClaimFlow
import ClaimStore
import Foundation
import Testing

/// Issue 19: a start skips the flow checks only for the very files these tests checked.
@Suite struct CheckedFlowsTests {
    /// The shipped flow files as `AssetFolder.loadFlows` reads them ("flows/NAME.json" and the bytes).
    func shippedFiles() throws -> [(name: String, data: Data)] {
        let folder = assetsDirectory + "/flows"
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted().map { name in
            ("flows/" + name, try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
        }
    }

    @Test func theShippedFlowsPassEveryCheckAndCarryTheRecordedDigest() throws {
        let files = try shippedFiles()
        #expect(throws: Never.self) { try FlowCatalog.decode(files: files, checkingContract: true) }
        let digest = CheckedFlows.digest(of: files)
        #expect(digest == CheckedFlows.digest, """
            Assets/flows changed. Once every other test passes, write this value into CheckedFlows.digest \
            (Sources/ClaimFlow/Flows/CheckedFlows.swift): 0x\(String(digest, radix: 16))
            """)
    }

    /// One byte changed makes another digest, and the file is checked in full: a step that leads
    /// nowhere is still refused at start.
    @Test func aChangedFileIsCheckedInFull() throws {
        var files = try shippedFiles()
        let index = try #require(files.firstIndex { $0.name == "flows/monthly.json" })
        let text = String(decoding: files[index].data, as: UTF8.self)
        let broken = try #require(text.range(of: "\"next\": \"")).upperBound
        files[index].data = Data((String(text[..<broken]) + "nowhere-" + String(text[broken...])).utf8)
        #expect(CheckedFlows.digest(of: files) != CheckedFlows.digest)
        #expect(throws: FlowAssetError.self) {
            try FlowCatalog.decode(files: files, checkingContract: true, trustingCheckedFlows: true)
        }
    }

    @Test func theDigestSeesNamesOrderAndEveryByte() {
        let a: [(name: String, data: [UInt8])] = [("flows/a.json", [1, 2]), ("flows/b.json", [3])]
        #expect(CheckedFlows.digest(of: a) == CheckedFlows.digest(of: a.reversed()))
        #expect(CheckedFlows.digest(of: a) != CheckedFlows.digest(of: [("flows/a.json", [1, 2, 3])]))
        #expect(CheckedFlows.digest(of: a) != CheckedFlows.digest(of: [("flows/a.json", [1, 2]), ("flows/c.json", [3])]))
        #expect(CheckedFlows.digest(of: a) != CheckedFlows.digest(of: [("flows/a.json", [1, 2]), ("flows/b.json", [4])]))
    }
}
