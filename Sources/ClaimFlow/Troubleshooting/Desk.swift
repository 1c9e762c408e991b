/// Whom to call (T10). Names and roles ship in `Assets/contacts.json`; numbers and hours change,
/// so the clinic records the ones on its own papers, with the date they were checked.
public struct Desk: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    /// What this desk handles, in one line.
    public var handles: String
    public var phone: String?
    public var hours: DeskHours?
    /// The day the number and hours were last confirmed.
    public var checkedOn: CivilDate?

    public init(id: String, name: String, handles: String, phone: String? = nil, hours: DeskHours? = nil, checkedOn: CivilDate? = nil) {
        self.id = id
        self.name = name
        self.handles = handles
        self.phone = phone
        self.hours = hours
        self.checkedOn = checkedOn
    }
}

/// Typical opening patterns a clerk can pick from the desk's leaflet.
public enum DeskHours: String, Codable, Sendable, CaseIterable {
    case weekdays0900to1700 = "weekdays-0900-1700"
    case weekdays0900to1730 = "weekdays-0900-1730"
    case weekdays0900to1800 = "weekdays-0900-1800"
    case everyday0800to2100 = "everyday-0800-2100"
    case always = "24h"

    public var japanese: String {
        switch self {
        case .weekdays0900to1700: return "平日 9:00〜17:00（土日祝・12/29〜1/3 は休み）"
        case .weekdays0900to1730: return "平日 9:00〜17:30（土日祝・12/29〜1/3 は休み）"
        case .weekdays0900to1800: return "平日 9:00〜18:00（土日祝・12/29〜1/3 は休み）"
        case .everyday0800to2100: return "毎日 8:00〜21:00（12/29〜1/3 は休み）"
        case .always: return "24時間"
        }
    }

    /// Open at this moment, by the clock, the holidays and the year-end closure (12/29–1/3).
    public func isOpen(at now: LocalDateTime) -> Bool {
        if self == .always { return true }
        let date = now.date
        let yearEnd = (date.month == 12 && date.day >= 29) || (date.month == 1 && date.day <= 3)
        if yearEnd { return false }
        let hours: Hours
        switch self {
        case .weekdays0900to1700: hours = Hours(open: 540, close: 1020)
        case .weekdays0900to1730: hours = Hours(open: 540, close: 1050)
        case .weekdays0900to1800: hours = Hours(open: 540, close: 1080)
        case .everyday0800to2100: hours = Hours(open: 480, close: 1260)
        case .always: return true
        }
        if self != .everyday0800to2100 {
            let weekend = date.weekday == 0 || date.weekday == 6
            if weekend || JapaneseHolidays.name(of: date) != nil { return false }
        }
        return hours.contains(minute: now.minuteOfDay)
    }
}

/// The desks the program knows, plus what the clinic recorded.
public struct DeskDirectory: Codable, Equatable, Sendable {
    public var desks: [Desk]

    public init(desks: [Desk]) { self.desks = desks }

    /// Shipped desks with the clinic's own numbers laid over them.
    public func merged(with recorded: [String: Desk]) -> DeskDirectory {
        DeskDirectory(desks: desks.map { desk in
            guard let own = recorded[desk.id] else { return desk }
            var merged = desk
            merged.phone = own.phone ?? desk.phone
            merged.hours = own.hours ?? desk.hours
            merged.checkedOn = own.checkedOn ?? desk.checkedOn
            return merged
        })
    }

    public func desk(_ id: String) -> Desk? { desks.first { $0.id == id } }

    /// How a desk reads on screen and in the memo: name, number, hours, open now, checked date.
    public static func describe(_ desk: Desk, at now: LocalDateTime) -> [String] {
        var lines = ["\(desk.name)（\(desk.handles)）"]
        if let phone = desk.phone {
            lines.append("電話: \(phone)" + (desk.checkedOn.map { "（\($0.description) に確認）" } ?? ""))
        } else {
            lines.append("電話番号が登録されていません。契約書類・開通通知で確かめ、メニューの「問い合わせ先」で登録してください。")
        }
        if let hours = desk.hours {
            lines.append("受付: \(hours.japanese)  いまは" + (hours.isOpen(at: now) ? "受付中です。" : "受付時間外です。"))
        }
        return lines
    }
}
