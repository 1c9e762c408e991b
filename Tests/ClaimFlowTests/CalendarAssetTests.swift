import ClaimFlow
import ClaimStore
import Foundation
import Testing

/// Issue 19: Assets/calendar.json is read from the JSON tree, not by JSONDecoder; what it says
/// and what a broken one says stay as they were, in Japanese.
@Suite struct CalendarAssetTests {
    func folder(with calendar: String) throws -> String {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(calendar.utf8).write(to: URL(fileURLWithPath: folder + "/calendar.json"))
        return folder
    }

    func loadError(_ calendar: String) throws -> FlowAssetError? {
        let folder = try folder(with: calendar)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            _ = try AssetFolder.loadRules(from: folder)
            return nil
        } catch {
            return error
        }
    }

    var shippedText: String {
        get throws { try String(contentsOfFile: assetsDirectory + "/calendar.json", encoding: .utf8) }
    }

    /// C1–C7 as shipped are domain.md's (the defaults in code).
    @Test func theShippedCalendarIsTheStandardOne() throws {
        #expect(try AssetFolder.loadRules(from: assetsDirectory) == .standard)
    }

    @Test func everyMemberIsRead() throws {
        let text = try shippedText.replacingOccurrences(of: "\"peakAfterDaysOff\": 3", with: "\"peakAfterDaysOff\": 4")
            .replacingOccurrences(of: "\"from\": 8, \"to\": 10, \"hours\": { \"open\": \"08:00\", \"close\": \"24:00\" }",
                                  with: "\"from\": 8, \"to\": 11, \"hours\": { \"open\": \"08:30\", \"close\": \"24:00\" }")
        let folder = try folder(with: text)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var expected = SubmissionRules.standard
        expected.peakAfterDaysOff = 4
        expected.windows[1] = DayHours(from: 8, to: 11, hours: Hours(open: 8 * 60 + 30, close: 24 * 60))
        #expect(try AssetFolder.loadRules(from: folder) == expected)
    }

    @Test func aClockTimeThatIsNoneSaysSoInJapanese() throws {
        let error = try loadError(try shippedText.replacingOccurrences(of: "\"downloadHours\": { \"open\": \"08:00\"",
                                                                       with: "\"downloadHours\": { \"open\": \"8時\""))
        #expect(error?.file == "calendar.json")
        #expect(error?.problem.contains("8時") == true, "\(String(describing: error))")
        #expect(error?.reason == .badValue(detail: Messages.calendar.notAClockTime("8時")))
    }

    @Test func aMissingMemberIsNamed() throws {
        let error = try loadError(try shippedText.replacingOccurrences(of: "\"freezeThroughDay\": 12,", with: ""))
        #expect(error == FlowAssetError(file: "calendar.json", .missingKey("freezeThroughDay")))
    }

    @Test func aNumberWrittenAsTextIsNamed() throws {
        let error = try loadError(try shippedText.replacingOccurrences(of: "\"closedThroughDay\": 4", with: "\"closedThroughDay\": \"4\""))
        #expect(error == FlowAssetError(file: "calendar.json", .wrongType(field: "closedThroughDay", expected: .integer, found: .string)))
    }

    @Test func brokenJSONSaysSo() throws {
        #expect(try loadError("{\"windows\": [") == FlowAssetError(file: "calendar.json", .notJSON))
    }
}
