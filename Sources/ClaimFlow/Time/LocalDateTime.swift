import FoundationEssentials

/// A wall-clock moment in Japan time (JST, UTC+9, no daylight saving).
///
/// The library never reads the clock: the shell passes one of these into every step of the
/// state machine, which keeps every rule and every tape deterministic.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: CivilDate
    public var hour: Int
    public var minute: Int

    public init(date: CivilDate, hour: Int = 0, minute: Int = 0) {
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) {
        guard let date = CivilDate(year: year, month: month, day: day),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.init(date: date, hour: hour, minute: minute)
    }

    /// Parses `2026-12-09T10:00`, `2026-12-09 10:00` or `2026-12-09` (midnight).
    public init?(parsing text: String) {
        // The form the program writes, read from its bytes (a window opening on years of
        // history reads thousands of these); the forms clerks type take the general path below.
        if let fast = Self.canonical(text) {
            self = fast
            return
        }
        let trimmed = text.trimmingSpaces
        let parts = trimmed.split(whereSeparator: { $0 == "T" || $0 == " " }).map(String.init)
        guard (1...2).contains(parts.count), let date = CivilDate(parsing: parts[0]) else { return nil }
        var hour = 0, minute = 0
        if parts.count == 2 {
            let hm = parts[1].split(separator: ":").map(String.init)
            // Seconds, when written, are two digits too: `10:00:00junk` is not a time.
            guard hm.count >= 2, hm.count <= 3, hm.allSatisfy(Self.isTwoDigits),
                  let h = Int(hm[0]), let m = Int(hm[1]) else { return nil }
            hour = h
            minute = m
        }
        self.init(year: date.year, month: date.month, day: date.day, hour: hour, minute: minute)
    }

    /// `YYYY-MM-DDTHH:MM`, exactly; nil for anything else.
    static func canonical(_ text: String) -> LocalDateTime? {
        guard text.utf8.count == 16 else { return nil }
        var text = text
        return text.withUTF8 { bytes -> LocalDateTime? in
            guard bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
                  let date = CivilDate.canonical(UnsafeBufferPointer(rebasing: bytes[0..<10])),
                  let hour = CivilDate.digits(bytes, 11, 2), let minute = CivilDate.digits(bytes, 14, 2) else { return nil }
            return LocalDateTime(year: date.year, month: date.month, day: date.day, hour: hour, minute: minute)
        }
    }

    /// Minutes since midnight.
    public var minuteOfDay: Int { hour * 60 + minute }

    public var description: String {
        "\(date)T\(Self.two(hour)):\(Self.two(minute))"
    }

    /// `2026年12月9日 10:00`, as clerks write it.
    public var japanese: String {
        "\(date.japanese) \(Self.two(hour)):\(Self.two(minute))"
    }

    /// `20261209-1000`, safe in file names.
    public var compactStamp: String {
        "\(CivilDate.four(date.year))\(Self.two(date.month))\(Self.two(date.day))-\(Self.two(hour))\(Self.two(minute))"
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.date, a.minuteOfDay) < (b.date, b.minuteOfDay)
    }

    private static func isTwoDigits(_ text: String) -> Bool {
        text.utf8.count == 2 && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}



extension LocalDateTime: TextCoded {}
