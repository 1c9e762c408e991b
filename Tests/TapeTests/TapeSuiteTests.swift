import ClaimFlow
import ClaimStore
import ClaimScreens
import ClaimTapes
import Foundation
import Testing

let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let tapeFolder = packageRoot.appendingPathComponent("Assets/tapes").path

func shippedTapes() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: tapeFolder)) ?? []
    return names.filter { $0.hasSuffix(".tape") }.sorted()
}

/// A player with every shipped asset: flows, calendar rules and desks.
func player() throws -> HeadlessPlayer {
    let assets = packageRoot.appendingPathComponent("Assets").path
    return HeadlessPlayer(catalog: try AssetFolder.loadFlows(from: assets),
                          defaultNow: LocalDateTime(year: 2026, month: 12, day: 3, hour: 9)!,
                          rules: try AssetFolder.loadRules(from: assets), desks: try AssetFolder.loadDesks(from: assets))
}

/// Every tape in Assets/tapes passes: the screens users see are pinned here.
@Suite struct TapeSuiteTests {
    @Test func thereAreTapesToPlay() {
        #expect(shippedTapes().count >= 8)
    }

    @Test(arguments: shippedTapes())
    func tapePasses(_ name: String) throws {
        let result = try player().play(file: tapeFolder + "/" + name, dataDirectory: nil)
        #expect(result.failures.isEmpty, "\(result.failures.map(\.description).joined(separator: "\n"))")
        #expect(result.passed > 0, "a tape without checks proves nothing")
    }
}

@Suite struct TapeParserTests {
    @Test func aTypoNamesFileLineAndTheNearestKey() {
        do {
            _ = try TapeParser.parse("# comment\nEnter\nEntr\n", file: "t.tape")
            Issue.record("should have failed")
        } catch {
            #expect(error.file == "t.tape")
            #expect(error.line == 3)
            #expect(error.message.contains("did you mean Enter"))
        }
    }

    @Test func commandsParse() throws {
        let tape = try TapeParser.parse("""
        Set Size 100x30
        Type "a \\"b\\""
        Down 3
        Ctrl+C
        Sleep 1.5s
        Env SEIKYU_NOW 2026-12-10T15:00
        Wait /受領書|導通/
        """, file: "t")
        #expect(tape.lines.map(\.command) == [
            .size(width: 100, height: 30), .type("a \"b\""), .key(.down, count: 3), .key(.control("c"), count: 1),
            .sleep(milliseconds: 1500), .clock(LocalDateTime(year: 2026, month: 12, day: 10, hour: 15)!),
            .wait(pattern: "受領書|導通"),
        ])
    }

    @Test(arguments: ["Type hello", "Set Size big", "Env HOME /", "Down many", "Wait 受領書", "Snapshot ../x"])
    func badLinesAreExplained(_ line: String) {
        do {
            _ = try TapeParser.parse(line, file: "bad.tape")
            Issue.record("\(line) should fail")
        } catch {
            #expect(error.line == 1)
            #expect(!error.message.isEmpty)
        }
    }

    @Test func aFailedExpectationShowsTheScreen() throws {
        let tape = try TapeParser.parse("Expect \"存在しない文言\"\nExpect \"メインメニュー\"", file: "f.tape")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try player().play(tape, dataDirectory: folder)
        #expect(result.passed == 1)
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.line == 1)
        #expect(result.failures.first?.screen?.contains("メインメニュー") == true)
    }
}
