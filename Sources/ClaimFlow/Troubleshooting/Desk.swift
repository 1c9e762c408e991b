/// Whom to call (T10). Names, roles and the numbers the sources publish ship in
/// `Assets/contacts.json`, each with where it was published (`source`) and when it was checked
/// (`checkedOn`); the clinic can record the number on its own papers, which then wins.
public struct Desk: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    /// What this desk handles, in one line.
    public var handles: String
    public var phone: String?
    public var hours: DeskSchedule?
    /// The day the number and hours were last confirmed.
    public var checkedOn: CivilDate?
    /// Where the number and hours were published (T10), e.g. 「秋田県国保連のページ」.
    public var source: String?
    /// Other desks shown with this one, one line each (the card-reader makers under `maker`,
    /// the local 支払基金・国保連 next to the help desk).
    public var related: [String]?
    /// Set on a merged desk when the clinic's own number replaced a shipped one.
    public var replacedPhone: String?

    public init(id: String, name: String, handles: String, phone: String? = nil, hours: DeskSchedule? = nil,
                checkedOn: CivilDate? = nil, source: String? = nil, related: [String]? = nil) {
        self.id = id
        self.name = name
        self.handles = handles
        self.phone = phone
        self.hours = hours
        self.checkedOn = checkedOn
        self.source = source
        self.related = related
    }
}

/// Opening patterns the clerk can pick from the desk's leaflet in the 問い合わせ先 flow. Saved
/// progress from earlier versions holds these raw strings as a desk's `hours`; they decode into
/// the equivalent `DeskSchedule` (T10).
public enum DeskHours: String, Codable, Sendable, CaseIterable {
    case weekdays0900to1700 = "weekdays-0900-1700"
    case weekdays0900to1730 = "weekdays-0900-1730"
    case weekdays0900to1800 = "weekdays-0900-1800"
    case everyday0800to2100 = "everyday-0800-2100"
    case always = "24h"

    /// The same pattern as rules (HOL: the year-end closure 12/29–1/3).
    public var schedule: DeskSchedule {
        let weekdays = [1, 2, 3, 4, 5]
        func weekdayRule(_ close: Int) -> DeskSchedule.Rule {
            DeskSchedule.Rule(weekdays: weekdays, includesHolidays: false, hours: Hours(open: 540, close: close))
        }
        let rules: [DeskSchedule.Rule]
        var closed = [DeskSchedule.ClosedPeriod.yearEnd]
        switch self {
        case .weekdays0900to1700: rules = [weekdayRule(1020)]
        case .weekdays0900to1730: rules = [weekdayRule(1050)]
        case .weekdays0900to1800: rules = [weekdayRule(1080)]
        case .everyday0800to2100: rules = [DeskSchedule.Rule(includesHolidays: true, hours: Hours(open: 480, close: 1260))]
        case .always:
            rules = [DeskSchedule.Rule(includesHolidays: true, hours: Hours(open: 0, close: 1440))]
            closed = []
        }
        return DeskSchedule(rules: rules, closed: closed, label: japanese)
    }
}

/// A desk's hours as rules by day of month, weekday and holiday (T10: desk hours follow the
/// claim calendar, not office hours). A day is open when no closed period covers it and a rule
/// matches its day of month, its weekday and its holiday status; a rule without hours says the
/// desk is open that day but the sources do not give the times.
public struct DeskSchedule: Equatable, Sendable {
    public struct Rule: Equatable, Sendable {
        /// Days of the month, e.g. 5...7; nil = every day.
        public var days: ClosedRange<Int>?
        /// 0 = Sunday … 6 = Saturday; nil = every weekday.
        public var weekdays: [Int]?
        /// Whether the rule also applies on a public holiday (HOL).
        public var includesHolidays: Bool
        /// nil: open that day, hours not published.
        public var hours: Hours?

        public init(days: ClosedRange<Int>? = nil, weekdays: [Int]? = nil, includesHolidays: Bool, hours: Hours?) {
            self.days = days
            self.weekdays = weekdays
            self.includesHolidays = includesHolidays
            self.hours = hours
        }

        func applies(on date: CivilDate) -> Bool {
            if let days, !days.contains(date.day) { return false }
            if let weekdays, !weekdays.contains(date.weekday) { return false }
            if !includesHolidays, JapaneseHolidays.name(of: date) != nil { return false }
            return true
        }
    }

