/// RFC 5545 text for `CalendarEvent`s (issue 14): CRLF line ends, lines folded at 75 octets
/// without splitting a character, text values escaped, all-day events on floating dates.
public enum ICalendarText {
    /// `stamp` is DTSTAMP, the moment the file is written (the caller's clock, Japan time).
    public static func render(_ events: [CalendarEvent], stamp: LocalDateTime) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//seikyu//seikyu calendar//JA", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:" + escaped("オンライン請求")]
        let dtstamp = utc(stamp)
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + event.uid,
                "DTSTAMP:" + dtstamp,
                "DTSTART;VALUE=DATE:" + compact(event.first),
                "DTEND;VALUE=DATE:" + compact(event.last.adding(days: 1)),
                "SUMMARY:" + escaped(event.summary),
            ]
            if !event.description.isEmpty { lines.append("DESCRIPTION:" + escaped(event.description)) }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }

    /// `20270105`.
    static func compact(_ date: CivilDate) -> String { date.description.filter { $0 != "-" } }

    /// Japan time (UTC+9) as `20261209T010000Z`.
    static func utc(_ moment: LocalDateTime) -> String {
        let minutes = moment.date.dayNumber * 1440 + moment.hour * 60 + moment.minute - 9 * 60
        let day = CivilDate(dayNumber: minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440)
        let rest = minutes - day.dayNumber * 1440
        return compact(day) + "T" + LocalDateTime.two(rest / 60) + LocalDateTime.two(rest % 60) + "00Z"
    }

    /// RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// RFC 5545 3.1: no line longer than 75 octets; a continuation starts with one space.
    static func folded(_ line: String) -> String {
        var result = "", count = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.unicodeScalars.append(scalar)
            count += size
        }
        return result
    }
}
