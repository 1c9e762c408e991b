@testable import ClaimFlow
import Foundation

/// The message catalogs pinned as text (issue 10): every sentence of the facts, the 相談メモ, the
/// desks, the records and the asset checks, rendered with fixed values into Tests/Golden/screens/
/// messages/, so changing any one sentence fails `swift test` with a diff naming the file, even
/// when no screen of the golden walk happens to show it.
extension GoldenScreenTests {
    func messageScreens() -> [Golden.Screen] {
        [factMessages(), memoMessages(), deskMessages(), recordMessages(), roleMessages()]
    }

    /// Three clinics (none yet, one in setup on IPsec+IKE, the demo clinic) at three moments.
    var messageClinics: [(String, SavedProgress)] {
        var inSetup = clinic
        if var setup = inSetup.flows["setup"] {
            setup.completed = false
            setup.answers["designation"] = .text("2027-04-01")
            setup.answers["score-table"] = .choice("dental")
            setup.answers["line-type"] = .choice("ipsec")
            setup.answers["ipsec-provider"] = catalog.flow("setup")?.step("ipsec-provider")?.options.first.map { .choice($0.id) }
            inSetup.flows["setup"] = setup
        }
        inSetup.submissions = []
        return [("登録なし", SavedProgress()), ("セットアップ中（IPsec+IKE・歯科）", inSetup), ("デモの医療機関", clinic)]
    }

    static let messageClocks = [
        LocalDateTime(year: 2026, month: 12, day: 2, hour: 10, minute: 0)!,
        LocalDateTime(year: 2026, month: 12, day: 9, hour: 10, minute: 0)!,
        LocalDateTime(year: 2026, month: 12, day: 10, hour: 23, minute: 30)!,
    ]

    func factMessages() -> Golden.Screen {
        var frames: [(String, String)] = []
        for (name, progress) in messageClinics {
            for now in Self.messageClocks {
                let facts = Facts(AppState(progress: progress), engine(now))
                frames.append(("\(name) \(now)", Fact.allCases.map { "{{\($0.rawValue)}}\n\(facts.value($0))" }.joined(separator: "\n")))
            }
        }
        return Golden.Screen(name: "messages/facts", frames: frames)
    }

    func memoMessages() -> Golden.Screen {
        let now = LocalDateTime(year: 2026, month: 12, day: 9, hour: 10, minute: 0)!
        var record = TriageRecord(at: now, symptom: TriageWords.symptom("691 エラー", other: nil), message: "691",
                                  started: "今日から", steps: [.init(step: "回線の種類", answer: "IPsec+IKE")],
                                  outcome: TriageWords.handedOver(to: "ネットワークの窓口"), deskID: "network-support",
                                  lineType: "IP-VPN（IPv4）")
        var frames: [(String, String)] = []
        for (name, var progress) in messageClinics {
            progress.changes.append(ChangeRecord(id: 90, date: CivilDate(year: 2026, month: 12, day: 20)!, kind: .router,
                                                 note: "予定", recordedAt: now))
            frames.append((name, ConsultationMemo.render(record, progress: progress, directory: engine(now).directory(progress),
                                                         context: engine(now))))
        }
        record.message = ""
        frames.append(("表示なし", ConsultationMemo.render(record, progress: SavedProgress(), directory: desks, context: engine(now))))
        // Per symptom (T3, T4) and the ID typed now against the setup's (T4), for the demo clinic.
        let demo = messageClinics[2].1
        record.symptom = "エラー 651 が出る"
        record.message = "651"
        record.started = ""
        record.error = .e651
        record.idComparison = NetworkIDComparison(recordedAtSetup: false, differences: [])
        frames.append(("エラー 651・セットアップの記録なし", ConsultationMemo.render(record, progress: demo, directory: desks, context: engine(now))))
        record.symptom = "エラー 691 が出る"
        record.message = "691"
        record.error = .e691
        record.idComparison = NetworkIDComparison(typed: "I2345678@tk12345", recorded: "12345678@tk123456")
        frames.append(("エラー 691・違う所あり", ConsultationMemo.render(record, progress: demo, directory: desks, context: engine(now))))
        // S4: the card reader's maker, without the claim network's ID even where the clerk typed it.
        let reader = TriageRecord(at: now, symptom: "オン資のカードリーダー・端末のエラー", message: "011 12345678@tk123456",
                                  started: "数日前から", steps: [.init(step: "電源と再起動（エラー 011・008）", answer: "直らない")],
                                  outcome: TriageWords.handedOver(to: "カードリーダー・オン資端末のメーカー"), deskID: "maker",
                                  topic: .cardReader)
        frames.append(("カードリーダー", ConsultationMemo.render(reader, progress: demo, directory: desks, context: engine(now))))
        let words = [
            TriageWords.checked(3, of: 5), TriageWords.secretChecked, TriageWords.unknownSymptom,
            TriageWords.symptom("その他", other: "画面が固まる"), TriageWords.solved(by: nil), TriageWords.solved(by: "ケーブルの差し直し"),
            TriageWords.waitForOutage, TriageWords.recorded(TriageWords.waitForOutage),
            TriageWords.Memo.idChecked(NetworkIDComparison(recordedAtSetup: false, differences: [])),
            TriageWords.Memo.idChecked(NetworkIDComparison(recordedAtSetup: true, differences: [])),
            TriageWords.Memo.idChecked(NetworkIDComparison(recordedAtSetup: true, differences: ["1文字目"])),
        ] + TriageWords.Memo.idComparison(NetworkIDComparison(recordedAtSetup: true, differences: []))
            + TriageWords.Memo.idComparison(NetworkIDComparison(recordedAtSetup: false, differences: []))
        frames.append(("記録の言葉", words.joined(separator: "\n")))
        return Golden.Screen(name: "messages/memo", frames: frames)
    }