    /// Month–day spans when the desk is closed whatever the rules say; may wrap the year (12/29–1/3).
    public struct ClosedPeriod: Equatable, Sendable {
        public var from: (month: Int, day: Int)
        public var to: (month: Int, day: Int)

        public init(from: (month: Int, day: Int), to: (month: Int, day: Int)) {
            self.from = from
            self.to = to
        }

        /// HOL: the year-end/new-year closure of help desks.
        public static let yearEnd = ClosedPeriod(from: (12, 29), to: (1, 3))

        func contains(_ date: CivilDate) -> Bool {
            let key = date.month * 100 + date.day
            let start = from.month * 100 + from.day, end = to.month * 100 + to.day
            return start <= end ? (start...end).contains(key) : key >= start || key <= end
        }

        public static func == (a: ClosedPeriod, b: ClosedPeriod) -> Bool {
            a.from == b.from && a.to == b.to
        }

        var japanese: String { "\(from.month)/\(from.day)〜\(to.month)/\(to.day)" }
    }

    public var rules: [Rule]
    public var closed: [ClosedPeriod]
    /// A fixed wording (the legacy patterns); nil = worded from the rules.
    public var label: String?
    /// What the sources leave open, said on screen rather than guessed.
    public var note: String?

    public init(rules: [Rule], closed: [ClosedPeriod] = [], label: String? = nil, note: String? = nil) {
        self.rules = rules
        self.closed = closed
        self.label = label
        self.note = note
    }

    /// How far ahead `nextOpening` looks.
    public static let searchDays = 40

    func isClosedDay(_ date: CivilDate) -> Bool { closed.contains { $0.contains(date) } }

    /// Open at this moment by the rules, the holidays and the closed periods. A day whose only
    /// rule has no published hours is not counted as open (see `hoursUnknown`).
    public func isOpen(at now: LocalDateTime) -> Bool {
        let date = now.date
        guard !isClosedDay(date) else { return false }
        return rules.contains { rule in
            guard let hours = rule.hours, rule.applies(on: date) else { return false }
            return hours.contains(minute: now.minuteOfDay)
        }
    }

    /// True when the desk is said to be open on this day but the sources give no times.
    public func hoursUnknown(on date: CivilDate) -> Bool {
        !isClosedDay(date) && rules.contains { $0.hours == nil && $0.applies(on: date) }
    }

    /// The next moment strictly after `now` at which a rule with known hours opens, within
    /// `searchDays` days; nil when none (or when open without a break until then).
    public func nextOpening(after now: LocalDateTime) -> LocalDateTime? {
        for offset in 0...DeskSchedule.searchDays {
            let date = now.date.adding(days: offset)
            guard !isClosedDay(date) else { continue }
            let opens = rules.compactMap { rule -> Int? in
                guard let hours = rule.hours, rule.applies(on: date), hours.open < 1440 else { return nil }
                return hours.open
            }.filter { offset > 0 || $0 > now.minuteOfDay }.sorted()
            if let first = opens.first {
                return LocalDateTime(date: date, hour: first / 60, minute: first % 60)
            }
        }
        return nil
    }

}

extension DeskSchedule: Codable {
    enum CodingKeys: String, CodingKey { case rules, closed, label, note }
    enum RuleKeys: String, CodingKey { case days, weekdays, includesHolidays, open, close }
    enum PeriodKeys: String, CodingKey { case from, to }

