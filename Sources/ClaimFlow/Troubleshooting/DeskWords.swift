/// The words of the desks (T10): how a desk, its hours and whether it is open now read on screen
/// and in the 相談メモ — the message catalog of the desks. The rules (`DeskSchedule.isOpen`,
/// `nextOpening`) live in Desk.swift and hand over values.
extension DeskHours {
    public var japanese: String {
        switch self {
        case .weekdays0900to1700: return "平日 9:00〜17:00（土日祝・12/29〜1/3 は休み）"
        case .weekdays0900to1730: return "平日 9:00〜17:30（土日祝・12/29〜1/3 は休み）"
        case .weekdays0900to1800: return "平日 9:00〜18:00（土日祝・12/29〜1/3 は休み）"
        case .everyday0800to2100: return "毎日 8:00〜21:00（12/29〜1/3 は休み）"
        case .always: return "24時間"
        }
    }
}

extension DeskSchedule {
    /// 「毎月 5日〜7日 8:00〜21:00、…（土日祝も受付）」 or the fixed label.
    public var japanese: String {
        if let label { return label }
        if rules.isEmpty { return "資料にありません" }
        let parts = rules.map { rule -> String in
            var words: [String] = []
            if let days = rule.days {
                words.append(days.lowerBound == days.upperBound ? "\(days.lowerBound)日" : "\(days.lowerBound)日〜\(days.upperBound)日")
            }
            if let weekdays = rule.weekdays { words.append(DeskSchedule.weekdayText(weekdays)) }
            if words.isEmpty { words.append("毎日") }
            let joined = words.joined(separator: " ")
            return rule.hours.map { joined + " " + $0.japanese } ?? joined + "（時間は資料にありません）"
        }
        var text = (rules.contains { $0.days != nil } ? "毎月 " : "") + parts.joined(separator: "、")
        var notes: [String] = []
        if rules.allSatisfy(\.includesHolidays) {
            notes.append(rules.contains { $0.weekdays == nil } ? "土日祝も受付" : "祝日も受付")
        } else if rules.allSatisfy({ !$0.includesHolidays }) {
            notes.append("祝日は休み")
        }
        if !closed.isEmpty { notes.append(closed.map(\.japanese).joined(separator: "・") + " は休み") }
        if !notes.isEmpty { text += "（" + notes.joined(separator: "、") + "）" }
        return text
    }

    /// 「月〜金」「土」「月・水」.
    static func weekdayText(_ weekdays: [Int]) -> String {
        let sorted = weekdays.sorted()
        let names = sorted.compactMap { (0...6).contains($0) ? CivilDate.weekdayNames[$0] : nil }
        if sorted.count >= 3, let first = sorted.first, let last = sorted.last, last - first == sorted.count - 1,
           let a = names.first, let b = names.last {
            return "\(a)〜\(b)"
        }
        return names.joined(separator: "・")
    }
}

extension DeskDirectory {
    /// How a desk reads on screen and in the memo (T10): name and role, number, hours, whether it
    /// is open now (and when it opens next), where the number was published and when it was checked;
    /// then its related desks, one line each.
    public func describe(_ id: String, at now: LocalDateTime) -> [String] {
        guard let desk = desk(id) else { return ["問い合わせ先「\(id)」が Assets/contacts.json にありません。"] }
        let others = (desk.related ?? []).compactMap { self.desk($0) }
        var lines = DeskDirectory.describe(desk, at: now, hasRelated: !others.isEmpty)
        lines += others.map { DeskDirectory.oneLine($0, parent: desk, at: now) }
        if desk.phone == nil, !others.isEmpty, others.allSatisfy({ $0.hours == nil }) {
            lines.append("受付時間は資料にありません。電話で確かめてください。")
        }
        return lines
    }

    public static func describe(_ desk: Desk, at now: LocalDateTime, hasRelated: Bool = false) -> [String] {
        var lines = ["\(desk.name)（\(desk.handles)）"]
        if desk.phone == nil, hasRelated {
            lines.append("次の番号に電話してください。")
        } else if let phone = desk.phone {
            var line = "電話: \(phone)"
            if let replaced = desk.replacedPhone { line += "（医療機関で登録。資料の番号は \(replaced)）" }
            lines.append(line)
        } else {
            lines.append("電話番号が登録されていません。契約書類・開通通知で確かめ、メニューの「問い合わせ先」で登録してください。")
        }
        if let hours = desk.hours {
            lines.append("受付: \(hours.japanese)")
            lines.append(openNow(hours, at: now))
            if let note = hours.note { lines.append(note) }
        } else if desk.phone != nil {
            lines.append("受付時間は資料にありません。電話で確かめてください。")
        }
        if let provenance = provenance(desk) { lines.append(provenance) }
        return lines
    }

    /// 「出典: …（2026-11-21 に確認）」.
    static func provenance(_ desk: Desk) -> String? {
        switch (desk.source, desk.checkedOn) {
        case (let source?, let date?): return "出典: \(source)（\(date.description) に確認）"
        case (let source?, nil): return "出典: \(source)"
        case (nil, let date?): return "\(date.description) に確認"
        case (nil, nil): return nil
        }
    }

    /// 「いまは受付中です。」 or 「いまは受付時間外です。次は 12月5日(土) 8:00 からです。」
    static func openNow(_ hours: DeskSchedule, at now: LocalDateTime) -> String {
        if hours.isOpen(at: now) { return "いまは受付中です。" }
        if hours.hoursUnknown(on: now.date) { return "今日は受付のある日ですが、時間は資料にありません。電話で確かめてください。" }
        guard let next = hours.nextOpening(after: now) else {
            return "いまは受付時間外です。\(DeskSchedule.searchDays)日先までに受付の時間は見つかりません。"
        }
        let date = next.date
        return "いまは受付時間外です。次は \(date.month)月\(date.day)日(\(CivilDate.weekdayNames[date.weekday])) \(next.hour):\(LocalDateTime.two(next.minute)) からです。"
    }

    /// A related desk in one line: 「パナソニック: 0120-878-400（出典: …）」.
    static func oneLine(_ desk: Desk, parent: Desk, at now: LocalDateTime) -> String {
        var line = "\(desk.name): \(desk.phone ?? "電話番号は未登録です（メニューの「問い合わせ先」で登録できます）")"
        if let hours = desk.hours { line += "  \(hours.japanese)。" + openNow(hours, at: now) }
        let same = desk.source == parent.source && desk.checkedOn == parent.checkedOn
        if !same, let provenance = provenance(desk) { line += "  " + provenance }
        return line
    }

    /// Where a number the clinic recorded itself comes from.
    static let recordedByClinic = "医療機関で登録した番号"
}
