import Foundation
import Testing

/// `seikyu calendar 2027 --ics` (issue 14) parses with a standard iCalendar library (PyPI's
/// `icalendar`, put in `.build/pyvenv` by `.ci/packages --test`) and holds the 12 windows.
@Suite struct CalendarICSTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let python = root.appendingPathComponent(".build/pyvenv/bin/python").path

    static let reader = """
        import sys, icalendar
        calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        for event in calendar.walk('VEVENT'):
            assert event.get('DTSTAMP') is not None
            print(str(event['UID']), event.decoded('DTSTART').isoformat(), event.decoded('DTEND').isoformat(), str(event['SUMMARY']))
        """

    @Test func parsesWithIcalendarAndHoldsTheTwelveWindows() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.python), "run .ci/packages --test (it installs icalendar into .build/pyvenv)")
        let folder = Command.scratch("seikyu-ics")
        let file = Command.scratch("seikyu-2027") + ".ics"
        let script = Command.scratch("seikyu-read-ics") + ".py"
        defer { [folder, file, script].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let added = Command.run([TmuxTerminal.binary, "certs", "add", "--pc", "1号機", "--issued", "2026-09-01", "--data-dir", folder])
        #expect(added.status == 0, "\(added.errors)")
        let written = Command.run([TmuxTerminal.binary, "calendar", "2027", "--ics", "--out", file, "--data-dir", folder, "--now", "2026-12-09T10:00"])
        #expect(written.status == 0, "\(written.errors)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "RFC 5545 3.1: \(line)") }
        try Self.reader.write(toFile: script, atomically: true, encoding: .utf8)
        let parsed = Command.run([Self.python, script, file])
        #expect(parsed.status == 0, "\(parsed.errors)")
        let events = parsed.output.split(separator: "\n").map { $0.split(separator: " ", maxSplits: 3).map(String.init) }
        let windows = events.filter { $0.first?.hasPrefix("window-") == true }
        #expect(windows.count == 12, "\(parsed.output)")
        #expect(windows.first == ["window-2027-01@seikyu", "2027-01-05", "2027-01-11", "1月 オンライン請求の送信期間"])
        #expect(events.contains { $0.first == "certificate-1-download@seikyu" && $0.dropFirst().first == "2027-02-28" })
    }
}
