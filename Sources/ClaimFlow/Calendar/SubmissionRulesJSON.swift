/// `Assets/calendar.json` read from its JSON tree (issue 19), without Codable's run-time lookups:
/// every member required, as the Codable decoding had it, and errors that name the member.
extension SubmissionRules {
    public init(json: JSONValue) throws(AssetReadError) {
        let fields = try JSONFields(json, field: "calendar")
        // C1, C3: both lists must be written, as the Codable decoding required.
        for key in ["windows", "corrections"] where fields.value(key) == nil { throw AssetReadError(.missingKey(key)) }
        windows = try fields.objects("windows", DayHours.init(fields:))
        corrections = try fields.objects("corrections", DayHours.init(fields:))
        downloadHours = try Hours(fields: fields.object("downloadHours"))
        closedThroughDay = try fields.int("closedThroughDay")
        yearEndClosureFrom = try fields.int("yearEndClosureFrom")
        testHours = try Hours(fields: fields.object("testHours"))
        freezeDaysBefore = try fields.int("freezeDaysBefore")
        freezeThroughDay = try fields.int("freezeThroughDay")
        peakAfterDaysOff = try fields.int("peakAfterDaysOff")
    }
}

extension DayHours {
    init(fields: JSONFields) throws(AssetReadError) {
        from = try fields.int("from")
        to = try fields.int("to")
        hours = try Hours(fields: fields.object("hours"))
    }
}

extension Hours {
    /// `{"open": "08:00", "close": "21:00"}`; 24:00 is the end of the day.
    init(fields: JSONFields) throws(AssetReadError) {
        func minutes(_ key: String) throws(AssetReadError) -> Int {
            let text = try fields.string(key)
            let parts = text.split(separator: ":")
            guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0...59).contains(m) else {
                throw AssetReadError(.badValue(detail: Messages.calendar.notAClockTime(text)))
            }
            return h * 60 + m
        }
        open = try minutes("open")
        close = try minutes("close")
    }
}
