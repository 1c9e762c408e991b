@testable import ClaimFlow
import ClaimStore
import Testing

// Which test pins the value of each rule of /work/shared/domain.md. Changing the value in the
// code or in the assets fails at least the test named here (each was checked by breaking the
// value and running it). Tests in this file are marked ★.
//
// | Tag | Value pinned                                                     | Test                                                              |
// |-----|------------------------------------------------------------------|-------------------------------------------------------------------|
// | C1  | days 5–7 8:00–21:00, 8–10 8:00–24:00, weekends/holidays included | ★ c1WindowHours (asset and code); SubmissionCalendarTests.windowHoursClosedDaysAndYearEndForEveryMonth; HonestTimesTests |
// | C2  | the 10th 24:00, not moved by a Sunday                            | ★ c2TheDeadlineIsTheTenthAt24WithNoShift (asset and code)          |
// | C3  | corrections 11th–12th 8:00–21:00, no new claims; per payer       | ★ c3CorrectionsOnlyOnTheEleventhAndTwelfth; MonthlyPayerTests.oneConfirmedPayerOfTwoIsNotASubmittedMonth |
// | C4  | downloads from the 5th to month end, 21:00 (24:00 on 8–10)       | ★ c4DownloadsFromTheFifthToMonthEnd, c4c6AfterTheTwelfth…; CalendarCommandTests |
// | C5  | closed days 1–4 and 12/29–12/31                                  | ★ c5ClosedOnTheFirstFourDaysAndFromTheTwentyNinthOfDecember        |
// | C6  | tests from the 5th to month end, 8:00–21:00                      | ★ c6TestsFromTheFifthToMonthEnd                                   |
// | C7  | peak: the 10th, after the year-end closure, after 3+ days off;   | ★ c7… (four tests, one for exactly three days off);               |
// |     | no quiet hours; a send takes ~15 minutes                         | HonestTimesTests (quiet hours, 15分), WindowStatus last hour      |
// | C8  | an extension to the 12th 21:00, per payer                        | ★ c8AnExtensionMovesTheDeadlineToTheTwelfthAt21, c8TheExtensionFlowOffersTheTwelfthAt21First; MonthlyPayerTests |
// | C9  | a dropped send is resent from the start; the 受領書 is the proof | ★ c9ADroppedSendIsResentAndTheReceiptIsTheProof                   |
// | C10 | missed at the 10th 24:00 (or the extension): 月遅れ請求, whom to ask | MonthlyPayerTests.theDeadlinePassesAtTheTenthsMidnightOrTheRecordedExtension; FreezeDutyTests.theMissedDeadlineFactIsQuietForANewClinic |
// | I1  | 10 digits, Luhn over 9 digits, over 6 in prefectures 11–14       | ClinicCodeTests (schemeFollowsThePrefecture, the two examples, 90 % of typos) |
// | I2  | network ID 8 + @ + 8 (sample 12345678@tk123456), password 8      | ★ i2TheShapesAreEightAtEightAndEight; IdentifierTests.theSampleShapesPass, formatIsAWarningNotABlock |
// | I3  | lookalikes I/l/1, O/Q/0, o/0, s/5; Caps Lock; full-width         | ★ i3EveryLookalikeOfTheProcedureIsMarked; IdentifierTests           |
// | I4  | no network ID or password under IP-VPN (IPv6) or IPsec+IKE       | ★ i4NoNetworkIDUnderIPv6OrIPsec; TriageOrderTests.unreachableOnIPv6… |
// | T1  | outage and peak day first                                        | ★ t1TheFirstTriageScreenSaysWhetherTodayIsBusy; TriageOrderTests (outage first) |
// | T2  | physical → line auth → credentials → certificate → sending       | TriageOrderTests (three walks)                                    |
// | T3  | 651: cables, then power-cycle                                    | ★ t3Error651GoesToCablesAndPower                                  |
// | T4  | 691: credentials, compared with setup, do not retry blindly      | ★ t4Error691ComparesTheIDAndWarnsOfTheLock; TriageOrderTests.error691…; NetworkIDComparisonTests |
// | T5  | IPv6: the 回線認証 site says 「認証済みです。」, again after changes | ★ t5LineAuthenticationChecksTheSiteSaysAuthenticated              |
// | T6  | 「オンライン請求が見つかりません」: network desk, do not rebuild     | ★ t6SettingsGoneGoToTheNetworkDeskWithoutRebuilding               |
// | T7  | IPv6 on an IPv4 connection: disable it                           | TroubleContentTests.ipv6OnAnIPv4ConnectionIsReachedAfterCables     |
// | T8  | two roots to 信頼されたルート証明機関, the user's to 個人          | CertificateStoreTests (both tests)                                |
// | T9  | congestion: wait, do not abort a slow send                       | TroubleContentTests.aSlowSendIsNotAborted, theOutageWaitExplains… |
// | T10 | whom to call by line; numbers, sources and hours by the calendar | ★ t10TheDeskFollowsTheLineAndEveryDeskShips; DeskTests             |
// |     | a deadline on a day off: desks with weekday hours are closed     | DeadlineDayOffTests (shipped and clinic hours, the clock, C8)     |
// | T11 | the memo: line, error text, since when, changes, what was tried  | ★ t11TheMemoHoldsWhatTheDeskWillAskFor; MemoTests                  |

