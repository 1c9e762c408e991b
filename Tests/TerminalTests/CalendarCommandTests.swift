import Foundation
import Testing

/// `seikyu calendar --json` carries the facts the calendar grid draws (issue 12, item 8):
/// 試 and 帳 after the 12th (C4, C6), 混 on the 5th after the year-end closure and on the 10th (C7).
@Suite struct CalendarCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func days(_ month: String, tape: String? = nil) throws -> [String: [String: Any]] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seikyu-cal-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        if let tape {
            let played = TmuxTerminal().run([TmuxTerminal.binary, "play", "--data-dir", folder, Self.root.appendingPathComponent(tape).path])
            #expect(played.contains(" 0 failed"), "\(played)")
        }
        let output = TmuxTerminal().run([TmuxTerminal.binary, "calendar", month, "--json", "--data-dir", folder])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(output)")
        let list = try #require(json["days"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["date"] as? String ?? "", $0) })
    }

    func hours(_ value: Any?) -> String? {
        guard let hours = value as? [String: String], let open = hours["open"], let close = hours["close"] else { return nil }
        return open + "-" + close
    }

    @Test func afterTheTwelfthTestsAndDownloadsAreListed() throws {
        let december = try days("2026-12")
        let twentieth = try #require(december["2026-12-20"])
        #expect(twentieth["submission"] is NSNull && twentieth["correction"] is NSNull)
        #expect(hours(twentieth["test"]) == "08:00-21:00", "C6")
        #expect(hours(twentieth["download"]) == "08:00-21:00", "C4")
        #expect(hours(december["2026-12-09"]?["download"]) == "08:00-24:00", "C4: 24:00 on 8–10")
        #expect(december["2026-12-30"]?["test"] is NSNull, "C5")
    }

    @Test func peakDaysMatchTheGrid() throws {
        let january = try days("2027-01")
        #expect(january["2027-01-05"]?["peak"] as? Bool == true, "C7: after 12/29–1/4")
        #expect(january["2027-01-10"]?["peak"] as? Bool == true && january["2027-01-10"]?["deadline"] as? Bool == true)
        #expect(january["2027-01-06"]?["peak"] as? Bool == false)
    }

    /// The command draws the clinic's own calendar, as the screen does: a clinic in setup before
    /// its first claim month has no change freeze (domain "Change freeze").
    @Test func aClinicInSetupHasNoFreezeAsOnTheScreen() throws {
        #expect(try days("2026-12")["2026-12-08"]?["freeze"] as? Bool == true)
        let setup = try days("2026-12", tape: "Assets/tapes/setup-no-freeze.tape")
        #expect(setup["2026-12-08"]?["freeze"] as? Bool == false)
    }
}
