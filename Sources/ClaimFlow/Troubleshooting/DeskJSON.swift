/// `Assets/contacts.json` read from its JSON tree (issue 19), without Codable's run-time lookups
/// (a conformance scan of the whole binary for each type decoded, 3 M instructions of every start).
/// It reads what the Codable decoding read: the same members required, `null` as absent, other
/// members ignored; the Codable conformance stays for saved progress (a clinic's own desks).
extension DeskDirectory {
    public init(json: JSONValue) throws(AssetReadError) {
        let fields = try JSONFields(json, field: "contacts")
        guard fields.value("desks") != nil else { throw AssetReadError(.missingKey("desks")) }
        self.init(desks: try fields.objects("desks", Desk.init(fields:)))
    }
}

extension Desk {
    init(fields: JSONFields) throws(AssetReadError) {
        self.init(id: try fields.string("id"), name: try fields.string("name"), handles: try fields.string("handles"),
                  phone: try fields.optionalString("phone"), hours: try fields.value("hours").map(DeskSchedule.init(json:)),
                  checkedOn: try Self.date(fields.optionalString("checkedOn")), source: try fields.optionalString("source"),
                  related: try fields.value("related") == nil ? nil : fields.strings("related"))
        replacedPhone = try fields.optionalString("replacedPhone")
    }

    private static func date(_ text: String?) throws(AssetReadError) -> CivilDate? {
        guard let text else { return nil }
        guard let date = CivilDate(parsing: text) else {
            throw AssetReadError(.badValue(detail: "checkedOn は 2026-11-21 の形で書いてください: \"\(text)\""))
        }
        return date
    }
}

extension DeskSchedule {
    /// A legacy `DeskHours` word, or `{"rules": [...], "closed": [...], "label": …, "note": …}`
    /// with the checks of the Codable decoding (T10, HOL).
    init(json: JSONValue) throws(AssetReadError) {
        if case .string(let raw) = json {
            self = try JSONFields.word(raw, field: "hours", as: DeskHours.self).schedule
            return
        }
        let fields = try JSONFields(json, field: "hours")
        guard fields.value("rules") != nil else { throw AssetReadError(.missingKey("rules")) }
        let rules = try fields.objects("rules", Rule.init(fields:))
        var closed: [ClosedPeriod] = []
        for period in try fields.objects("closed", { fields throws(AssetReadError) in fields }) {
            guard let from = try period.optionalString("from").flatMap(DeskSchedule.monthDay),
                  let to = try period.optionalString("to").flatMap(DeskSchedule.monthDay) else {
                throw AssetReadError(.badValue(detail: "closed は {\"from\": \"12-29\", \"to\": \"01-03\"} の形です"))
            }
            closed.append(ClosedPeriod(from: from, to: to))
        }
        self.init(rules: rules, closed: closed, label: try fields.optionalString("label"), note: try fields.optionalString("note"))
    }
}

extension DeskSchedule.Rule {
    init(fields: JSONFields) throws(AssetReadError) {
        var days: ClosedRange<Int>?
        if fields.value("days") != nil {
            let pair = try fields.ints("days")
            guard pair.count == 2, 1 <= pair[0], pair[0] <= pair[1], pair[1] <= 31 else {
                throw AssetReadError(.badValue(detail: "days は [5, 7] のように1〜31の2つの数です"))
            }
            days = pair[0]...pair[1]
        }
        let weekdays = fields.value("weekdays") == nil ? nil : try fields.ints("weekdays")
        if let weekdays, weekdays.isEmpty || weekdays.contains(where: { !(0...6).contains($0) }) {
            throw AssetReadError(.badValue(detail: "weekdays は 0（日）〜6（土）です"))
        }
        var hours: Hours?
        switch (try fields.optionalString("open"), try fields.optionalString("close")) {
        case (nil, nil): hours = nil
        case (let open?, let close?):
            guard let o = DeskSchedule.minutes(open), let e = DeskSchedule.minutes(close), o < e else {
                throw AssetReadError(.badValue(detail: "open と close は 08:00 の形で、open が先です"))
            }
            hours = Hours(open: o, close: e)
        default:
            throw AssetReadError(.badValue(detail: "open と close は両方書くか、両方省きます"))
        }
        self.init(days: days, weekdays: weekdays, includesHolidays: try fields.bool("includesHolidays"), hours: hours)
    }
}