    /// Either a legacy `DeskHours` string (saved progress of earlier versions) or
    /// `{"rules": [{"days": [5, 7], "weekdays": [1,2,3,4,5], "includesHolidays": true, "open": "08:00", "close": "21:00"}],
    ///   "closed": [{"from": "12-29", "to": "01-03"}], "note": "…"}`.
    public init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let raw = try? single.decode(String.self) {
            guard let legacy = DeskHours(rawValue: raw) else {
                throw DecodingError.dataCorruptedError(in: single, debugDescription: "受付時間「\(raw)」は知らない形です")
            }
            self = legacy.schedule
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var list = try c.nestedUnkeyedContainer(forKey: .rules)
        var rules: [Rule] = []
        while !list.isAtEnd {
            let r = try list.nestedContainer(keyedBy: RuleKeys.self)
            var days: ClosedRange<Int>?
            if let pair = try r.decodeIfPresent([Int].self, forKey: .days) {
                guard pair.count == 2, 1 <= pair[0], pair[0] <= pair[1], pair[1] <= 31 else {
                    throw DecodingError.dataCorruptedError(forKey: .days, in: r, debugDescription: "days は [5, 7] のように1〜31の2つの数です")
                }
                days = pair[0]...pair[1]
            }
            let weekdays = try r.decodeIfPresent([Int].self, forKey: .weekdays)
            if let weekdays, weekdays.isEmpty || weekdays.contains(where: { !(0...6).contains($0) }) {
                throw DecodingError.dataCorruptedError(forKey: .weekdays, in: r, debugDescription: "weekdays は 0（日）〜6（土）です")
            }
            let open = try r.decodeIfPresent(String.self, forKey: .open)
            let close = try r.decodeIfPresent(String.self, forKey: .close)
            var hours: Hours?
            switch (open, close) {
            case (nil, nil): hours = nil
            case (let open?, let close?):
                guard let o = DeskSchedule.minutes(open), let e = DeskSchedule.minutes(close), o < e else {
                    throw DecodingError.dataCorruptedError(forKey: .open, in: r, debugDescription: "open と close は 08:00 の形で、open が先です")
                }
                hours = Hours(open: o, close: e)
            default:
                throw DecodingError.dataCorruptedError(forKey: .open, in: r, debugDescription: "open と close は両方書くか、両方省きます")
            }
            rules.append(Rule(days: days, weekdays: weekdays, includesHolidays: try r.decode(Bool.self, forKey: .includesHolidays), hours: hours))
        }
        var closed: [ClosedPeriod] = []
        if var periods = try c.decodeIfPresent([[String: String]].self, forKey: .closed).map({ $0[...] }) {
            while let period = periods.popFirst() {
                guard let from = period["from"].flatMap(DeskSchedule.monthDay), let to = period["to"].flatMap(DeskSchedule.monthDay) else {
                    throw DecodingError.dataCorruptedError(forKey: .closed, in: c, debugDescription: "closed は {\"from\": \"12-29\", \"to\": \"01-03\"} の形です")
                }
                closed.append(ClosedPeriod(from: from, to: to))
            }
        }
        self.init(rules: rules, closed: closed, label: try c.decodeIfPresent(String.self, forKey: .label),
                  note: try c.decodeIfPresent(String.self, forKey: .note))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        var list = c.nestedUnkeyedContainer(forKey: .rules)
        for rule in rules {
            var r = list.nestedContainer(keyedBy: RuleKeys.self)
            if let days = rule.days { try r.encode([days.lowerBound, days.upperBound], forKey: .days) }
            try r.encodeIfPresent(rule.weekdays, forKey: .weekdays)
            try r.encode(rule.includesHolidays, forKey: .includesHolidays)
            if let hours = rule.hours {
                try r.encode(Hours.text(hours.open), forKey: .open)
                try r.encode(Hours.text(hours.close), forKey: .close)
            }
        }
        if !closed.isEmpty {
            let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
            try c.encode(closed.map { ["from": "\(two($0.from.month))-\(two($0.from.day))", "to": "\(two($0.to.month))-\(two($0.to.day))"] },
                         forKey: .closed)
        }
        try c.encodeIfPresent(label, forKey: .label)
        try c.encodeIfPresent(note, forKey: .note)
    }

    /// "08:00" … "24:00" → minutes.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0...59).contains(m),
              h * 60 + m <= 1440 else { return nil }
        return h * 60 + m
    }

    /// "12-29" → (12, 29).
    static func monthDay(_ text: String) -> (month: Int, day: Int)? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (m, d)
    }
}

/// The desks the program knows, plus what the clinic recorded.
public struct DeskDirectory: Codable, Equatable, Sendable {
    public var desks: [Desk]

    public init(desks: [Desk]) { self.desks = desks }

    /// Shipped desks with the clinic's own numbers laid over them; the clinic's number wins and
    /// the desk remembers the shipped one it replaced, so the screen can say so (T10).
    public func merged(with recorded: [String: Desk]) -> DeskDirectory {
        DeskDirectory(desks: desks.map { desk in
            guard let own = recorded[desk.id] else { return desk }
            var merged = desk
            if let phone = own.phone {
                merged.phone = phone
                if let shipped = desk.phone, shipped != phone { merged.replacedPhone = shipped }
                merged.source = DeskDirectory.recordedByClinic
                merged.checkedOn = own.checkedOn
            }
            merged.hours = own.hours ?? desk.hours
            return merged
        })
    }

    public func desk(_ id: String) -> Desk? { desks.first { $0.id == id } }

}
