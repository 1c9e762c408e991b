import ClaimFlow
import Foundation

/// A clinic's history as it builds up month by month: what `seikyu` itself would have saved
/// after the given number of years (the figures per year are in BENCHMARKS.md).
enum History {
    /// The benchmark's clock: the keys are pressed after the last month of history.
    static let now = LocalDateTime(year: 2026, month: 12, day: 3, hour: 9, minute: 0)!

    /// One month's change to the saved progress and the audit lines it wrote.
    typealias Month = (year: Int, month: Int, change: (inout SavedProgress) -> [AuditEntry])

    /// Months from `years` years before December 2026 up to November 2026, oldest first.
    static func months(years: Int) -> [Month] {
        var months: [Month] = []
        for index in 0..<(years * 12) {
            let total = (2026 - years) * 12 + 11 + index // December of (2026 - years) onwards
            let year = total / 12, month = total % 12 + 1
            months.append((year, month, { progress in Self.month(year: year, month: month, &progress) }))
        }
        return months
    }

    /// The monthly run with its 受領書; about 20 changes, 10 triages, one extension and a few
    /// contacts a year; 50 audit lines a month.
    static func month(year: Int, month: Int, _ progress: inout SavedProgress) -> [AuditEntry] {
        let label = String(format: "%04d-%02d", year, month)
        func at(_ day: Int, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
            LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute)!
        }
        // The month's run of the monthly flow: answers replaced, completed.
        var run = FlowProgress(start: "done", at: at(10, 11))
        run.history = ["window", "checks", "send", "receipt"]
        run.answers = [
            "window": .choice("open"),
            "checks": .checked(["reseco", "certificate", "line", "media"]),
            "send": .confirmed,
            "receipt": .text("R\(year)\(month)-\(1000 + month * 7)"),
        ]
        run.answeredAt = Dictionary(uniqueKeysWithValues: run.answers.keys.map { ($0, at(10, 11)) })
        run.completed = true
        progress.flows["monthly"] = run

        for (offset, payer) in Payer.allCases.enumerated() { // C3: one record per payer and month
            progress.updateSubmission(month: label, payer: payer) { submission in
                submission.sentAt = at(10, 10)
                submission.result = .accepted
                submission.confirmedAt = at(10, 11)
                submission.receipt = Receipt(number: "R\(year)\(month)-\(1000 + month * 7 + offset)", printedAt: at(10, 11, 30),
                                             recordedAt: at(10, 11, 30))
                submission.returnsDownloadedAt = at(10, 12)
            }
        }

        let kinds = ChangeKind.allCases
        for n in 0..<(month % 3 == 0 ? 1 : 2) { // 8 × 2 + 4 × 1 = 20 a year
            let kind = kinds[(month + n) % kinds.count]
            let change = progress.addChange(date: CivilDate(year: year, month: month, day: 15 + n)!, kind: kind,
                                            note: "\(kind.japanese)の交換（見積もり番号 \(year)-\(month)-\(n)）", at: at(1, 9))
            if n == 0 { progress.apply(.markDone(on: change.date), toChange: change.id, at: at(20, 9)) } // the other stays planned
        }

        if month != 6 && month != 12 { // 10 a year
            progress.triages.append(triage(at: at(11, 9, 40), desk: month % 2 == 0 ? "helpdesk" : "kokuho"))
        }
        if month == 4 {
            progress.extensions.append(WindowExtension(month: label, untilDay: 12, closeMinute: 21 * 60, note: "連休のため延長"))
        }
        if month == 1 {
            for (id, name) in [("helpdesk", "ヘルプデスク"), ("kokuho", "国保連"), ("vendor", "レセコン業者")] {
                progress.contacts[id] = Desk(id: id, name: name, handles: "接続の相談", phone: "03-0000-\(String(format: "%04d", year % 10000))",
                                             checkedOn: CivilDate(year: year, month: 1, day: 5))
            }
        }
        return (0..<50).map { n in
            AuditEntry(at: at(1 + n % 28, 9 + n % 8, n % 60), flow: n % 5 == 0 ? "setup" : "monthly",
                       step: ["window", "checks", "send", "receipt", "equipment"][n % 5],
                       item: n % 2 == 0 ? "item\(n % 7)" : nil, action: n % 3 == 0 ? "unchecked" : "checked", by: "事務 \(n % 3)")
        }
    }

    /// TriageRecord has no public initializer; it is built the way it is read back, from JSON.
    static func triage(at time: LocalDateTime, desk: String) -> TriageRecord {
        let object: [String: Any] = [
            "at": time.description, "symptom": "つながらない", "message": "エラー 691（認証に失敗しました）",
            "started": "今朝から", "outcome": "相談: \(desk)", "deskID": desk, "lineType": "IP-VPN",
            "steps": [
                ["step": "ルータのランプ", "answer": "緑"], ["step": "ケーブル", "answer": "差し直した"],
                ["step": "ID とパスワード", "answer": "打ち直した"], ["step": "ほかの端末", "answer": "つながらない"],
            ],
        ]
        do {
            return try JSONDecoder().decode(TriageRecord.self, from: JSONSerialization.data(withJSONObject: object))
        } catch {
            fail("the sample troubleshooting record does not decode: \(error)")
        }
    }

    /// The flows the benchmark's session knows: "setup" opens on a ten-item checklist (the same
    /// items as bench.py's comparison with dialog), then a text step; monthly and trouble exist
    /// so their saved progress is not thrown away.
    static func catalog() throws -> FlowCatalog {
        let items = ["レセコンの確認", "請求用端末", "回線の見積もり", "IPsec+IKE の契約", "データの移し方",
                     "ルート証明書 1", "ルート証明書 2", "利用者の証明書", "導通試験", "確認試験"]
        let checklist = StepDefinition(id: "equipment", kind: .checklist, title: "機器の準備",
                                       items: items.enumerated().map { ChecklistItem(id: "i\($0.offset)", text: $0.element) },
                                       next: [Transition(goto: "name")])
        let name = StepDefinition(id: "name", kind: .text, title: "名前", field: TextField(label: "名前", audit: true),
                                  next: [Transition(goto: "done")])
        let done = StepDefinition(id: "done", kind: .info, title: "完了")
        // No setup role: with one, the clinic of 0 years (setup under way, no 受領書) would have no claim
        // yet and no freeze line (ClaimDuty), so its frame would be one warning shorter than the others'.
        // Every size is a clinic that claims every month, and the frame is the same screen at each.
        let setup = FlowDefinition(id: "setup", title: "セットアップ", summary: "", steps: [checklist, name, done])
        let others = [FlowRole.monthly, .trouble].map {
            FlowDefinition(id: $0.rawValue, title: $0.rawValue, summary: "", steps: [StepDefinition(id: "done", kind: .info, title: "完了")],
                           role: $0)
        }
        return try FlowCatalog(validating: ([setup] + others).map { ("bench", $0) })
    }

    /// Where the window opens: the setup flow, on its checklist.
    static func openOnChecklist(_ progress: inout SavedProgress) {
        progress.location = .flow("setup")
        progress.flows["setup"] = FlowProgress(start: "equipment", at: now)
    }
}
