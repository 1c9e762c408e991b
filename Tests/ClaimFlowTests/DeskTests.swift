import ClaimFlow
import ClaimStore
import Foundation
import Testing

/// T10: the shipped desks, their numbers, sources and hours as rules; HOL: holidays and the
/// year-end closure; old saved progress still decodes.
@Suite struct DeskTests {
    func shipped() throws -> DeskDirectory { try AssetFolder.loadDesks(from: assetsDirectory) }

    func at(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0, year: Int = 2026) -> LocalDateTime {
        LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute)!
    }

    /// Issue 19: contacts.json is read without Codable; it must read what the Codable decoding
    /// (still used for saved progress) reads, desk by desk and hour by hour.
    @Test func theShippedDesksReadAsCodableReadsThem() throws {
        let data = try #require(FileManager.default.contents(atPath: assetsDirectory + "/contacts.json"))
        let decoded = try JSONDecoder().decode(DeskDirectory.self, from: data)
        #expect(try shipped() == decoded)
        #expect(decoded.desks.count >= 8)
    }

    @Test func aDeskIsReadWithItsLegacyHoursAndItsMistakesNamed() throws {
        func read(_ text: String) throws(AssetReadError) -> DeskDirectory {
            do { return try DeskDirectory(json: JSONParser.parse(Array(text.utf8))) } catch let error as AssetReadError { throw error } catch {
                throw AssetReadError(.notJSON)
            }
        }
        let legacy = try read(#"{"desks": [{"id": "a", "name": "A", "handles": "h", "hours": "24h", "related": ["x"], "phone": null}]}"#)
        #expect(legacy.desks == [Desk(id: "a", name: "A", handles: "h", hours: DeskHours.always.schedule, related: ["x"])])
        #expect(throws: AssetReadError(.missingKey("handles"))) { try read(#"{"desks": [{"id": "a", "name": "A"}]}"#) }
        #expect(throws: AssetReadError(.missingKey("desks"))) { try read(#"{"rules": []}"#) }
        #expect(throws: AssetReadError(.missingKey("includesHolidays"))) {
            try read(#"{"desks": [{"id": "a", "name": "A", "handles": "h", "hours": {"rules": [{"days": [1, 4]}]}}]}"#)
        }
        #expect(throws: AssetReadError.self) {
            try read(#"{"desks": [{"id": "a", "name": "A", "handles": "h", "hours": {"rules": [{"days": [4, 1], "includesHolidays": true}]}}]}"#)
        }
        #expect(throws: AssetReadError.self) {
            try read(#"{"desks": [{"id": "a", "name": "A", "handles": "h", "hours": {"rules": [{"includesHolidays": true, "open": "09:00"}]}}]}"#)
        }
        #expect(throws: AssetReadError.self) { try read(#"{"desks": [{"id": "a", "name": "A", "handles": "h", "checkedOn": "21/11"}]}"#) }
    }

    @Test func numbersShipForEachPublishedDesk() throws {
        let desks = try shipped()
        let expected = [
            "claim-system": "0120-60-7210", "network-support": "0120-220-571", "portal": "0800-080-4583",
            "maker-panasonic": "0120-878-400", "maker-atlas": "06-6946-2488", "maker-almex": "0120-346-400",
            "maker-pfu": "0120-924-524", "maker-canon": "03-6636-0333",
        ]
        for (id, phone) in expected {
            let desk = try #require(desks.desk(id), "\(id)")
            #expect(desk.phone == phone, "\(id)")
            #expect(desk.source?.isEmpty == false, "\(id) names its source")
            #expect(desk.checkedOn == CivilDate(year: 2026, month: 11, day: 21), "\(id)")
        }
        #expect(desks.desk("claim-system")?.name == "オンライン請求システム ヘルプデスク")
        // T10: claims, cancellations and certificates stay with the local 支払基金・国保連.
        #expect(desks.desk("claim-local")?.handles.contains("取消依頼") == true)
        #expect(desks.desk("claim-local")?.handles.contains("電子証明書") == true)
    }

    @Test func helpDeskFollowsTheClaimCalendar() throws {
        let hours = try #require(try shipped().desk("claim-system")?.hours)
        #expect(hours.isOpen(at: at(12, 10, 23, 30)))
        #expect(!hours.isOpen(at: at(12, 10, 7, 59)))
        #expect(hours.isOpen(at: at(12, 5, 8, 0)))   // a Saturday: holidays and weekends included
        #expect(!hours.isOpen(at: at(12, 7, 21, 0)))
        #expect(hours.isOpen(at: at(12, 11, 20, 59)))
        #expect(!hours.isOpen(at: at(12, 13, 10, 0)))
        #expect(hours.nextOpening(after: at(12, 13, 10, 0)) == at(12, 15, 9, 0))
        #expect(!hours.isOpen(at: at(12, 2, 10, 0)))
        #expect(hours.nextOpening(after: at(12, 2, 10, 0)) == at(12, 5, 8, 0))
        #expect(!hours.isOpen(at: at(12, 26, 10, 0)))
        #expect(hours.isOpen(at: at(11, 23, 10, 0)))  // 勤労感謝の日, holidays included
    }

    @Test func portalCentreClosesSaturdayAfternoonsAndHolidays() throws {
        let hours = try #require(try shipped().desk("portal")?.hours)
        #expect(hours.isOpen(at: at(12, 4, 17, 0)))          // Friday until 18:00
        #expect(hours.isOpen(at: at(12, 5, 15, 59)))         // Saturday until 16:00
        #expect(!hours.isOpen(at: at(12, 5, 17, 0)))         // Saturday 17:00
        #expect(!hours.isOpen(at: at(12, 6, 10, 0)))         // Sunday
        #expect(!hours.isOpen(at: at(11, 23, 10, 0)))        // 勤労感謝の日 (Monday)
        #expect(hours.nextOpening(after: at(12, 5, 17, 0)) == at(12, 7, 8, 0))
        #expect(hours.nextOpening(after: at(11, 23, 10, 0)) == at(11, 24, 8, 0))
        #expect(hours.japanese == "月〜金 8:00〜18:00、土 8:00〜16:00（祝日は休み）")
    }

    @Test func describeSaysOpenNowOrWhenNext() throws {
        let desks = try shipped()
        let open = desks.describe("claim-system", at: at(12, 10, 23, 30))
        #expect(open.contains("電話: 0120-60-7210"))
        #expect(open.contains("いまは受付中です。"))
        #expect(open.contains("出典: 国保連のページ（秋田県・大阪府など）（2026-11-21 に確認）"))
        let closed = desks.describe("claim-system", at: at(12, 13, 10, 0))
        #expect(closed.contains("いまは受付時間外です。次は 12月15日(火) 9:00 からです。"))
        let beforeWindow = desks.describe("claim-system", at: at(12, 4, 22, 0))
        #expect(beforeWindow.contains("いまは受付時間外です。次は 12月5日(土) 8:00 からです。"))
        // The makers are listed under the maker desk.
        let maker = desks.describe("maker", at: at(12, 4, 10, 0))
        #expect(maker.contains("キヤノン: 03-6636-0333"))
        // Network desk on the 2nd: open that day, but the source gives no times — said, not guessed.
        let network = desks.describe("network-support", at: at(12, 2, 10, 0))
        #expect(network.contains { $0.contains("時間は資料にありません") })
        #expect(!network.contains("いまは受付中です。"))
    }

    @Test func yearEndClosure() throws {
        let hours = try #require(try shipped().desk("claim-system")?.hours)
        #expect(hours.nextOpening(after: at(12, 28, 10, 0)) == at(1, 5, 8, 0, year: 2027))
        let legacy = DeskHours.everyday0800to2100.schedule
        #expect(!legacy.isOpen(at: at(12, 30, 10, 0)))
        #expect(!legacy.isOpen(at: at(1, 3, 10, 0, year: 2027)))
        #expect(legacy.isOpen(at: at(1, 4, 10, 0, year: 2027)))
    }

    @Test func clinicNumberOverridesAndSaysSo() throws {
        let recorded = Desk(id: "claim-system", name: "x", handles: "", phone: "0120-000-000",
                            checkedOn: CivilDate(year: 2026, month: 12, day: 1))
        let merged = try shipped().merged(with: ["claim-system": recorded])
        let lines = merged.describe("claim-system", at: at(12, 10, 10, 0))
        #expect(lines.contains("電話: 0120-000-000（医療機関で登録。資料の番号は 0120-60-7210）"))
        #expect(lines.contains("出典: 医療機関で登録した番号（2026-12-01 に確認）"))
        // Hours not recorded: the shipped rules still apply.
        #expect(lines.contains("いまは受付中です。"))
    }

    @Test func oldSavedHoursStillDecode() throws {
        for legacy in DeskHours.allCases {
            let json = #"{"id":"network-support","name":"ネットワークサポートデスク","handles":"回線","phone":"0120-000-000","hours":"\#(legacy.rawValue)","checkedOn":"2026-11-20"}"#
            let desk = try JSONDecoder().decode(Desk.self, from: Data(json.utf8))
            let hours = try #require(desk.hours)
            #expect(hours.japanese == legacy.japanese)
            // Round trip: saved again in the new form, read back the same.
            let again = try JSONDecoder().decode(Desk.self, from: JSONEncoder().encode(desk))
            #expect(again == desk)
        }
        let weekdays = DeskHours.weekdays0900to1700.schedule
        #expect(weekdays.isOpen(at: at(12, 4, 16, 59)))
        #expect(!weekdays.isOpen(at: at(12, 4, 17, 0)))
        #expect(!weekdays.isOpen(at: at(12, 5, 10, 0)))     // Saturday
        #expect(!weekdays.isOpen(at: at(11, 23, 10, 0)))    // holiday
        #expect(weekdays.nextOpening(after: at(12, 4, 17, 0)) == at(12, 7, 9, 0))
        #expect(DeskHours.always.schedule.isOpen(at: at(1, 1, 3, 0, year: 2027)))
        // A progress file with an old desk decodes as a whole.
        var progress = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(SavedProgress())) as? [String: Any])
        progress["contacts"] = ["portal": ["id": "portal", "name": "p", "handles": "h", "hours": "weekdays-0900-1800"]]
        let saved = try JSONDecoder().decode(SavedProgress.self, from: JSONSerialization.data(withJSONObject: progress))
        #expect(saved.contacts["portal"]?.hours?.isOpen(at: at(12, 4, 17, 30)) == true)
    }

    @Test func badHoursAreRejected() {
        let bad = [
            #"{"rules":[{"days":[7,5],"includesHolidays":true,"open":"08:00","close":"21:00"}]}"#,
            #"{"rules":[{"weekdays":[7],"includesHolidays":true,"open":"08:00","close":"21:00"}]}"#,
            #"{"rules":[{"includesHolidays":true,"open":"21:00","close":"08:00"}]}"#,
            #"{"rules":[{"includesHolidays":true,"open":"08:00"}]}"#,
            #""weekdays-0800-1200""#,
        ]
        for json in bad {
            #expect(throws: (any Error).self) { try JSONDecoder().decode(DeskSchedule.self, from: Data(json.utf8)) }
        }
    }
}