    func deskMessages() -> Golden.Screen {
        var frames: [(String, String)] = [("受付時間の選択肢", DeskHours.allCases.map { "\($0.rawValue): \($0.japanese)" }.joined(separator: "\n"))]
        var ownNumbers = desks.merged(with: [:])
        ownNumbers.desks = ownNumbers.desks.map { var desk = $0; desk.phone = nil; desk.hours = nil; return desk }
        for now in Self.messageClocks {
            frames.append(("\(now)", desks.desks.map { desks.describe($0.id, at: now).joined(separator: "\n") }.joined(separator: "\n\n")))
        }
        frames.append(("番号も時間もない", ownNumbers.desks.map { ownNumbers.describe($0.id, at: Self.messageClocks[1]).joined(separator: "\n") }
            .joined(separator: "\n\n") + "\n\n" + desks.describe("no-such-desk", at: Self.messageClocks[1]).joined()))
        return Golden.Screen(name: "messages/desks", frames: frames)
    }

    func recordMessages() -> Golden.Screen {
        let day = CivilDate(year: 2026, month: 12, day: 20)!
        let words = [
            CompletionWords.contactRecorded("ネットワークの窓口", on: day, replacing: nil),
            CompletionWords.contactRecorded("ネットワークの窓口", on: day, replacing: "0120-000-000"),
            Messages.changes.recorded(ChangeRecord.recorded(id: 1, date: day, kind: .router, note: "", at: Self.messageClocks[1])),
            Messages.changes.recorded(ChangeRecord.recorded(id: 2, date: CivilDate(year: 2026, month: 12, day: 1)!, kind: .router,
                                                            note: "", at: Self.messageClocks[1])),
            CompletionWords.extensionRecorded(month: 12, payer: nil, untilDay: 12, closeMinute: 24 * 60),
            CompletionWords.extensionRecorded(month: 12, payer: .kokuho, untilDay: 11, closeMinute: 21 * 60),
        ]
        return Golden.Screen(name: "messages/records", frames: [("記録したとき", words.joined(separator: "\n"))])
    }

    func roleMessages() -> Golden.Screen {
        var lines: [String] = []
        for role in StepRole.allCases {
            lines += [RoleMessages.missing(role), RoleMessages.duplicate(role, otherStep: "other"),
                      RoleMessages.outOfScope(role), RoleMessages.wrongKind(role)]
        }
        for option in OptionRole.allCases {
            lines += [RoleMessages.missingOption(option, on: .lineType), RoleMessages.optionOutOfPlace(option, option: "x")]
        }
        for flow in FlowRole.allCases {
            lines += [RoleMessages.missingFlow(flow), RoleMessages.duplicateFlow(flow, otherFile: "flows/other.json")]
        }
        lines += [RoleMessages.emptyDesk, RoleMessages.missingReference("setup/line-type", kind: .choice),
                  RoleMessages.prefillOptionMissing("ipsec", from: "setup/line-type")]
        return Golden.Screen(name: "messages/roles", frames: [("役割の検査", lines.joined(separator: "\n"))])
    }
}
