import ArgumentParser
import ClaimFlow
import ClaimStore
import FoundationEssentials

/// `seikyu month [YYYY-MM] [--json]` — one claim month per payer (C3, C4, C9, C10): sent,
/// 受付・事務点検 result, 請求確定, the 受領書 (number, printed time), 返戻 downloaded.
struct MonthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "month", abstract: "請求月ごとの状況（請求先ごとの送信・請求確定・受領書・返戻）を表示します")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "請求月（2026-12）。省略すると今月")
    var month: String?

    @Flag(help: "JSON で出力する")
    var json = false

    struct PayerJSON: Encodable {
        var payer: String
        var name: String
        /// This payer's last moment, with its own extension if one was recorded (C8).
        var deadline: String
        var sent: Bool
        var sentAt: String?
        var result: String?
        var confirmed: Bool
        var confirmedAt: String?
        var receiptNumber: String?
        var receiptPrintedAt: String?
        var receiptRecordedAt: String?
        var returnsDownloaded: Bool
        var returnsDownloadedAt: String?
    }

    struct MonthJSON: Encodable {
        var claimMonth: String
        var serviceMonth: String
        var deadline: String
        var payers: [PayerJSON]
        var missedDeadline: [String]
    }

    func validate() throws {
        if let month, Self.parse(month) == nil {
            throw ValidationError("請求月は 2026-12 の形で、2000〜2099年を指定してください: \"\(month)\"")
        }
    }

    static func parse(_ text: String) -> (year: Int, month: Int)? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, text.count == 7, (2000...2099).contains(parts[0]), (1...12).contains(parts[1]) else { return nil }
        return (parts[0], parts[1])
    }

    /// "05" for 5: a date's day as the JSON report writes it.
    static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

    func run() throws {
        let now = try options.settings.fixedNow() ?? JapanClock.now()
        let (year, number) = month.flatMap(Self.parse) ?? (now.date.year, now.date.month)
        let key = SubmissionCalendar.monthKey(year: year, month: number)
        let progress = try loadProgress(options)
        let calendar = SubmissionCalendar(rules: try reportingFailure { try options.settings.rules() }, extensions: progress.extensions,
                                          duty: ClaimDuty(progress, catalog: try reportingFailure { try options.settings.catalog() }))
        let standing = MonthStanding(month: key, progress: progress, now: now, calendar: calendar)
        let deadline = calendar.deadline(year: year, month: number)
        let service = number == 1 ? SubmissionCalendar.monthKey(year: year - 1, month: 12) : SubmissionCalendar.monthKey(year: year, month: number - 1)
        let payers = standing.payers.map { standing -> PayerJSON in
            let record = progress.submission(month: key, payer: standing.payer)
            let own = calendar.deadline(year: year, month: number, payer: standing.payer)
            return PayerJSON(payer: standing.payer?.rawValue ?? "unknown", name: standing.payer?.japanese ?? "請求先不明（以前の記録）",
                             deadline: "\(key)-\(Self.twoDigits(own.day))T\(Hours.text(own.close))",
                             sent: record?.sentAt != nil || record?.receipt != nil, sentAt: record?.sentAt?.description,
                             result: record?.result?.rawValue, confirmed: standing.isConfirmed,
                             confirmedAt: record?.confirmedAt?.description, receiptNumber: record?.receipt?.number,
                             receiptPrintedAt: record?.receipt?.printedAt?.description,
                             receiptRecordedAt: record?.receipt?.recordedAt.description, returnsDownloaded: standing.returnsDownloaded,
                             returnsDownloadedAt: record?.returnsDownloadedAt?.description)
        }
        let report = MonthJSON(claimMonth: key, serviceMonth: service,
                               deadline: "\(key)-\(Self.twoDigits(deadline.day))T\(Hours.text(deadline.close))",
                               payers: payers, missedDeadline: standing.missed.map(\.rawValue))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        print("\(year)年\(number)月の請求（\(service.replacing("-", with: "年"))月診療分）  締め切り: \(number)月\(deadline.day)日 \(Hours.text(deadline.close))")
        for payer in payers {
            var parts: [String] = []
            parts.append(payer.sent ? "送信済み" : "未送信")
            if let result = payer.result.flatMap(CheckResult.init(rawValue:)) {
                let fixed = payer.confirmed && result == .rejected
                parts.append(fixed ? "受付不能を直して送り直し" : ["accepted": "エラーなし", "to-check": "要確認あり", "rejected": "受付不能あり"][result.rawValue] ?? "")
            }
            parts.append(payer.confirmed ? "請求確定済み" : "請求確定まだ")
            if let number = payer.receiptNumber {
                parts.append("受領書 \(number)" + (payer.receiptPrintedAt.map { "（\($0.replacing("T", with: " "))）" } ?? ""))
            }
            parts.append(payer.returnsDownloaded ? "返戻ダウンロード済み" : "返戻ダウンロードまだ")
            print("  \(payer.name): " + parts.joined(separator: "、"))
        }
        if !standing.missed.isEmpty {
            for line in Messages.monthly.missedDeadline(month: number, payers: standing.missed) { print("注意: " + line) }
        }
    }
}