/// Where the calendar rules come from: Assets/calendar.json, or the code's defaults when the
/// asset is missing. Both must say what domain.md says.
enum RuleSource: String, CaseIterable, Sendable {
    case asset, code

    func calendar() throws -> SubmissionCalendar {
        SubmissionCalendar(rules: self == .asset ? try AssetFolder.loadRules(from: assetsDirectory) : .standard)
    }
}

/// Each calendar rule of domain.md pinned to its value, for the shipped Assets/calendar.json and
/// the code's defaults: changing an hour, a day or a closure in either fails here, naming the rule.
@Suite struct DomainRuleTests {
    func date(_ text: String) -> CivilDate { CivilDate(parsing: text) ?? CivilDate(year: 1, month: 1, day: 1)! }

    @Test(arguments: RuleSource.allCases)
    func c1WindowHours(_ source: RuleSource) throws {
        let calendar = try source.calendar()
        func day(_ text: String) -> CalendarDay { calendar.day(date(text)) }
        for d in 5...7 { #expect(day("2026-12-0\(d)").submission == Hours(open: 480, close: 1260), "C1: \(d)日 8:00–21:00") }
        for d in ["08", "09", "10"] { #expect(day("2026-12-\(d)").submission == Hours(open: 480, close: 1440), "C1: \(d)日 8:00–24:00") }
        // Weekends and holidays included: 2026-12-05 is a Saturday, 2027-05-05 a holiday.
        #expect(day("2026-12-05").dayOff && day("2026-12-05").submission != nil)
        #expect(day("2027-05-05").holiday != nil && day("2027-05-05").submission != nil)
    }

    @Test(arguments: RuleSource.allCases)
    func c2TheDeadlineIsTheTenthAt24WithNoShift(_ source: RuleSource) throws {
        let calendar = try source.calendar()
        // 2027-01-10 is a Sunday; the online deadline does not move.
        #expect(calendar.deadline(year: 2027, month: 1) == (day: 10, close: 1440))
        #expect(calendar.day(date("2027-01-10")).deadline && calendar.day(date("2027-01-11")).submission == nil)
    }

    @Test(arguments: RuleSource.allCases)
    func c3CorrectionsOnlyOnTheEleventhAndTwelfth(_ source: RuleSource) throws {
        let calendar = try source.calendar()
        for d in ["11", "12"] {
            #expect(calendar.day(date("2026-12-\(d)")).submission == nil, "C3: no new claims after the 10th")
            #expect(calendar.day(date("2026-12-\(d)")).correction == Hours(open: 480, close: 1260), "C3: corrections 8:00–21:00")
        }
        #expect(calendar.day(date("2026-12-13")).correction == nil)
    }

    @Test(arguments: RuleSource.allCases)
    func c4DownloadsFromTheFifthToMonthEnd(_ source: RuleSource) throws {
        let calendar = try source.calendar()
        #expect(calendar.day(date("2026-12-04")).download == nil)
        #expect(calendar.day(date("2026-12-05")).download == Hours(open: 480, close: 1260))
        #expect(calendar.day(date("2026-12-09")).download == Hours(open: 480, close: 1440))
        #expect(calendar.day(date("2026-11-30")).download == Hours(open: 480, close: 1260))
    }

    @Test(arguments: RuleSource.allCases)
    func c5ClosedOnTheFirstFourDaysAndFromTheTwentyNinthOfDecember(_ source: RuleSource) throws {
        let calendar = try source.calendar()
        for d in 1...4 { #expect(calendar.day(date("2026-11-0\(d)")).closed, "C5: \(d)日") }
        #expect(!calendar.day(date("2026-11-05")).closed)
        for d in 29...31 { #expect(calendar.day(date("2026-12-\(d)")).closed, "C5: 12/\(d)") }
        #expect(!calendar.day(date("2026-12-28")).closed && !calendar.day(date("2026-11-30")).closed)
    }

    @Test(arguments: RuleSource.allCases)
    func c6TestsFromTheFifthToMonthEnd(_ source: RuleSource) throws {
        let calendar = try source.calendar()
        #expect(calendar.day(date("2026-11-04")).test == nil)
        for d in ["05", "15", "30"] { #expect(calendar.day(date("2026-11-\(d)")).test == Hours(open: 480, close: 1260), "C6: \(d)日") }
    }

    @Test(arguments: RuleSource.allCases)
    func c4c6AfterTheTwelfthTestsAndDownloadsAreWhatIsLeft(_ source: RuleSource) throws {
        let calendar = try source.calendar()
        // 2026-12-20 (Sun): no claims (C1), no corrections (C3), but 導通・確認試験 (C6) and
        // 返戻・帳票 downloads (C4) 8:00–21:00.
        let twentieth = calendar.day(date("2026-12-20"))
        #expect(twentieth.submission == nil && twentieth.correction == nil && !twentieth.closed)
        #expect(twentieth.test == Hours(open: 480, close: 1260), "C6")
        #expect(twentieth.download == Hours(open: 480, close: 1260), "C4")
        #expect(calendar.day(date("2026-12-28")).test != nil && calendar.day(date("2026-12-28")).download != nil)
        #expect(calendar.day(date("2026-12-29")).test == nil && calendar.day(date("2026-12-29")).download == nil, "C5: closed from 12/29")
    }

    @Test(arguments: RuleSource.allCases)
    func c7TheTenthAndTheDayAfterALongClosureArePeakDays(_ source: RuleSource) throws {
        let calendar = try source.calendar()
        #expect(calendar.day(date("2026-12-10")).peak)
        #expect(!calendar.day(date("2026-12-09")).peak)
        // 2027-05-06 (Thu) follows 5/3–5/5 (holidays) with 5/1–5/2 the weekend before.
        #expect(calendar.day(date("2027-05-06")).peak)
        #expect(!calendar.day(date("2027-05-07")).peak)
    }

    /// C7 as kept in calendar.json (peakAfterDaysOff): three days off make a peak, two do not.
    @Test(arguments: RuleSource.allCases)
    func c7ExactlyThreeDaysOffMakeAPeak(_ source: RuleSource) throws {
        let calendar = try source.calendar()
        // 2029-10-09 (Tue) follows Sat 10/6, Sun 10/7 and スポーツの日 Mon 10/8: three days off.
        #expect(calendar.day(date("2029-10-08")).holiday != nil)
        #expect(calendar.day(date("2029-10-09")).peak)
        // 2026-12-07 (Mon) follows a weekend only: two days off.
        #expect(!calendar.day(date("2026-12-07")).peak)
    }

    @Test(arguments: RuleSource.allCases)
    func c7TheFirstWindowDayAfterTheYearEndClosureIsAPeakDay(_ source: RuleSource) throws {
        let calendar = try source.calendar()
        // C5: closed 12/29–1/4. 2027-01-05 (Tue) follows 1/4, a closed Monday that is no holiday.
        #expect(calendar.day(date("2027-01-05")).peak)
        #expect(calendar.day(date("2026-01-05")).peak) // Mon
        #expect(!calendar.day(date("2027-01-06")).peak && !calendar.day(date("2026-01-06")).peak)
        // 2030-01-05 is a Saturday: the first window day still is; so is Monday the 7th, the
        // first working day after the weekend and the closure.
        #expect(calendar.day(date("2030-01-05")).peak && !calendar.day(date("2030-01-06")).peak && calendar.day(date("2030-01-07")).peak)
    }

    @Test(arguments: RuleSource.allCases)
    func c7TheRoutineClosureOnDaysOneToFourDoesNotMakeAPeak(_ source: RuleSource) throws {
        let calendar = try source.calendar()
        // 2026-10-05 (Mon) follows 10/3–10/4, a weekend, and 10/1–10/2 closed weekdays.
        #expect(!calendar.day(date("2026-10-05")).peak)
        #expect(!calendar.day(date("2026-11-05")).peak && !calendar.day(date("2026-12-05")).peak)
        #expect(calendar.isLongClosure(date("2026-12-29")) && calendar.isLongClosure(date("2027-01-04")))
        #expect(!calendar.isLongClosure(date("2026-11-04")) && !calendar.isLongClosure(date("2026-12-28")))
    }

    @Test(arguments: RuleSource.allCases)
    func c8AnExtensionMovesTheDeadlineToTheTwelfthAt21(_ source: RuleSource) throws {
        let calendar = try source.calendar()
        let extended = SubmissionCalendar(rules: calendar.rules,
                                          extensions: [WindowExtension(month: "2026-12", untilDay: 12, closeMinute: 1260)])
        #expect(extended.deadline(year: 2026, month: 12) == (day: 12, close: 1260))
        #expect(extended.day(date("2026-12-11")).submission == Hours(open: 480, close: 1440))
        #expect(extended.day(date("2026-12-12")).submission == Hours(open: 480, close: 1260))
    }

    /// C8: both 2022 extensions ran to the 12th 21:00, so that is what the flow offers first;
    /// Enter on every step records it.
    @Test func c8TheExtensionFlowOffersTheTwelfthAt21First() throws {
        let catalog = try shippedCatalog()
        var driver = Driver(catalog, now: LocalDateTime(year: 2026, month: 12, day: 11, hour: 10)!)
        let calendarEntry = try #require(MainMenu.items(catalog).firstIndex(of: .calendar))
        driver.send(.pick(calendarEntry + 1), .openFlow(.extension))
        for step in ["payer", "until-day", "close", "confirm"] { driver.next(on: step) }
        #expect(driver.state.progress.extensions == [WindowExtension(month: "2026-12", untilDay: 12, closeMinute: 21 * 60)])
        #expect(driver.context.calendar(for: driver.state.progress).deadline(year: 2026, month: 12) == (day: 12, close: 1260))
    }

    /// C9: a send cut off is resent from the start (monthly and trouble say so); the 受領書 is
    /// recorded per payer with its number, and a recorded 受領書 counts as sent.
    @Test func c9ADroppedSendIsResentAndTheReceiptIsTheProof() throws {
        let catalog = try shippedCatalog()
        for (flow, step) in [("monthly", "sending"), ("trouble", "sending")] {
            let body = try #require(catalog.flow(flow)?.step(step)).body.joined()
            #expect(body.contains("データは消えます") && body.contains("最初から送り直して"), "\(flow)/\(step)")
        }
        let monthly = try #require(catalog.flow("monthly"))
        #expect(monthly.step("shaho-printed")?.record == StepRecord(kind: .receipt, payer: .shaho, number: "shaho-receipt"))
        #expect(monthly.step("kokuho-printed")?.record == StepRecord(kind: .receipt, payer: .kokuho, number: "kokuho-receipt"))
        let receipt = Receipt(number: "S-1", printedAt: december3, recordedAt: december3)
        #expect(Submission(month: "2026-12", payer: .shaho, receipt: receipt).isConfirmed)
        #expect(!Submission(month: "2026-12", payer: .shaho, sentAt: december3, result: .accepted).isConfirmed,
                "sent is not claimed until 請求確定 or a 受領書")
    }

    // MARK: identifiers

    /// I2: the shapes of the papers: ID 8 + @ + 8 = 17, password 8; other lengths warn, never block.
    @Test func i2TheShapesAreEightAtEightAndEight() {
        #expect(IdentifierAnalysis.Kind.networkID.expectedLength == 17)
        #expect(IdentifierAnalysis.Kind.password.expectedLength == 8)
        for password in ["A1b2C3d", "A1b2C3d4e"] {
            let analysis = IdentifierAnalysis(password, kind: .password)
            #expect(analysis.problems.contains { $0.kind == "length" && $0.severity == .warning }, "\(password)")
            #expect(analysis.valid, "\(password): a warning, not a block")
        }
        #expect(!IdentifierAnalysis("A1b2C3d4", kind: .password).problems.contains { $0.kind == "length" })
        #expect(IdentifierAnalysis("12345678@tk12345", kind: .networkID).problems.contains { $0.kind == "format" })
        #expect(IdentifierAnalysis("12345678@tk123456", kind: .networkID).problems.isEmpty)
    }

    /// I3: every pair the procedure names is marked for reading back, o/0 and s/5 too.
    @Test func i3EveryLookalikeOfTheProcedureIsMarked() {
        let analysis = IdentifierAnalysis("Il1OQ0o0s5", kind: .password)
        #expect(analysis.characters.filter(\.lookalike).count == 10, "\(analysis.characters.map { "\($0.character)\($0.lookalike)" })")
        #expect(IdentifierAnalysis("AbcdEfgh", kind: .password).characters.filter(\.lookalike).isEmpty)
    }

    /// I4: under IP-VPN (IPv6) and IPsec+IKE setup never asks a network ID or password.
    @Test func i4NoNetworkIDUnderIPv6OrIPsec() throws {
        let setup = try #require(try shippedCatalog().flow("setup"))
        // The line's steps follow the certificate's issue date (issue 14: setup fills the register).
        let issued = try #require(setup.step("claim-certificate-issued"))
        func after(_ line: String) -> String? { StepPath.next(after: issued, answers: ["line-type": .choice(line)]) }
        #expect(after("ipvpn-v4") == "network-id")
        #expect(after("ipvpn-v6") == "line-auth")
        #expect(after("ipsec") == "ipsec-setup")
        for id in ["line-auth", "ipsec-setup"] {
            let step = try #require(setup.step(id))
            #expect(StepPath.next(after: step, answers: [:]) == "certificates", "\(id) skips the ID and the password")
        }
        #expect(setup.step("network-password")?.field?.secret == true, "the only password step is secret")
    }

    // MARK: troubleshooting

    /// T1 (with C7): the first screens of a triage say whether today is a busy day, as the calendar does.
    @Test func t1TheFirstTriageScreenSaysWhetherTodayIsBusy() throws {
        let catalog = try shippedCatalog()
        let rules = try AssetFolder.loadRules(from: assetsDirectory)
        func congestion(_ moment: String) throws -> String {
            let now = try #require(LocalDateTime(parsing: moment))
            return Facts(AppState(), Context(catalog: catalog, now: now, rules: rules)).value(.troubleCongestion)
        }
        #expect(try congestion("2026-12-10T10:00").contains("締め切り日"), "the 10th")
        #expect(try congestion("2027-05-06T10:00").contains("混み合う日"), "after Golden Week")
        #expect(try congestion("2026-12-02T10:00").contains("止まっている期間"), "C5: closed, not broken")
        #expect(try congestion("2026-12-08T10:00").contains("特に混む日ではありません"))
        for step in ["symptom", "outage"] {
            #expect(catalog.flow("trouble")?.step(step)?.body.contains("{{trouble.congestion}}") == true, "\(step) shows it")
        }
    }

    func trouble() throws -> FlowDefinition { try #require(try shippedCatalog().flow("trouble")) }

    func next(_ stepID: String, _ answers: [String: String]) throws -> String? {
        StepPath.next(after: try #require(try trouble().step(stepID)), answers: answers.mapValues { Answer.choice($0) })
    }

    func body(_ stepID: String) throws -> String { try #require(try trouble().step(stepID)).body.joined() }

    @Test func t3Error651GoesToCablesAndPower() throws {
        #expect(try next("outage", ["symptom": "e651", "outage": "none", "line-type": "ipvpn-v4"]) == "physical")
        #expect(try next("line-type", ["symptom": "e651", "line-type": "ipvpn-v4"]) == "physical")
        let physical = try body("physical")
        let cables = try #require(physical.range(of: "LAN ケーブル"))
        let power = try #require(physical.range(of: "電源を入れ直して"))
        #expect(cables.lowerBound < power.lowerBound, "cables first, then power")
    }

    @Test func t4Error691ComparesTheIDAndWarnsOfTheLock() throws {
        let field = try #require(try trouble().step("credentials-id")?.field)
        #expect(field.identifier == .networkID)
        #expect(field.compareWith == "setup/network-id", "compared with the ID recorded at setup")
        #expect(try body("credentials-id").contains("しばらくログインできなくなる"), "repeated wrong passwords lock the login")
        #expect(try body("credentials-result").contains("認証の方式"), "691 is also a protocol that is not allowed")
    }

    @Test func t5LineAuthenticationChecksTheSiteSaysAuthenticated() throws {
        #expect(try next("physical", ["physical": "not-fixed", "line-type": "ipvpn-v6"]) == "line-auth")
        let triage = try body("line-auth")
        #expect(triage.contains("「認証済みです。」"))
        for change in ["契約変更", "コラボ光", "移転", "故障"] { #expect(triage.contains(change), "needed again after \(change)") }
        let setup = try #require(try shippedCatalog().flow("setup")?.step("line-auth"))
        #expect(setup.items.contains { $0.text.contains("「認証済みです。」") })
    }

    @Test func t6SettingsGoneGoToTheNetworkDeskWithoutRebuilding() throws {
        #expect(try next("outage", ["symptom": "not-found", "outage": "none", "line-type": "ipvpn-v4"]) == "not-found")
        #expect(try next("not-found", [:]) == "desk-network")
        let text = try body("not-found")
        #expect(text.contains("自分で設定を作り直さないでください"))
        #expect(text.contains("ネットワークパスワードが書かれた書面"), "the paper with the ID and password at hand")
    }

    /// T10: the network desk depends on the line: IPsec+IKE goes to the clinic's provider. Every
    /// desk a triage can end at is in Assets/contacts.json.
    @Test func t10TheDeskFollowsTheLineAndEveryDeskShips() throws {
        let catalog = try shippedCatalog()
        let desks = try AssetFolder.loadDesks(from: assetsDirectory)
        let trouble = try #require(catalog.flow("trouble"))
        func desk(after stepID: String, line: String, provider: String? = nil) throws -> String? {
            var run = FlowProgress(start: stepID, at: december3)
            run.answers["line-type"] = .choice(line)
            var progress = SavedProgress()
            var setup = FlowProgress(start: "done", at: december3)
            // A provider answers only for an IPsec+IKE line (an answer off the path does not apply).
            if let provider { setup.answers["line-type"] = .choice("ipsec"); setup.answers["ipsec-provider"] = .choice(provider) }
            progress.flows["setup"] = setup
            return Triage.deskID(for: try #require(trouble.step(stepID)), run: run, flow: trouble, progress: progress, catalog: catalog)
        }
        let providers = try #require(catalog.flow("setup")?.step("ipsec-provider")).options.map(\.id)
        for provider in providers {
            let id = try desk(after: "desk-network", line: "ipsec", provider: provider)
            #expect(id == "ipsec-" + provider)
            #expect(id.flatMap(desks.desk) != nil, "\(provider)'s desk ships (its number is the clinic's to record)")
        }
        #expect(try desk(after: "desk-network", line: "ipvpn-v4") == "network-support")
        #expect(try desk(after: "desk-network", line: "ipvpn-v6") == "network-support")
        let expected = ["desk-claim": "claim-system", "desk-portal": "portal", "desk-oshi-portal": "portal", "desk-maker": "maker"]
        for (step, id) in expected {
            #expect(try desk(after: step, line: "ipvpn-v4") == id, "\(step)")
            #expect(desks.desk(id) != nil, "\(id) ships")
        }
    }

    /// T11: line type, the exact text, since when, what changed and what was tried, in the memo.
    @Test func t11TheMemoHoldsWhatTheDeskWillAskFor() throws {
        let catalog = try shippedCatalog()
        var progress = SavedProgress()
        var setup = FlowProgress(start: "done", at: december3)
        setup.answers["line-type"] = .choice("ipvpn-v4")
        progress.flows["setup"] = setup
        _ = progress.addChange(date: CivilDate(year: 2026, month: 12, day: 1)!, kind: .router, note: "交換", at: december3)
        let record = TriageRecord(at: december3, symptom: "エラー 691 が出る", message: "691: 接続できません", started: "今日から",
                                  steps: [.init(step: "ケーブルと電源", answer: "直らない")], outcome: "相談先: ネットワークサポートデスク",
                                  deskID: "network-support", lineType: nil)
        let memo = ConsultationMemo.render(record, progress: progress, directory: try AssetFolder.loadDesks(from: assetsDirectory),
                                           context: Context(catalog: catalog, now: december3))
        let lineLabel = try #require(catalog.flow("setup")?.step("line-type")?.options.first { $0.id == "ipvpn-v4" }?.label)
        for expected in ["回線の種類: \(lineLabel)", "表示された文言・コード: 691: 接続できません", "いつから: 今日から",
                         "2026-12-01 ルータ 交換", "- ケーブルと電源: 直らない", "0120-220-571"] {
            #expect(memo.contains(expected), "\(expected)\n\(memo)")
        }
    }
}
